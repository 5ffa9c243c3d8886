namespace OpenRem.Dicom.Network.Pdu;

/// <summary>
/// The SCP/SCU role selection sub-item (0x54, PS3.7 Annex D.3.3.4): for one SOP class, whether the requestor
/// takes the SCU and/or the SCP role (C-GET receivers propose SCP for storage classes).
/// </summary>
public sealed class RoleSelectionSubItem : PduItem
{
    public RoleSelectionSubItem(string sopClassUid, bool scuRole, bool scpRole)
        : this(PduText.RequireUid(sopClassUid, nameof(sopClassUid)), scuRole, scpRole, default(SkipValidation))
    {
    }

    private RoleSelectionSubItem(string sopClassUid, bool scuRole, bool scpRole, SkipValidation _)
        : base(2 + sopClassUid.Length + 2)
    {
        SopClassUid = sopClassUid;
        ScuRole = scuRole;
        ScpRole = scpRole;
    }

    public override PduItemType ItemType => PduItemType.RoleSelection;

    public string SopClassUid { get; }

    /// <summary>The SCU-role field: in an RQ, whether the requestor proposes to be SCU; in an AC, whether that is accepted.</summary>
    public bool ScuRole { get; }

    /// <summary>The SCP-role field: in an RQ, whether the requestor proposes to be SCP; in an AC, whether that is accepted.</summary>
    public bool ScpRole { get; }

    public override string ToString() => $"role selection {SopClassUid} SCU={(ScuRole ? 1 : 0)} SCP={(ScpRole ? 1 : 0)}";

    internal static RoleSelectionSubItem Decode(ReadOnlySpan<byte> value)
    {
        var reader = new PduFieldReader(value, "SCP/SCU role selection sub-item");
        var sopClassUid = PduText.DecodeUid(reader.ReadLengthPrefixed("the SOP class UID"), "SOP class UID of a role selection");
        var scuRole = reader.ReadByte() != 0;
        var scpRole = reader.ReadByte() != 0;
        reader.RequireEnd();
        return new RoleSelectionSubItem(sopClassUid, scuRole, scpRole, default);
    }

    private protected override void WriteValue(Span<byte> value)
    {
        var offset = WriteLengthPrefixed(value, SopClassUid);
        value[offset] = ScuRole ? (byte)1 : (byte)0;
        value[offset + 1] = ScpRole ? (byte)1 : (byte)0;
    }
}
