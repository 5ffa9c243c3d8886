using OpenRem.Dicom.Network.Pdu;
using OpenRem.Dicom.Network.Transport;

namespace OpenRem.Dicom.Network.Client;

/// <summary>
/// Negotiates an association as requestor: sends the A-ASSOCIATE-RQ and turns the answer into a
/// <see cref="DicomAssociation"/> (AC), a <see cref="DicomAssociationRejectedException"/> (RJ) or a
/// <see cref="DicomAssociationAbortedException"/> (A-ABORT), all within the association request timeout.
/// </summary>
internal sealed class AssociationRequestor(AssociationConnection connection, RequestorStateMachine stateMachine, DicomClientOptions options)
{
    /// <summary>Peers that leave out the maximum length sub-item get PDUs of DCMTK's default size.</summary>
    private const uint AssumedPeerMaximumPduLength = 16384;

    public async Task<DicomAssociation> RequestAsync(
        string callingAE, string calledAE, IReadOnlyList<DicomPresentationContextProposal> proposals, string remoteHost, int remotePort, CancellationToken cancellationToken)
    {
        var contexts = CreateContexts(proposals);
        var request = new AAssociateRQ(
            calledAE,
            callingAE,
            contexts.Select(c => new PresentationContextRequestItem(c.ID, c.AbstractSyntax.UID, c.ProposedTransferSyntaxes.Select(ts => ts.UID.UID))),
            UserInformationItem.Create(options.MaximumPduLength, DicomImplementation.ClassUID, DicomImplementation.VersionName));
        var association = new DicomAssociation(callingAE, calledAE, contexts)
        {
            RemoteHost = remoteHost,
            RemotePort = remotePort,
            MaximumPduLength = options.MaximumPduLength,
        };

        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(options.AssociationRequestTimeout);
        try
        {
            await connection.SendPduAsync(request, timer.Token).ConfigureAwait(false);
            stateMachine.AssociateRequestSent();
            using var answer = await connection.ReadPduAsync(timer.Token).ConfigureAwait(false)
                ?? throw new ConnectionClosedPrematurelyException($"{remoteHost}:{remotePort} closed the connection without answering the association request");
            if (stateMachine.Received(answer.Type) != PduDisposition.Process)
            {
                await SendAbortQuietlyAsync(DicomAbortSource.ServiceProvider, DicomAbortReason.UnexpectedPDU).ConfigureAwait(false);
                throw new DicomNetworkException($"The peer answered the association request with an {PduDecoder.Name(answer.Type)}; the association was aborted.");
            }

            switch (answer.Decode())
            {
                case AAssociateAC accept:
                    ApplyAnswer(association, accept);
                    return association;
                case AAssociateRJ reject:
                    throw new DicomAssociationRejectedException(reject.Result, reject.Source, reject.Reason);
                case AAbort abort:
                    throw new DicomAssociationAbortedException(abort.Source, abort.Reason);
                default:
                    throw new DicomNetworkException($"The peer answered the association request with an {PduDecoder.Name(answer.Type)}.");
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await SendAbortQuietlyAsync(DicomAbortSource.ServiceUser, DicomAbortReason.NotSpecified).ConfigureAwait(false);
            throw new DicomRequestTimedOutException(
                DicomTimeoutKind.AssociationRequest, options.AssociationRequestTimeout, $"no answer from {calledAE} at {remoteHost}:{remotePort} to the association request");
        }
        catch (DicomPduException e)
        {
            await SendAbortQuietlyAsync(DicomAbortSource.ServiceProvider, e.AbortReason).ConfigureAwait(false);
            throw new DicomNetworkException($"The answer to the association request is not valid: {e.Message} The association was aborted.", e);
        }
    }

    private static DicomPresentationContext[] CreateContexts(IReadOnlyList<DicomPresentationContextProposal> proposals)
    {
        ArgumentNullException.ThrowIfNull(proposals);
        if (proposals.Count is 0 or > 128)
        {
            throw new ArgumentException($"An association proposes 1 to 128 presentation contexts; {proposals.Count} were given.", nameof(proposals));
        }

        return proposals.Select((p, i) => new DicomPresentationContext((byte)((2 * i) + 1), p.AbstractSyntax, p.TransferSyntaxes)).ToArray();
    }

    private void ApplyAnswer(DicomAssociation association, AAssociateAC accept)
    {
        foreach (var answer in accept.PresentationContexts)
        {
            var context = association.PresentationContexts.FirstOrDefault(c => c.ID == answer.Id);
            if (context is null)
            {
                continue;
            }

            if (answer.Result != DicomPresentationContextResult.Accept)
            {
                context.SetResult(answer.Result, null);
                continue;
            }

            var syntax = context.ProposedTransferSyntaxes.FirstOrDefault(ts => ts.UID.UID == answer.TransferSyntax);
            if (syntax is null)
            {
                ClientLog.UnproposedTransferSyntax(options.Logger, answer.Id, answer.TransferSyntax ?? string.Empty);
                context.SetResult(DicomPresentationContextResult.RejectTransferSyntaxesNotSupported, null);
                continue;
            }

            context.SetResult(DicomPresentationContextResult.Accept, syntax);
        }

        association.RemoteMaximumPduLength = accept.UserInformation.MaximumLength ?? AssumedPeerMaximumPduLength;
        association.RemoteImplementationClassUid = accept.UserInformation.ImplementationClassUid;
        association.RemoteImplementationVersion = accept.UserInformation.ImplementationVersionName;
    }

    private async Task SendAbortQuietlyAsync(DicomAbortSource source, DicomAbortReason reason)
    {
        using var timer = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        try
        {
            await connection.SendPduAsync(new AAbort(source, reason), timer.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DicomNetworkException or OperationCanceledException)
        {
            // The connection is closed next in any case.
        }

        stateMachine.AbortSent();
    }
}
