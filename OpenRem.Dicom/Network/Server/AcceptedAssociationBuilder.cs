using OpenRem.Dicom.Network.Pdu;

namespace OpenRem.Dicom.Network.Server;

/// <summary>
/// Turns an A-ASSOCIATE-RQ into the <see cref="DicomAssociation"/> of the acceptor, every context answered by the
/// policy, and builds the A-ASSOCIATE-AC for it.
/// </summary>
internal static class AcceptedAssociationBuilder
{
    /// <summary>Requestors that leave out the maximum length sub-item get PDUs of DCMTK's default size.</summary>
    private const uint AssumedPeerMaximumPduLength = 16384;

    /// <summary>What rejected contexts carry as their (ignored) transfer syntax sub-item, as DCMTK does.</summary>
    private const string RejectedContextTransferSyntax = "1.2.840.10008.1.2";

    public static DicomAssociation Build(AAssociateRQ request, PresentationContextPolicy policy, DicomServiceContext context)
    {
        var contexts = new List<DicomPresentationContext>(request.PresentationContexts.Count);
        foreach (var item in request.PresentationContexts)
        {
            var proposed = item.TransferSyntaxes.Select(DicomTransferSyntax.Lookup).ToArray();
            var presentationContext = new DicomPresentationContext(item.Id, DicomUID.Parse(item.AbstractSyntax), proposed);
            var (result, syntax) = policy.Answer(item.AbstractSyntax, item.TransferSyntaxes);
            presentationContext.SetResult(result, syntax);
            contexts.Add(presentationContext);
        }

        return new DicomAssociation(request.CallingAE, request.CalledAE, contexts)
        {
            RemoteHost = context.RemoteHost,
            RemotePort = context.RemotePort,
            MaximumPduLength = context.Options.MaximumPduLength,
            RemoteMaximumPduLength = request.UserInformation.MaximumLength ?? AssumedPeerMaximumPduLength,
            RemoteImplementationClassUid = request.UserInformation.ImplementationClassUid,
            RemoteImplementationVersion = request.UserInformation.ImplementationVersionName,
        };
    }

    /// <summary>The answer: AE fields echoed, one item per proposed context, our maximum length and implementation.</summary>
    public static AAssociateAC CreateAccept(DicomAssociation association) =>
        new(
            association.CalledAE,
            association.CallingAE,
            association.PresentationContexts.Select(c => new PresentationContextAcceptItem(
                c.ID,
                c.Result,
                c.IsAccepted ? c.AcceptedTransferSyntax!.UID.UID : RejectedContextTransferSyntax)),
            UserInformationItem.Create(association.MaximumPduLength, DicomImplementation.ClassUID, DicomImplementation.VersionName));
}
