namespace OpenRem.Dicom;

/// <summary>
/// A DICOM unique identifier with what the standard says about it (PS3.6 Table A-1).
/// Two instances are equal when their UID strings are equal. The well-known UIDs are static
/// fields named by their keyword (<c>DicomUID.Verification</c>, <c>DicomUID.CTImageStorage</c>).
/// </summary>
public sealed partial class DicomUID : IEquatable<DicomUID>
{
    /// <summary>The name given to UIDs that are not in the standard's table.</summary>
    public const string UnknownName = "Unknown";

    private static readonly Lazy<Dictionary<string, DicomUID>> KnownByUid =
        new(() => CreateKnownUids().ToDictionary(uid => uid.UID, StringComparer.Ordinal));

    public DicomUID(string uid, string name, DicomUidType type, bool isRetired = false, string keyword = "")
    {
        ArgumentNullException.ThrowIfNull(uid);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(keyword);
        UID = uid;
        Name = name;
        Type = type;
        IsRetired = isRetired;
        Keyword = keyword;
    }

    /// <summary>The UID itself, e.g. "1.2.840.10008.1.1".</summary>
    public string UID { get; }

    /// <summary>The standard's name, e.g. "Verification SOP Class"; <see cref="UnknownName"/> for unknown UIDs.</summary>
    public string Name { get; }

    public DicomUidType Type { get; }

    public bool IsRetired { get; }

    /// <summary>The standard's keyword, e.g. "Verification"; empty for unknown UIDs (and two retired ones without a keyword).</summary>
    public string Keyword { get; }

    /// <summary>True when this UID is one of the standard's (PS3.6 Table A-1).</summary>
    public bool IsKnown => KnownByUid.Value.ContainsKey(UID);

    /// <summary>Every UID of the standard's table.</summary>
    public static IEnumerable<DicomUID> Enumerate() => KnownByUid.Value.Values;

    /// <summary>
    /// Returns the standard's instance for <paramref name="uid"/>, or a new instance of type
    /// <see cref="DicomUidType.Unknown"/>. Trailing spaces and NULs (value padding) are removed first.
    /// </summary>
    public static DicomUID Parse(string uid) => Parse(uid, UnknownName, DicomUidType.Unknown);

    /// <summary>As <see cref="Parse(string)"/>, with the name and type to give a UID that is not in the table.</summary>
    public static DicomUID Parse(string uid, string name, DicomUidType type)
    {
        ArgumentNullException.ThrowIfNull(uid);
        var trimmed = uid.TrimEnd(' ', '\0');
        return KnownByUid.Value.TryGetValue(trimmed, out var known) ? known : new DicomUID(trimmed, name, type);
    }

    /// <summary>Looks up a UID of the standard's table.</summary>
    public static bool TryGetKnown(string uid, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DicomUID? known)
    {
        ArgumentNullException.ThrowIfNull(uid);
        return KnownByUid.Value.TryGetValue(uid.TrimEnd(' ', '\0'), out known);
    }

    /// <summary>
    /// True when <paramref name="uid"/> is a syntactically valid UID (PS3.5 §9.1): 1 to 64 characters,
    /// digits and dots only, no empty component, and no component with a leading zero other than "0".
    /// </summary>
    public static bool IsValid(string? uid)
    {
        if (string.IsNullOrEmpty(uid) || uid.Length > 64)
        {
            return false;
        }

        var componentStart = 0;
        for (var i = 0; i <= uid.Length; i++)
        {
            if (i == uid.Length || uid[i] == '.')
            {
                var length = i - componentStart;
                if (length == 0 || (length > 1 && uid[componentStart] == '0'))
                {
                    return false;
                }

                componentStart = i + 1;
            }
            else if (!char.IsAsciiDigit(uid[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A new UID under the 2.25 root, derived from a random UUID (PS3.5 §B.2).</summary>
    public static DicomUID Generate() => DicomUIDGenerator.GenerateDerivedFromUUID();

    public bool Equals(DicomUID? other) => other is not null && string.Equals(UID, other.UID, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is DicomUID other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(UID);

    /// <summary>"Name [UID]", e.g. "Verification SOP Class [1.2.840.10008.1.1]".</summary>
    public override string ToString() => $"{Name} [{UID}]";

    public static bool operator ==(DicomUID? left, DicomUID? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(DicomUID? left, DicomUID? right) => !(left == right);
}
