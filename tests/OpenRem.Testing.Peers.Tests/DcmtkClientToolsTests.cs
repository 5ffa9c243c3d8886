namespace OpenRem.Testing.Peers.Tests;

[Collection(RealPeerTests.Name)]
public sealed class DcmtkClientToolsTests
{

    [Fact(Timeout = 60_000)]
    public async Task Echo_where_nothing_listens_fails_with_echoscu_s_error_output()
    {
        var nobody = new DicomEndpoint("127.0.0.1", FreePort.Next(), "NOBODY");

        var error = await Assert.ThrowsAsync<ExternalCommandException>(() => DcmtkClientTools.EchoAsync(nobody, cancellationToken: TestContext.Current.CancellationToken));

        Assert.NotEqual(0, error.ExitCode);
        Assert.Contains("echoscu", error.CommandLine, StringComparison.Ordinal);
        Assert.Contains("Association Request Failed", error.StandardError, StringComparison.Ordinal);
        Assert.Contains("Association Request Failed", error.Message, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Find_wants_a_fresh_folder_for_its_responses()
    {
        using var responses = new TestDirectory();
        await File.WriteAllBytesAsync(responses.Combine("rsp0001.dcm"), [], TestContext.Current.CancellationToken);
        var request = new FindRequest(new DicomEndpoint("127.0.0.1", FreePort.Next(), "ANY"), ["QueryRetrieveLevel=STUDY"], responses.Path);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => DcmtkClientTools.FindAsync(request, TestContext.Current.CancellationToken));

        Assert.Contains(responses.Path, error.Message, StringComparison.Ordinal);
    }
}
