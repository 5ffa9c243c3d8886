namespace OpenRem.Dicom.Network.Pdu;

/// <summary>
/// The SOP class common extended negotiation sub-item (0x57, PS3.7 Annex D.3.3.6): a SOP class, its service
/// class and the related general SOP classes. Sent in A-ASSOCIATE-RQ only.
/// </summary>
public sealed class SopClassCommonExtendedNegotiationSubItem : PduItem
{
    public SopClassCommonExtendedNegotiationSubItem(string sopClassUid, string serviceClassUid, IEnumerable<string> relatedGeneralSopClassUids)
        : this(
            PduText.RequireUid(sopClassUid, nameof(sopClassUid)),
            PduText.RequireUid(serviceClassUid, nameof(serviceClassUid)),
            RequireUids(relatedGeneralSopClassUids),
            default(SkipValidation))
    {
    }

    private SopClassCommonExtendedNegotiationSubItem(string sopClassUid, string serviceClassUid, IReadOnlyList<string> related, SkipValidation _)
        : base(2 + sopClassUid.Length + 2 + serviceClassUid.Length + 2 + RelatedLength(related))
    {
        SopClassUid = sopClassUid;
        ServiceClassUid = serviceClassUid;
        RelatedGeneralSopClassUids = related;
    }

    public override PduItemType ItemType => PduItemType.SopClassCommonExtendedNegotiation;

    public string SopClassUid { get; }

    public string ServiceClassUid { get; }

    public IReadOnlyList<string> RelatedGeneralSopClassUids { get; }

    public override string ToString() => $"SOP class common extended negotiation {SopClassUid} in service class {ServiceClassUid}";

    internal static SopClassCommonExtendedNegotiationSubItem Decode(ReadOnlySpan<byte> value)
    {
        var reader = new PduFieldReader(value, "SOP class common extended negotiation sub-item");
        var sopClassUid = PduText.DecodeUid(reader.ReadLengthPrefixed("the SOP class UID"), "SOP class UID of a common extended negotiation");
        var serviceClassUid = PduText.DecodeUid(reader.ReadLengthPrefixed("the service class UID"), "service class UID of a common extended negotiation");
        var relatedField = new PduFieldReader(reader.ReadLengthPrefixed("the related general SOP classes"), "related general SOP class identification");
        reader.RequireEnd();
        var related = new List<string>();
        while (relatedField.Remaining > 0)
        {
            related.Add(PduText.DecodeUid(relatedField.ReadLengthPrefixed("a related general SOP class UID"), "related general SOP class UID"));
        }

        return new SopClassCommonExtendedNegotiationSubItem(sopClassUid, serviceClassUid, related, default);
    }

    private protected override void WriteValue(Span<byte> value)
    {
        var offset = WriteLengthPrefixed(value, SopClassUid);
        offset += WriteLengthPrefixed(value[offset..], ServiceClassUid);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(value[offset..], (ushort)RelatedLength(RelatedGeneralSopClassUids));
        offset += 2;
        foreach (var uid in RelatedGeneralSopClassUids)
        {
            offset += WriteLengthPrefixed(value[offset..], uid);
        }
    }

    private static int RelatedLength(IReadOnlyList<string> related)
    {
        var length = 0;
        foreach (var uid in related)
        {
            length += 2 + uid.Length;
        }

        return length <= ushort.MaxValue
            ? length
            : throw new ArgumentException($"The related general SOP classes take {length} bytes; the field holds at most {ushort.MaxValue}.");
    }

    private static string[] RequireUids(IEnumerable<string> uids)
    {
        ArgumentNullException.ThrowIfNull(uids);
        var list = uids.ToArray();
        foreach (var uid in list)
        {
            PduText.RequireUid(uid, nameof(uids));
        }

        return list;
    }
}
