using OpenRem.Domain.Nodes;

namespace OpenRem.Domain.Tests.Nodes;

public sealed class StoreNodeTests
{
    [Fact]
    public void A_store_this_app_runs_needs_no_host()
    {
        var node = StoreNode.Create(new StoreNodeSettings { Name = "Local store", AeTitle = "OPENREMSTORE", Port = 11112, Host = "ignored" }, []);

        Assert.Equal(StoreNodeKind.RunByThisApp, node.Kind);
        Assert.Null(node.Host);
        Assert.Equal("OPENREMSTORE", node.AeTitle.Value);
    }

    [Fact]
    public void An_external_store_needs_a_host()
    {
        var settings = new StoreNodeSettings { Name = "Orthanc", AeTitle = "ORTHANC", Port = 4242, Kind = StoreNodeKind.External };

        Assert.Equal("Host", Assert.Single(settings.Validate([])).Field);

        var node = StoreNode.Create(settings with { Host = "orthanc" }, []);
        Assert.Equal("orthanc", node.Host?.Value);
    }

    [Fact]
    public void A_blank_store_ae_title_is_refused_because_moves_would_fail_B31()
    {
        var settings = new StoreNodeSettings { Name = "Local store", AeTitle = " ", Port = 104 };

        var error = Assert.Single(settings.Validate([]));

        Assert.Equal("AeTitle", error.Field);
    }

    [Fact]
    public void The_store_port_defaults_to_104()
    {
        Assert.Equal(104, new StoreNodeSettings().Port);
    }
}
