namespace OpenRem.Dicom.Network.Pdu;

/// <summary>
/// The SOP class extended negotiation sub-item (0x56, PS3.7 Annex D.3.3.5): a SOP class UID and service-class
/// application information bytes (for query/retrieve: relational queries, date-time matching, fuzzy matching...).
/// </summary>
public sealed class SopClassExtendedNegotiationSubItem : PduItem
{
    private readonly byte[] _applicationInformation;

    public SopClassExtendedNegotiationSubItem(string sopClassUid, ReadOnlySpan<byte> serviceClassApplicationInformation)
        : this(PduText.RequireUid(sopClassUid, nameof(sopClassUid)), serviceClassApplicationInformation.ToArray(), default(SkipValidation))
    {
    }

    private SopClassExtendedNegotiationSubItem(string sopClassUid, byte[] applicationInformation, SkipValidation _)
        : base(2 + sopClassUid.Length + applicationInformation.Length)
    {
        SopClassUid = sopClassUid;
        _applicationInformation = applicationInformation;
    }

    public override PduItemType ItemType => PduItemType.SopClassExtendedNegotiation;

    public string SopClassUid { get; }

    /// <summary>The service-class application information, a private copy.</summary>
    public ReadOnlyMemory<byte> ServiceClassApplicationInformation => _applicationInformation;

    public override string ToString() => $"SOP class extended negotiation {SopClassUid} ({_applicationInformation.Length} bytes)";

    internal static SopClassExtendedNegotiationSubItem Decode(ReadOnlySpan<byte> value)
    {
        var reader = new PduFieldReader(value, "SOP class extended negotiation sub-item");
        var sopClassUid = PduText.DecodeUid(reader.ReadLengthPrefixed("the SOP class UID"), "SOP class UID of an extended negotiation");
        return new SopClassExtendedNegotiationSubItem(sopClassUid, reader.ReadRest().ToArray(), default);
    }

    private protected override void WriteValue(Span<byte> value)
    {
        var offset = WriteLengthPrefixed(value, SopClassUid);
        _applicationInformation.CopyTo(value[offset..]);
    }
}
