namespace OpenRem.Testing.Peers.Tests;

public sealed class PeerToolTests
{
    [Fact]
    public void A_missing_tool_names_the_package_to_install()
    {
        var tool = new PeerTool("frobscu", "/usr/bin/openrem-no-such-frobscu", "frobtk");

        var error = Assert.Throws<MissingPrerequisiteException>(tool.Require);

        Assert.StartsWith("frobscu is missing: apt-get install frobtk", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_missing_tools_are_reported_together()
    {
        var error = Assert.Throws<MissingPrerequisiteException>(() => PeerTool.RequireAll(
            PeerTool.Bash,
            new PeerTool("frobscu", "/usr/bin/openrem-no-such-frobscu", "frobtk"),
            new PeerTool("frobscp", "/usr/bin/openrem-no-such-frobscp", "frobtk")));

        Assert.StartsWith("frobscu, frobscp are missing: apt-get install frobtk ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Finds_DCMTK_Orthanc_and_pydicom_where_Debian_installs_them()
    {
        PeerTool[] tools =
        [
            PeerTool.Dcmqrscp, PeerTool.Storescp, PeerTool.Storescu, PeerTool.Findscu, PeerTool.Movescu, PeerTool.Echoscu,
            PeerTool.Orthanc, PeerTool.Curl, PeerTool.Bash, PeerTool.Python, PeerTool.Pydicom,
        ];

        PeerTool.RequireAll(tools);

        Assert.All(tools, tool => Assert.True(File.Exists(tool.Require()), tool.Name));
    }
}
