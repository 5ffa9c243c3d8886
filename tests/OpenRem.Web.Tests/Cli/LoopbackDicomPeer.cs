using System.Net;
using System.Net.Sockets;
using OpenRem.Dicom;
using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Pdu;
using OpenRem.Dicom.Network.Transport;

namespace OpenRem.Web.Tests.Cli;

/// <summary>
/// A one-association DICOM peer on 127.0.0.1 for the verb tests: it accepts every proposed context and answers
/// C-ECHO with success, C-FIND with two matches, and C-MOVE with one progress response and a final one.
/// </summary>
internal sealed class LoopbackDicomPeer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Task _serving;

    public LoopbackDicomPeer(ushort moveFailures = 0)
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _serving = ServeAsync(moveFailures);
    }

    public int Port { get; }

    /// <summary>The identifier of the last C-FIND or C-MOVE request.</summary>
    public DicomDataset? LastIdentifier { get; private set; }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        try
        {
            await _serving.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception e) when (e is SocketException or IOException or ObjectDisposedException or DicomNetworkException)
        {
            // The client went away or the listener was stopped before a client came.
        }
    }

    private async Task ServeAsync(ushort moveFailures)
    {
        using var socket = await _listener.AcceptSocketAsync();
        await using var stream = new NetworkStream(socket, ownsSocket: false);
        var reader = new PduReader(stream);
        var writer = new PduWriter(stream);
        var request = (AAssociateRQ)(await Next(reader))!;
        var accepted = request.PresentationContexts.ToDictionary(c => c.Id, c => DicomTransferSyntax.Lookup(c.TransferSyntaxes[0]));
        await writer.WriteAsync(new AAssociateAC(
            request.CalledAE,
            request.CallingAE,
            request.PresentationContexts.Select(c => new PresentationContextAcceptItem(c.Id, DicomPresentationContextResult.Accept, c.TransferSyntaxes[0])),
            UserInformationItem.Create(16384, "1.2.3.4")));
        var assembler = new DimseMessageAssembler(1024 * 1024);
        var fragmenter = new PDataFragmenter(16384);
        while (await Next(reader) is { } pdu)
        {
            if (pdu is AReleaseRQ)
            {
                await writer.WriteAsync(new AReleaseRP());
                return;
            }

            foreach (var pdv in ((PDataTF)pdu).PDVs)
            {
                if (assembler.Add(pdv) is not { } received)
                {
                    continue;
                }

                var syntax = accepted[received.PresentationContextId];
                var message = DicomMessageFactory.Create(received.Command);
                LastIdentifier = received.DatasetBytes is { } bytes ? DicomDatasetCodec.Decode(bytes, syntax) : null;
                foreach (var response in Answer(message, moveFailures))
                {
                    response.Command.AddOrUpdate<ushort>(DicomTag.CommandDataSetType, response.HasDataset ? (ushort)1 : (ushort)0x0101);
                    foreach (var part in fragmenter.Fragment(DicomCommandCodec.Encode(response.Command), received.PresentationContextId, isCommand: true))
                    {
                        await writer.WriteAsync(part);
                    }

                    if (response.Dataset is { } identifier)
                    {
                        foreach (var part in fragmenter.Fragment(DicomDatasetCodec.Encode(identifier, syntax), received.PresentationContextId, isCommand: false))
                        {
                            await writer.WriteAsync(part);
                        }
                    }
                }
            }
        }
    }

    private static IEnumerable<DicomResponse> Answer(DicomMessage message, ushort moveFailures)
    {
        switch (message)
        {
            case DicomCEchoRequest echo:
                yield return new DicomCEchoResponse(echo, DicomStatus.Success);
                break;
            case DicomCFindRequest find:
                foreach (var uid in new[] { "1.2.3.1", "1.2.3.2" })
                {
                    var match = new DicomCFindResponse(find, DicomStatus.Pending) { Dataset = new DicomDataset() };
                    match.Dataset.AddOrUpdate(DicomTag.StudyInstanceUID, uid);
                    yield return match;
                }

                yield return new DicomCFindResponse(find, DicomStatus.Success);
                break;
            case DicomCMoveRequest move:
                yield return new DicomCMoveResponse(move, DicomStatus.Pending) { Remaining = 1, Completed = 1, Failures = 0, Warnings = 0 };
                yield return new DicomCMoveResponse(move, moveFailures == 0 ? DicomStatus.Success : DicomStatus.QueryRetrieveSubOpsOneOrMoreFailures)
                {
                    Completed = 2 - moveFailures,
                    Failures = moveFailures,
                    Warnings = 0,
                };
                break;
        }
    }

    private static async Task<ProtocolDataUnit?> Next(PduReader reader)
    {
        using var timer = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var raw = await reader.ReadAsync(timer.Token);
        if (raw is null)
        {
            return null;
        }

        var pdu = raw.Decode();
        return pdu is PDataTF data ? new PDataTF(data.PDVs.Select(p => new PDV(p.PCID, p.IsCommand, p.IsLastFragment, p.Value.ToArray()))) : pdu;
    }
}
