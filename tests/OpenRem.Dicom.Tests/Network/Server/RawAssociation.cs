using System.Net.Sockets;
using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Pdu;
using OpenRem.Dicom.Network.Transport;

namespace OpenRem.Dicom.Tests.Network.Server;

/// <summary>A requestor written PDU by PDU over a socket, for what a well-behaved client never does (stopping mid-object).</summary>
internal sealed class RawAssociation : IAsyncDisposable
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;
    private readonly PduWriter _writer;
    private readonly PduReader _reader;

    private RawAssociation(TcpClient client)
    {
        _client = client;
        _stream = client.GetStream();
        _writer = new PduWriter(_stream);
        _reader = new PduReader(_stream);
    }

    public static async Task<RawAssociation> ConnectAsync(int port, CancellationToken cancellationToken)
    {
        var client = new TcpClient { NoDelay = true };
        await client.ConnectAsync("127.0.0.1", port, cancellationToken);
        return new RawAssociation(client);
    }

    /// <summary>Proposes one context (ID 1) and returns the answer PDU.</summary>
    public async Task<ProtocolDataUnit> AssociateAsync(string calledAE, string abstractSyntax, string transferSyntax, CancellationToken cancellationToken)
    {
        var request = new AAssociateRQ(
            calledAE,
            "RAWSCU",
            [new PresentationContextRequestItem(1, abstractSyntax, [transferSyntax])],
            UserInformationItem.Create(16384, "1.2.3.4", "RAW"));
        await _writer.WriteAsync(request, cancellationToken);
        using var answer = await _reader.ReadAsync(cancellationToken) ?? throw new InvalidOperationException("The server closed the connection.");
        return answer.Decode();
    }

    public Task SendAsync(ProtocolDataUnit pdu, CancellationToken cancellationToken) => _writer.WriteAsync(pdu, cancellationToken).AsTask();

    public Task SendFragmentAsync(byte[] bytes, bool isCommand, bool isLast, CancellationToken cancellationToken) =>
        SendAsync(new PDataTF(new PDV(1, isCommand, isLast, bytes)), cancellationToken);

    /// <summary>The next PDU from the server, decoded (not for P-DATA-TF, whose PDVs refer to a returned buffer), or null when it closed the connection.</summary>
    public async Task<ProtocolDataUnit?> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var pdu = await _reader.ReadAsync(cancellationToken);
        return pdu?.Decode();
    }

    /// <summary>The command set of the next P-DATA-TF (a response of one fragment).</summary>
    public async Task<DicomDataset> ReceiveCommandAsync(CancellationToken cancellationToken)
    {
        using var pdu = await _reader.ReadAsync(cancellationToken);
        var data = Assert.IsType<PDataTF>(pdu?.Decode());
        return DicomCommandCodec.Decode(data.PDVs.Single().Value);
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        _client.Dispose();
    }
}
