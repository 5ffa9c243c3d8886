using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Pdu;
using OpenRem.Dicom.Network.Transport;

namespace OpenRem.Dicom.Tests.Network.Client;

/// <summary>
/// The acceptor's end of an in-memory connection, driven step by step by a test: it reads what the client sends
/// and answers with built or captured PDUs. Every wait is bounded so that a broken client fails the test, never hangs it.
/// </summary>
internal sealed class ScriptedPeer : IAsyncDisposable
{
    public static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(10);

    private readonly PipeStream _stream;
    private readonly PduReader _reader;
    private readonly PduWriter _writer;
    private readonly DimseMessageAssembler _assembler = new(16 * 1024 * 1024);
    private AAssociateRQ? _request;

    public ScriptedPeer(PipeStream stream)
    {
        _stream = stream;
        _reader = new PduReader(stream);
        _writer = new PduWriter(stream);
    }

    /// <summary>The transfer syntax the peer accepted for each context.</summary>
    public Dictionary<byte, DicomTransferSyntax> Accepted { get; } = [];

    public uint MaximumPduLength { get; set; } = 16384;

    public AAssociateRQ Request => _request ?? throw new InvalidOperationException("No A-ASSOCIATE-RQ was received yet.");

    /// <summary>The next PDU, decoded and copied; null when the client closed the connection.</summary>
    public async Task<ProtocolDataUnit?> ReceiveAsync()
    {
        using var timer = new CancellationTokenSource(StepTimeout);
        using var raw = await _reader.ReadAsync(timer.Token);
        return raw is null ? null : PduDecoder.Decode(Whole(raw));
    }

    public async Task<T> ExpectAsync<T>()
        where T : ProtocolDataUnit
    {
        var pdu = await ReceiveAsync();
        return pdu as T ?? throw new InvalidOperationException($"Expected a {typeof(T).Name}, received {pdu?.ToString() ?? "the end of the connection"}.");
    }

    public async Task<AAssociateRQ> ExpectAssociateRequestAsync() => _request = await ExpectAsync<AAssociateRQ>();

    /// <summary>Accepts every proposed context with its first transfer syntax, or rejects the ones <paramref name="reject"/> names.</summary>
    public async Task<AAssociateRQ> AcceptAsync(params DicomUID[] reject)
    {
        var request = await ExpectAssociateRequestAsync();
        var answers = new List<PresentationContextAcceptItem>();
        foreach (var context in request.PresentationContexts)
        {
            if (reject.Any(uid => uid.UID == context.AbstractSyntax))
            {
                answers.Add(new PresentationContextAcceptItem(context.Id, DicomPresentationContextResult.RejectAbstractSyntaxNotSupported, DicomUID.ImplicitVRLittleEndian.UID));
                continue;
            }

            Accepted[context.Id] = DicomTransferSyntax.Lookup(context.TransferSyntaxes[0]);
            answers.Add(new PresentationContextAcceptItem(context.Id, DicomPresentationContextResult.Accept, context.TransferSyntaxes[0]));
        }

        await SendAsync(new AAssociateAC(request.CalledAE, request.CallingAE, answers, UserInformationItem.Create(MaximumPduLength, "1.2.3.4", "SCRIPTED")));
        return request;
    }

    public async Task SendAsync(ProtocolDataUnit pdu)
    {
        using var timer = new CancellationTokenSource(StepTimeout);
        await _writer.WriteAsync(pdu, timer.Token);
    }

    public async Task SendBytesAsync(byte[] bytes)
    {
        using var timer = new CancellationTokenSource(StepTimeout);
        await _stream.WriteAsync(bytes, timer.Token);
    }

    /// <summary>The next whole DIMSE message, with the raw command bytes of its last command PDV run.</summary>
    public async Task<ReceivedDimseMessage> ReceiveDimseAsync()
    {
        while (true)
        {
            var pdu = await ReceiveAsync();
            if (pdu is not PDataTF data)
            {
                throw new InvalidOperationException($"Expected a P-DATA-TF, received {pdu?.ToString() ?? "the end of the connection"}.");
            }

            foreach (var pdv in data.PDVs)
            {
                if (_assembler.Add(pdv) is { } message)
                {
                    return message;
                }
            }
        }
    }

    /// <summary>The next DIMSE message, typed, with its data set decoded in the accepted transfer syntax.</summary>
    public async Task<DicomMessage> ReceiveMessageAsync()
    {
        var received = await ReceiveDimseAsync();
        var message = DicomMessageFactory.Create(received.Command);
        if (received.DatasetBytes is { } bytes)
        {
            message.Dataset = DicomDatasetCodec.Decode(bytes, Accepted[received.PresentationContextId]);
        }

        return message;
    }

    public async Task<T> ExpectMessageAsync<T>()
        where T : DicomMessage
    {
        var message = await ReceiveMessageAsync();
        return message as T ?? throw new InvalidOperationException($"Expected a {typeof(T).Name}, received {message}.");
    }

    /// <summary>Sends a response on the context its request came on.</summary>
    public async Task RespondAsync(DicomRequest request, DicomResponse response, byte? presentationContextId = null)
    {
        var id = presentationContextId ?? Request.PresentationContexts.First(c => c.AbstractSyntax == request.SOPClassUID!.UID && Accepted.ContainsKey(c.Id)).Id;
        await SendMessageAsync(response, id);
    }

    public async Task SendMessageAsync(DicomMessage message, byte presentationContextId)
    {
        message.Command.AddOrUpdate<ushort>(DicomTag.CommandDataSetType, message.HasDataset ? (ushort)1 : (ushort)0x0101);
        var command = DicomCommandCodec.Encode(message.Command);
        var fragmenter = new PDataFragmenter(Request.UserInformation.MaximumLength ?? 0);
        foreach (var pdu in fragmenter.Fragment(command, presentationContextId, isCommand: true))
        {
            await SendAsync(pdu);
        }

        if (message.Dataset is { } dataset)
        {
            foreach (var pdu in fragmenter.Fragment(DicomDatasetCodec.Encode(dataset, Accepted[presentationContextId]), presentationContextId, isCommand: false))
            {
                await SendAsync(pdu);
            }
        }
    }

    /// <summary>Waits for the A-RELEASE-RQ and answers it.</summary>
    public async Task AnswerReleaseAsync()
    {
        await ExpectAsync<AReleaseRQ>();
        await SendAsync(new AReleaseRP());
    }

    /// <summary>True when the client closes the connection within the step timeout.</summary>
    public async Task<bool> WaitForCloseAsync()
    {
        try
        {
            while (await ReceiveAsync() is not null)
            {
            }

            return true;
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ConnectionClosedPrematurelyException)
        {
            return e is not OperationCanceledException;
        }
    }

    public void Close() => _stream.Dispose();

    public ValueTask DisposeAsync()
    {
        _stream.Dispose();
        return ValueTask.CompletedTask;
    }

    private static byte[] Whole(RawPdu raw)
    {
        var bytes = new byte[PduHeader.Size + raw.Length];
        new PduHeader(raw.Type, (uint)raw.Length).Write(bytes);
        raw.Body.Span.CopyTo(bytes.AsSpan(PduHeader.Size));
        return bytes;
    }
}
