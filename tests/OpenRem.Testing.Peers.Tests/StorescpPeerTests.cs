namespace OpenRem.Testing.Peers.Tests;

[Collection(RealPeerTests.Name)]
public sealed class StorescpPeerTests
{

    [Fact(Timeout = 60_000)]
    public async Task Receives_what_storescu_sends_bit_preserving_into_the_chosen_folder()
    {
        using var received = new TestDirectory();
        var peer = await StorescpPeer.StartAsync(
            new StorescpOptions { AeTitle = "BIT_STORE", BitPreserving = true, OutputDirectory = received.Path },
            TestContext.Current.CancellationToken);
        var (pid, workDirectory) = (peer.Pid, peer.WorkDirectory);
        string[] samples = ["CT-ESR-GE_VCT.dcm", "DX-Im-DRGEM.dcm", "NM-RRDSR-Siemens.dcm", "MG-Im-Hologic-PropProj.dcm"];

        try
        {
            Assert.Contains("+B", PeerAssert.Arguments(pid));
            var store = await DcmtkClientTools.StoreAsync(new StoreRequest(peer.Endpoint, [.. samples.Select(SharedMaterial.Sample)]), TestContext.Current.CancellationToken);

            Assert.Equal((4, 3, 1), (store.Files, store.Sent, store.Failed));
            var files = await peer.WaitForFilesAsync(3, TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
            Assert.Equal(3, files.Count);
            Assert.All(files, file => Assert.Equal(received.Path, Path.GetDirectoryName(file)));
            Assert.All(files, file => Assert.True(Part10File.Is(file), file));
        }
        finally
        {
            await peer.DisposeAsync();
        }

        PeerAssert.NothingLeft(pid, workDirectory);
        Assert.False(Directory.Exists(workDirectory));
        Assert.Equal(3, Directory.GetFiles(received.Path).Length);
    }

    [Fact(Timeout = 60_000)]
    public async Task Storescu_options_choose_the_transfer_syntax_and_a_configuration_file_replaces_the_required_contexts()
    {
        using var work = new TestDirectory();
        await using var peer = await StorescpPeer.StartAsync(new StorescpOptions { BitPreserving = true }, TestContext.Current.CancellationToken);
        var configuration = work.Combine("storescu.cfg");
        await File.WriteAllTextAsync(configuration, """
            [[TransferSyntaxes]]
            [Big]
            TransferSyntax1 = 1.2.840.10008.1.2.2

            [[PresentationContexts]]
            [Rdsr]
            PresentationContext1 = 1.2.840.10008.5.1.4.1.1.88.67\Big

            [[Profiles]]
            [BigRdsr]
            PresentationContexts = Rdsr
            """, TestContext.Current.CancellationToken);

        var implicitStore = await DcmtkClientTools.StoreAsync(
            new StoreRequest(peer.Endpoint, [SharedMaterial.Sample("CT-RDSR-GEPixelMed.dcm")]) { Options = ["-xi"] },
            TestContext.Current.CancellationToken);
        var implicitFile = Assert.Single(await peer.WaitForFilesAsync(1, TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        var implicitSyntax = Part10File.TransferSyntax(implicitFile);
        peer.ClearReceivedFiles();
        var bigEndianStore = await DcmtkClientTools.StoreAsync(
            new StoreRequest(peer.Endpoint, [SharedMaterial.Sample("CT-RDSR-GEPixelMed.dcm")]) { Options = ["-xf", configuration, "BigRdsr"] },
            TestContext.Current.CancellationToken);
        var bigEndianFile = Assert.Single(await peer.WaitForFilesAsync(1, TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));

        Assert.Equal((1, 1, 0), (implicitStore.Files, implicitStore.Sent, implicitStore.Failed));
        Assert.Equal("1.2.840.10008.1.2", implicitSyntax);
        Assert.Equal((1, 1, 0), (bigEndianStore.Files, bigEndianStore.Sent, bigEndianStore.Failed));
        Assert.Equal("1.2.840.10008.1.2.2", Part10File.TransferSyntax(bigEndianFile));
    }

    [Fact(Timeout = 60_000)]
    public async Task Waiting_for_files_that_never_come_fails_with_its_log()
    {
        await using var peer = await StorescpPeer.StartAsync("OPENREM_STORE", TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<TimeoutException>(() => peer.WaitForFilesAsync(1, TimeSpan.FromMilliseconds(300), TestContext.Current.CancellationToken));

        Assert.Contains("received 0 of 1 files", error.Message, StringComparison.Ordinal);
        Assert.Contains(peer.LogFile, error.Message, StringComparison.Ordinal);
        Assert.Empty(peer.ReceivedFiles());
    }
}
