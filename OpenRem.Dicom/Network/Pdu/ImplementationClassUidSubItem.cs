namespace OpenRem.Dicom.Network.Pdu;

/// <summary>The implementation class UID sub-item (0x52, PS3.7 Annex D.3.3.2): identifies the sender's implementation.</summary>
public sealed class ImplementationClassUidSubItem : PduItem
{
    public ImplementationClassUidSubItem(string uid)
        : this(PduText.RequireUid(uid, nameof(uid)), default(SkipValidation))
    {
    }

    private ImplementationClassUidSubItem(string uid, SkipValidation _)
        : base(uid.Length)
    {
        Uid = uid;
    }

    public override PduItemType ItemType => PduItemType.ImplementationClassUid;

    public string Uid { get; }

    public override string ToString() => $"implementation class UID {Uid}";

    internal static ImplementationClassUidSubItem Decode(ReadOnlySpan<byte> value) =>
        new(PduText.DecodeUid(value, "implementation class UID"), default(SkipValidation));

    private protected override void WriteValue(Span<byte> value) => PduText.Write(Uid, value);
}
