namespace OpenRem.Dicom.Network.Pdu;

/// <summary>
/// The user information item (0x50, PS3.8 §9.3.2.3, PS3.7 Annex D.3.3): sub-items in the order they were sent,
/// with typed accessors for the ones DICOM defines (where a sub-item may appear once, the first one counts).
/// Unknown sub-items are kept as <see cref="UnknownItem"/>.
/// </summary>
public sealed class UserInformationItem : PduItem
{
    public UserInformationItem(IEnumerable<PduItem> subItems)
        : this(RequireSubItems(subItems))
    {
    }

    private UserInformationItem(PduItem[] subItems)
        : base(TotalLength(subItems))
    {
        SubItems = subItems;
        RoleSelections = subItems.OfType<RoleSelectionSubItem>().ToArray();
        SopClassExtendedNegotiations = subItems.OfType<SopClassExtendedNegotiationSubItem>().ToArray();
        SopClassCommonExtendedNegotiations = subItems.OfType<SopClassCommonExtendedNegotiationSubItem>().ToArray();
        MaximumLength = subItems.OfType<MaximumLengthSubItem>().FirstOrDefault()?.MaximumLength;
        ImplementationClassUid = subItems.OfType<ImplementationClassUidSubItem>().FirstOrDefault()?.Uid;
        ImplementationVersionName = subItems.OfType<ImplementationVersionNameSubItem>().FirstOrDefault()?.Name;
        AsynchronousOperationsWindow = subItems.OfType<AsynchronousOperationsWindowSubItem>().FirstOrDefault();
        UserIdentity = subItems.OfType<UserIdentityRequestSubItem>().FirstOrDefault();
        UserIdentityResponse = subItems.OfType<UserIdentityResponseSubItem>().FirstOrDefault();
    }

    public override PduItemType ItemType => PduItemType.UserInformation;

    /// <summary>All sub-items in wire order.</summary>
    public IReadOnlyList<PduItem> SubItems { get; }

    /// <summary>The maximum length the sender accepts in P-DATA-TF PDUs (0 = unlimited), or null when the sub-item is missing.</summary>
    public uint? MaximumLength { get; }

    public string? ImplementationClassUid { get; }

    public string? ImplementationVersionName { get; }

    public AsynchronousOperationsWindowSubItem? AsynchronousOperationsWindow { get; }

    public IReadOnlyList<RoleSelectionSubItem> RoleSelections { get; }

    public IReadOnlyList<SopClassExtendedNegotiationSubItem> SopClassExtendedNegotiations { get; }

    public IReadOnlyList<SopClassCommonExtendedNegotiationSubItem> SopClassCommonExtendedNegotiations { get; }

    /// <summary>The user identity of an A-ASSOCIATE-RQ, if any.</summary>
    public UserIdentityRequestSubItem? UserIdentity { get; }

    /// <summary>The user identity response of an A-ASSOCIATE-AC, if any.</summary>
    public UserIdentityResponseSubItem? UserIdentityResponse { get; }

    /// <summary>The usual user information: maximum length, implementation class UID and, if given, the version name.</summary>
    public static UserInformationItem Create(uint maximumLength, string implementationClassUid, string? implementationVersionName = null)
    {
        var subItems = new List<PduItem>(3)
        {
            new MaximumLengthSubItem(maximumLength),
            new ImplementationClassUidSubItem(implementationClassUid),
        };
        if (implementationVersionName is not null)
        {
            subItems.Add(new ImplementationVersionNameSubItem(implementationVersionName));
        }

        return new UserInformationItem(subItems);
    }

    public override string ToString() => $"user information: {string.Join(", ", SubItems)}";

    internal static UserInformationItem Decode(ReadOnlySpan<byte> value)
    {
        var subItems = new List<PduItem>(4);
        var cursor = new PduItemCursor(value, "user information item");
        while (cursor.TryRead(out var type, out var subItem))
        {
            subItems.Add(type switch
            {
                PduItemType.MaximumLength => MaximumLengthSubItem.Decode(subItem),
                PduItemType.ImplementationClassUid => ImplementationClassUidSubItem.Decode(subItem),
                PduItemType.AsynchronousOperationsWindow => AsynchronousOperationsWindowSubItem.Decode(subItem),
                PduItemType.RoleSelection => RoleSelectionSubItem.Decode(subItem),
                PduItemType.ImplementationVersionName => ImplementationVersionNameSubItem.Decode(subItem),
                PduItemType.SopClassExtendedNegotiation => SopClassExtendedNegotiationSubItem.Decode(subItem),
                PduItemType.SopClassCommonExtendedNegotiation => SopClassCommonExtendedNegotiationSubItem.Decode(subItem),
                PduItemType.UserIdentityRequest => UserIdentityRequestSubItem.Decode(subItem),
                PduItemType.UserIdentityResponse => UserIdentityResponseSubItem.Decode(subItem),
                _ => new UnknownItem((byte)type, subItem),
            });
        }

        return new UserInformationItem(subItems.ToArray());
    }

    private protected override void WriteValue(Span<byte> value)
    {
        var offset = 0;
        foreach (var subItem in SubItems)
        {
            offset += subItem.Write(value[offset..]);
        }
    }

    private static PduItem[] RequireSubItems(IEnumerable<PduItem> subItems)
    {
        ArgumentNullException.ThrowIfNull(subItems);
        var list = subItems.ToArray();
        foreach (var subItem in list)
        {
            ArgumentNullException.ThrowIfNull(subItem, nameof(subItems));
            if (subItem is ApplicationContextItem or PresentationContextRequestItem or PresentationContextAcceptItem or UserInformationItem)
            {
                throw new ArgumentException($"A {subItem.ItemType} item is not a user information sub-item.", nameof(subItems));
            }
        }

        return list;
    }

    private static int TotalLength(PduItem[] subItems)
    {
        var length = 0L;
        foreach (var subItem in subItems)
        {
            length += subItem.Length;
        }

        return (int)Math.Min(length, int.MaxValue);
    }
}
