namespace OpenRem.Dicom.Network.Pdu;

/// <summary>
/// The implementation version name sub-item (0x55, PS3.7 Annex D.3.3.2): 1 to 16 characters. Names built here
/// must keep that limit (longer ones break some peers); a longer name from a peer is accepted as it is.
/// </summary>
public sealed class ImplementationVersionNameSubItem : PduItem
{
    public ImplementationVersionNameSubItem(string name)
        : this(PduText.RequireVersionName(name, nameof(name)), default(SkipValidation))
    {
    }

    private ImplementationVersionNameSubItem(string name, SkipValidation _)
        : base(name.Length)
    {
        Name = name;
    }

    public override PduItemType ItemType => PduItemType.ImplementationVersionName;

    public string Name { get; }

    public override string ToString() => $"implementation version name {Name}";

    internal static ImplementationVersionNameSubItem Decode(ReadOnlySpan<byte> value) =>
        new(PduText.DecodeText(value), default(SkipValidation));

    private protected override void WriteValue(Span<byte> value) => PduText.Write(Name, value);
}
