using System.Globalization;
using System.Text.RegularExpressions;
using OpenRem.Dicom;

namespace OpenRem.Infrastructure.Import.Dose;

/// <summary>
/// The number of a NUM content item: the first value of Numeric Value (0040,A30A) when it is a plain decimal number
/// (PS3.5 DS: digits, an optional point, an optional exponent), else the first value of Floating Point Value
/// (0040,A161) when it is finite; either from the first item of Measured Value Sequence (0040,A300), in the unit of
/// that item's Measurement Units Code Sequence (0040,08EA).
/// </summary>
internal static partial class MeasuredValues
{
    /// <summary>The value of a NUM content item converted to <paramref name="unit"/>; null when absent, not a number, or in an unknown unit.</summary>
    public static decimal? Number(this DicomDataset? item, DoseUnit unit)
    {
        if (item?.Items(DicomTag.MeasuredValueSequence) is not [var measured, ..] || Read(measured) is not { } number)
        {
            return null;
        }

        return unit.Convert(number, measured.Code(DicomTag.MeasurementUnitsCodeSequence)?.Value);
    }

    /// <summary>The value of a NUM content item as a count (any unit): a whole number from 0 to <see cref="int.MaxValue"/>, else null.</summary>
    public static int? Count(this DicomDataset? item)
    {
        if (item?.Items(DicomTag.MeasuredValueSequence) is not [var measured, ..] || Read(measured) is not { } number)
        {
            return null;
        }

        return number >= 0m && number <= int.MaxValue && number == decimal.Truncate(number) ? (int)number : null;
    }

    private static decimal? Read(DicomDataset measured) => NumericValue(measured) ?? FloatingPointValue(measured);

    private static decimal? NumericValue(DicomDataset measured)
    {
        if (measured.GetDicomItem<DicomElement>(DicomTag.NumericValue) is not { } element)
        {
            return null;
        }

        if (!element.ValueRepresentation.IsString)
        {
            return element.GetNumbers() is [var binary, ..] ? FromDouble(binary) : null;
        }

        var first = element.GetRawString(measured.CharacterSet).Split('\\')[0].Trim(' ', '\0');
        return DecimalText().IsMatch(first) && decimal.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
    }

    private static decimal? FloatingPointValue(DicomDataset measured) =>
        measured.GetDicomItem<DicomElement>(DicomTag.FloatingPointValue) is { } element
        && element.ValueRepresentation == DicomVR.FD
        && element.GetNumbers() is [var value, ..]
            ? FromDouble(value)
            : null;

    /// <summary>A finite double through its shortest round-trip text, so that 0.1 reads as 0.1.</summary>
    private static decimal? FromDouble(double value) =>
        double.IsFinite(value) && decimal.TryParse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    [GeneratedRegex("^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\z", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalText();
}
