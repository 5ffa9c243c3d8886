namespace OpenRem.Dicom.Network.Pdu;

/// <summary>The application context item (0x10, PS3.8 §9.3.2.1): the DICOM application context name UID.</summary>
public sealed class ApplicationContextItem : PduItem
{
    /// <summary>The one application context name DICOM defines (PS3.7 Annex A.2.1).</summary>
    public const string DicomApplicationContextName = "1.2.840.10008.3.1.1.1";

    public ApplicationContextItem()
        : this(DicomApplicationContextName)
    {
    }

    public ApplicationContextItem(string name)
        : this(PduText.RequireUid(name, nameof(name)), default(SkipValidation))
    {
    }

    private ApplicationContextItem(string name, SkipValidation _)
        : base(name.Length)
    {
        Name = name;
    }

    public override PduItemType ItemType => PduItemType.ApplicationContext;

    /// <summary>The application context name, without padding.</summary>
    public string Name { get; }

    public override string ToString() => $"application context {Name}";

    internal static ApplicationContextItem Decode(ReadOnlySpan<byte> value) =>
        new(PduText.DecodeUid(value, "application context name"), default(SkipValidation));

    private protected override void WriteValue(Span<byte> value) => PduText.Write(Name, value);
}
