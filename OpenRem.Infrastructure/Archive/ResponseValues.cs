using System.Globalization;
using OpenRem.Dicom;

namespace OpenRem.Infrastructure.Archive;

/// <summary>
/// Lenient reads of C-FIND response identifiers, and of the headers of received objects for the importer: a key left
/// out is null, a key present without a value is empty, a value that does not parse is null; nothing here throws. Text
/// is decoded with the data set's own Specific Character Set and stripped of padding.
/// </summary>
internal static class ResponseValues
{
    /// <summary>The value, "" when returned empty, or "" when left out (for the keys a match cannot do without).</summary>
    public static string Required(this DicomDataset identifier, DicomTag tag) => identifier.Text(tag) ?? string.Empty;

    /// <summary>The whole value (several values joined by backslash), "" when empty, null when left out.</summary>
    public static string? Text(this DicomDataset identifier, DicomTag tag) =>
        identifier.TryGetString(tag, out var value) ? value : null;

    /// <summary>Every value, an empty list when returned empty, null when left out.</summary>
    public static IReadOnlyList<string>? Values(this DicomDataset identifier, DicomTag tag) =>
        identifier.TryGetValues<string>(tag, out var values) ? values : null;

    /// <summary>Every value joined without a separator, "" when empty, null when left out.</summary>
    public static string? Concatenated(this DicomDataset identifier, DicomTag tag) =>
        identifier.Values(tag) is { } values ? string.Concat(values) : null;

    /// <summary>An IS value as a number; null when left out, empty or not an integer.</summary>
    public static int? Integer(this DicomDataset identifier, DicomTag tag) =>
        int.TryParse(identifier.Text(tag), NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    /// <summary>A DA value (YYYYMMDD); null when left out, empty or not a valid date.</summary>
    public static DateOnly? Date(this DicomDataset identifier, DicomTag tag) =>
        DateOnly.TryParseExact(identifier.Text(tag)?.Trim(), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>The trimmed value; null when left out, empty or only padding.</summary>
    public static string? Trimmed(this DicomDataset identifier, DicomTag tag) =>
        identifier.Text(tag)?.Trim(' ', '\0') is { Length: > 0 } text ? text : null;

    /// <summary>A TM value; null when left out, empty or not a valid time.</summary>
    public static TimeOnly? Time(this DicomDataset identifier, DicomTag tag) =>
        DicomTimeText.TryParse(identifier.Text(tag), out var time) ? time : null;
}
