using System.Globalization;

namespace OpenRem.Dicom;

/// <summary>A DICOM attribute tag: a group and an element number.</summary>
public readonly partial struct DicomTag : IEquatable<DicomTag>, IComparable<DicomTag>
{
    public DicomTag(ushort group, ushort element)
    {
        Group = group;
        Element = element;
    }

    public DicomTag(uint value)
        : this((ushort)(value >> 16), (ushort)value)
    {
    }

    public ushort Group { get; }

    public ushort Element { get; }

    /// <summary>The tag as one number, 0xGGGGEEEE.</summary>
    public uint Value => ((uint)Group << 16) | Element;

    /// <summary>Private tags have an odd group number (PS3.5 §7.8).</summary>
    public bool IsPrivate => (Group & 1) == 1 && Group > 0x0008;

    /// <summary>A private creator element reserves a block: (gggg,0010)-(gggg,00FF) in an odd group.</summary>
    public bool IsPrivateCreator => IsPrivate && Element >= 0x0010 && Element <= 0x00FF;

    /// <summary>The private creator element that reserves this private tag's block, e.g. (0019,10xx) -> (0019,0010).</summary>
    public DicomTag PrivateCreatorTag => new(Group, (ushort)(Element >> 8));

    /// <summary>Group length elements (gggg,0000).</summary>
    public bool IsGroupLength => Element == 0x0000;

    public static DicomTag Parse(string text)
    {
        if (TryParse(text, out var tag))
        {
            return tag;
        }

        throw new FormatException($"'{text}' is not a DICOM tag; expected (gggg,eeee), gggg,eeee or ggggeeee.");
    }

    public static bool TryParse(string? text, out DicomTag tag)
    {
        tag = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        if (span.Length > 0 && span[0] == '(' && span[^1] == ')')
        {
            span = span[1..^1];
        }

        ushort group, element;
        var comma = span.IndexOf(',');
        if (comma >= 0)
        {
            if (!ushort.TryParse(span[..comma].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out group)
                || !ushort.TryParse(span[(comma + 1)..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out element))
            {
                return false;
            }
        }
        else if (span.Length == 8
                 && uint.TryParse(span, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
        {
            group = (ushort)(value >> 16);
            element = (ushort)value;
        }
        else
        {
            return false;
        }

        tag = new DicomTag(group, element);
        return true;
    }

    public bool Equals(DicomTag other) => Group == other.Group && Element == other.Element;

    public override bool Equals(object? obj) => obj is DicomTag other && Equals(other);

    public override int GetHashCode() => (int)Value;

    public int CompareTo(DicomTag other) => Value.CompareTo(other.Value);

    /// <summary>The form used in listings: (0010,0010).</summary>
    public override string ToString() => $"({Group:X4},{Element:X4})";

    /// <summary>The form used as a key in the DICOM JSON model: 00100010.</summary>
    public string ToJsonKey() => $"{Group:X4}{Element:X4}";

    public static bool operator ==(DicomTag left, DicomTag right) => left.Equals(right);

    public static bool operator !=(DicomTag left, DicomTag right) => !left.Equals(right);

    public static bool operator <(DicomTag left, DicomTag right) => left.Value < right.Value;

    public static bool operator >(DicomTag left, DicomTag right) => left.Value > right.Value;

    public static bool operator <=(DicomTag left, DicomTag right) => left.Value <= right.Value;

    public static bool operator >=(DicomTag left, DicomTag right) => left.Value >= right.Value;
}
