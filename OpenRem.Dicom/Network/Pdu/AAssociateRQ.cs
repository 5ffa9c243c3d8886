namespace OpenRem.Dicom.Network.Pdu;

/// <summary>The A-ASSOCIATE-RQ PDU (type 0x01, PS3.8 §9.3.2): the requestor's proposal.</summary>
public sealed class AAssociateRQ : AssociationPdu
{
    /// <summary>A request with the DICOM application context, the given presentation contexts and user information, in that order.</summary>
    public AAssociateRQ(string calledAE, string callingAE, IEnumerable<PresentationContextRequestItem> presentationContexts, UserInformationItem userInformation)
        : this(calledAE, callingAE, StandardItems(presentationContexts, userInformation))
    {
    }

    /// <summary>A request with the items exactly as given (for example with extra items a peer needs).</summary>
    public AAssociateRQ(string calledAE, string callingAE, IEnumerable<PduItem> items, ushort protocolVersion = DefaultProtocolVersion)
        : base(
            protocolVersion,
            PduText.RequireAeTitle(calledAE, nameof(calledAE)),
            PduText.RequireAeTitle(callingAE, nameof(callingAE)),
            RequireItems(items, isRequest: true))
    {
        PresentationContexts = Items.OfType<PresentationContextRequestItem>().ToArray();
    }

    private AAssociateRQ(ushort protocolVersion, string calledAE, string callingAE, IReadOnlyList<PduItem> items, SkipValidation _)
        : base(protocolVersion, calledAE, callingAE, items)
    {
        PresentationContexts = Items.OfType<PresentationContextRequestItem>().ToArray();
    }

    public override RawPduType Type => RawPduType.AAssociateRQ;

    /// <summary>The proposed presentation contexts in wire order.</summary>
    public IReadOnlyList<PresentationContextRequestItem> PresentationContexts { get; }

    /// <summary>Decodes the body (the bytes after the 6-byte header) of an A-ASSOCIATE-RQ.</summary>
    public static AAssociateRQ Decode(ReadOnlySpan<byte> body)
    {
        var items = DecodeBody(body, isRequest: true, out var version, out var calledAE, out var callingAE);
        return new AAssociateRQ(version, calledAE, callingAE, items, default);
    }

    public override string ToString() =>
        $"A-ASSOCIATE-RQ {CallingAE} -> {CalledAE}: {PresentationContexts.Count} presentation context(s), maximum length {UserInformation.MaximumLength?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "not given"}";

    private static PduItem[] StandardItems(IEnumerable<PresentationContextRequestItem> presentationContexts, UserInformationItem userInformation)
    {
        ArgumentNullException.ThrowIfNull(presentationContexts);
        ArgumentNullException.ThrowIfNull(userInformation);
        return [new ApplicationContextItem(), .. presentationContexts, userInformation];
    }
}
