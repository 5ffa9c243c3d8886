namespace OpenRem.Dicom;

/// <summary>
/// A transfer syntax: how a data set is encoded (implicit or explicit VR, byte order, deflate) and
/// whether its Pixel Data is encapsulated. The standard's transfer syntaxes are static fields named
/// by their UID keyword (<c>DicomTransferSyntax.ExplicitVRLittleEndian</c>), with fo-dicom's names
/// as aliases (<c>JPEGProcess1</c>). Two instances are equal when their UIDs are equal.
/// </summary>
public sealed partial class DicomTransferSyntax : IEquatable<DicomTransferSyntax>
{
    private static readonly Lazy<Dictionary<string, DicomTransferSyntax>> KnownByUid =
        new(() => CreateKnownTransferSyntaxes().ToDictionary(ts => ts.UID.UID, StringComparer.Ordinal));

    private DicomTransferSyntax(DicomUID uid, bool isExplicitVR, Endian endian, bool isDeflate, bool isEncapsulated)
    {
        UID = uid;
        IsExplicitVR = isExplicitVR;
        Endian = endian;
        IsDeflate = isDeflate;
        IsEncapsulated = isEncapsulated;
    }

    public DicomUID UID { get; }

    /// <summary>True when element headers carry their VR; false for the implicit VR transfer syntaxes.</summary>
    public bool IsExplicitVR { get; }

    /// <summary>The byte order of the data set (the file meta group is always little endian).</summary>
    public Endian Endian { get; }

    /// <summary>True when the data set after the file meta group is compressed with deflate (RFC 1951).</summary>
    public bool IsDeflate { get; }

    /// <summary>True when Pixel Data (7FE0,0010) is a sequence of fragments rather than a native value.</summary>
    public bool IsEncapsulated { get; }

    public bool IsRetired => UID.IsRetired;

    /// <summary>The transfer syntaxes of the standard's table.</summary>
    public static IEnumerable<DicomTransferSyntax> KnownEntries => KnownByUid.Value.Values;

    /// <summary>
    /// The standard's transfer syntax for <paramref name="uid"/> (trailing spaces and NULs removed), or,
    /// for a UID the table does not know, a new instance that reads as explicit VR little endian with
    /// encapsulated pixel data: every transfer syntax added to the standard since the classic ones is.
    /// </summary>
    public static DicomTransferSyntax Lookup(string uid)
    {
        ArgumentNullException.ThrowIfNull(uid);
        var trimmed = uid.TrimEnd(' ', '\0');
        return KnownByUid.Value.TryGetValue(trimmed, out var known) ? known : CreateUnknown(DicomUID.Parse(trimmed));
    }

    /// <summary>As <see cref="Lookup(string)"/>.</summary>
    public static DicomTransferSyntax Lookup(DicomUID uid)
    {
        ArgumentNullException.ThrowIfNull(uid);
        return KnownByUid.Value.TryGetValue(uid.UID, out var known) ? known : CreateUnknown(uid);
    }

    /// <summary>Same as <see cref="Lookup(string)"/> (fo-dicom's name).</summary>
    public static DicomTransferSyntax Parse(string uid) => Lookup(uid);

    /// <summary>Looks up a transfer syntax of the standard's table only.</summary>
    public static bool TryGetKnown(string uid, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DicomTransferSyntax? known)
    {
        ArgumentNullException.ThrowIfNull(uid);
        return KnownByUid.Value.TryGetValue(uid.TrimEnd(' ', '\0'), out known);
    }

    public bool Equals(DicomTransferSyntax? other) => other is not null && UID.Equals(other.UID);

    public override bool Equals(object? obj) => obj is DicomTransferSyntax other && Equals(other);

    public override int GetHashCode() => UID.GetHashCode();

    /// <summary>The transfer syntax's name, e.g. "Explicit VR Little Endian".</summary>
    public override string ToString() => UID.Name;

    public static bool operator ==(DicomTransferSyntax? left, DicomTransferSyntax? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(DicomTransferSyntax? left, DicomTransferSyntax? right) => !(left == right);

    private static DicomTransferSyntax CreateUnknown(DicomUID uid) =>
        new(uid, isExplicitVR: true, Endian.Little, isDeflate: false, isEncapsulated: true);
}
