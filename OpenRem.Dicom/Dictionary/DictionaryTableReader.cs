using System.Collections.ObjectModel;
using System.Text;

namespace OpenRem.Dicom;

/// <summary>
/// Reads the generated dictionary tables: UTF-8 text, one entry per line, fields separated by '|'.
/// Keeps one shared instance per distinct VR list and VM text while reading.
/// </summary>
internal sealed class DictionaryTableReader
{
    private readonly Dictionary<string, ReadOnlyCollection<DicomVR>> valueRepresentations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> valueMultiplicities = new(StringComparer.Ordinal);

    /// <summary>
    /// Splits a line "pattern|VR(s)|VM|retired|keyword|name" (standard tables) or
    /// "pattern|VR(s)|VM|retired|name" (private table, <paramref name="hasKeyword"/> false).
    /// </summary>
    public DictionaryRow ReadRow(ReadOnlySpan<byte> line, bool hasKeyword)
    {
        var pattern = TagPattern.Parse(NextField(ref line));
        var valueRepresentationList = ValueRepresentations(NextField(ref line));
        var valueMultiplicity = ValueMultiplicity(NextField(ref line));
        var isRetired = Flag(NextField(ref line));
        var keyword = hasKeyword ? Text(NextField(ref line)) : string.Empty;
        var name = Text(line);
        return new DictionaryRow(pattern, valueRepresentationList, valueMultiplicity, isRetired, keyword, name);
    }

    /// <summary>Cuts the next line (without its line break) off the front of <paramref name="text"/>.</summary>
    public static bool NextLine(ref ReadOnlySpan<byte> text, out ReadOnlySpan<byte> line)
    {
        if (text.IsEmpty)
        {
            line = default;
            return false;
        }

        var end = text.IndexOf((byte)'\n');
        if (end < 0)
        {
            line = text;
            text = default;
        }
        else
        {
            line = text[..end];
            text = text[(end + 1)..];
        }

        if (!line.IsEmpty && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }

        return true;
    }

    /// <summary>Cuts the next '|'-separated field off the front of <paramref name="line"/>.</summary>
    public static ReadOnlySpan<byte> NextField(ref ReadOnlySpan<byte> line)
    {
        var end = line.IndexOf((byte)'|');
        ReadOnlySpan<byte> field;
        if (end < 0)
        {
            field = line;
            line = default;
        }
        else
        {
            field = line[..end];
            line = line[(end + 1)..];
        }

        return field;
    }

    public static string Text(ReadOnlySpan<byte> field) => field.IsEmpty ? string.Empty : Encoding.UTF8.GetString(field);

    public static bool Flag(ReadOnlySpan<byte> field) => field.Length == 1 && field[0] == (byte)'1';

    /// <summary>"PN", "OB or OW", "US or SS or OW"; "NONE" (or nothing) for the item tags.</summary>
    public ReadOnlyCollection<DicomVR> ValueRepresentations(ReadOnlySpan<byte> field)
    {
        var text = Text(field);
        if (valueRepresentations.TryGetValue(text, out var known))
        {
            return known;
        }

        var parts = text.Split(" or ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var list = new DicomVR[Math.Max(parts.Length, 1)];
        if (parts.Length == 0)
        {
            list[0] = DicomVR.NONE;
        }

        for (var i = 0; i < parts.Length; i++)
        {
            list[i] = parts[i] == DicomVR.NONE.Code ? DicomVR.NONE : DicomVR.Parse(parts[i]);
        }

        var collection = Array.AsReadOnly(list);
        valueRepresentations.Add(text, collection);
        return collection;
    }

    public string ValueMultiplicity(ReadOnlySpan<byte> field)
    {
        var text = Text(field);
        if (valueMultiplicities.TryGetValue(text, out var known))
        {
            return known;
        }

        valueMultiplicities.Add(text, text);
        return text;
    }
}
