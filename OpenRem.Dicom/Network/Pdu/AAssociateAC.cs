namespace OpenRem.Dicom.Network.Pdu;

/// <summary>
/// The A-ASSOCIATE-AC PDU (type 0x02, PS3.8 §9.3.3): the acceptor's answer, one presentation context item per
/// proposed context. The AE title fields are reserved and echo the request's values.
/// </summary>
public sealed class AAssociateAC : AssociationPdu
{
    /// <summary>An answer with the DICOM application context, the given presentation context answers and user information, in that order.</summary>
    public AAssociateAC(string calledAE, string callingAE, IEnumerable<PresentationContextAcceptItem> presentationContexts, UserInformationItem userInformation)
        : this(calledAE, callingAE, StandardItems(presentationContexts, userInformation))
    {
    }

    /// <summary>An answer with the items exactly as given.</summary>
    public AAssociateAC(string calledAE, string callingAE, IEnumerable<PduItem> items, ushort protocolVersion = DefaultProtocolVersion)
        : base(
            protocolVersion,
            PduText.RequireAeTitle(calledAE, nameof(calledAE)),
            PduText.RequireAeTitle(callingAE, nameof(callingAE)),
            RequireItems(items, isRequest: false))
    {
        PresentationContexts = Items.OfType<PresentationContextAcceptItem>().ToArray();
    }

    private AAssociateAC(ushort protocolVersion, string calledAE, string callingAE, IReadOnlyList<PduItem> items, SkipValidation _)
        : base(protocolVersion, calledAE, callingAE, items)
    {
        PresentationContexts = Items.OfType<PresentationContextAcceptItem>().ToArray();
    }

    public override RawPduType Type => RawPduType.AAssociateAC;

    /// <summary>The answers for the proposed presentation contexts, in wire order.</summary>
    public IReadOnlyList<PresentationContextAcceptItem> PresentationContexts { get; }

    /// <summary>Decodes the body (the bytes after the 6-byte header) of an A-ASSOCIATE-AC.</summary>
    public static AAssociateAC Decode(ReadOnlySpan<byte> body)
    {
        var items = DecodeBody(body, isRequest: false, out var version, out var calledAE, out var callingAE);
        return new AAssociateAC(version, calledAE, callingAE, items, default);
    }

    public override string ToString() =>
        $"A-ASSOCIATE-AC {CallingAE} -> {CalledAE}: {PresentationContexts.Count(pc => pc.Result == DicomPresentationContextResult.Accept)} of {PresentationContexts.Count} presentation context(s) accepted";

    private static PduItem[] StandardItems(IEnumerable<PresentationContextAcceptItem> presentationContexts, UserInformationItem userInformation)
    {
        ArgumentNullException.ThrowIfNull(presentationContexts);
        ArgumentNullException.ThrowIfNull(userInformation);
        return [new ApplicationContextItem(), .. presentationContexts, userInformation];
    }
}
