namespace OpenRem.Dicom.Network.Pdu;

/// <summary>
/// The user identity negotiation sub-item of an A-ASSOCIATE-RQ (0x58, PS3.7 Annex D.3.3.7): the identity type,
/// whether a positive response is requested, and the primary (and for type 2 secondary) field.
/// </summary>
public sealed class UserIdentityRequestSubItem : PduItem
{
    private readonly byte[] _primaryField;
    private readonly byte[] _secondaryField;

    public UserIdentityRequestSubItem(DicomUserIdentityType identityType, bool positiveResponseRequested, ReadOnlySpan<byte> primaryField, ReadOnlySpan<byte> secondaryField)
        : this(identityType, positiveResponseRequested, primaryField.ToArray(), secondaryField.ToArray())
    {
    }

    private UserIdentityRequestSubItem(DicomUserIdentityType identityType, bool positiveResponseRequested, byte[] primaryField, byte[] secondaryField)
        : base(2 + 2 + primaryField.Length + 2 + secondaryField.Length)
    {
        IdentityType = identityType;
        PositiveResponseRequested = positiveResponseRequested;
        _primaryField = primaryField;
        _secondaryField = secondaryField;
    }

    public override PduItemType ItemType => PduItemType.UserIdentityRequest;

    public DicomUserIdentityType IdentityType { get; }

    public bool PositiveResponseRequested { get; }

    /// <summary>The primary field (username, Kerberos ticket, SAML assertion or JWT), a private copy.</summary>
    public ReadOnlyMemory<byte> PrimaryField => _primaryField;

    /// <summary>The secondary field (the passcode for type 2, otherwise empty), a private copy.</summary>
    public ReadOnlyMemory<byte> SecondaryField => _secondaryField;

    public override string ToString() => $"user identity {IdentityType} (positive response {(PositiveResponseRequested ? "requested" : "not requested")})";

    internal static UserIdentityRequestSubItem Decode(ReadOnlySpan<byte> value)
    {
        var reader = new PduFieldReader(value, "user identity sub-item");
        var identityType = (DicomUserIdentityType)reader.ReadByte();
        var positiveResponseRequested = reader.ReadByte() != 0;
        var primary = reader.ReadLengthPrefixed("the primary field").ToArray();
        var secondary = reader.ReadLengthPrefixed("the secondary field").ToArray();
        reader.RequireEnd();
        return new UserIdentityRequestSubItem(identityType, positiveResponseRequested, primary, secondary);
    }

    private protected override void WriteValue(Span<byte> value)
    {
        value[0] = (byte)IdentityType;
        value[1] = PositiveResponseRequested ? (byte)1 : (byte)0;
        var offset = 2 + WriteLengthPrefixed(value[2..], _primaryField);
        WriteLengthPrefixed(value[offset..], _secondaryField);
    }
}
