using OpenRem.Dicom.Network.Client;

namespace OpenRem.Dicom.Tests.Network.Client;

/// <summary>A <see cref="DicomClient"/> ("OPENREM" calling "PACS") whose one connection is an in-memory pipe to a <see cref="ScriptedPeer"/>.</summary>
internal sealed class ClientHarness : IAsyncDisposable
{
    private readonly PipeStream _clientEnd;

    public ClientHarness(DicomClientOptions? options = null)
    {
        var (client, peer) = PipeStream.CreatePair();
        _clientEnd = client;
        Peer = new ScriptedPeer(peer);
        Client = new DicomClient(_ => Task.FromResult<Stream>(client), "pipe", 104, "OPENREM", "PACS", options);
    }

    public DicomClient Client { get; }

    public ScriptedPeer Peer { get; }

    /// <summary>True once the client side of the pipe was disposed (the client closed its connection).</summary>
    public bool ClientClosedConnection => !_clientEnd.CanWriteSafely();

    public static CancellationToken TestToken => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        await Peer.DisposeAsync();
        await _clientEnd.DisposeAsync();
    }
}
