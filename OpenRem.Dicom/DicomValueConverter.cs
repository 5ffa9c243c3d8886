using System.Globalization;

namespace OpenRem.Dicom;

/// <summary>Converts one value, in its text form, to a .NET type.</summary>
internal static class DicomValueConverter
{
    public static T Convert<T>(string value, DicomVR vr, DicomTag tag)
    {
        try
        {
            object result = typeof(T) switch
            {
                var t when t == typeof(string) => value,
                var t when t == typeof(int) => (int)ParseNumber(value),
                var t when t == typeof(uint) => (uint)ParseNumber(value),
                var t when t == typeof(short) => (short)ParseNumber(value),
                var t when t == typeof(ushort) => (ushort)ParseNumber(value),
                var t when t == typeof(long) => (long)ParseNumber(value),
                var t when t == typeof(ulong) => (ulong)ParseNumber(value),
                var t when t == typeof(float) => (float)ParseNumber(value),
                var t when t == typeof(double) => ParseNumber(value),
                var t when t == typeof(decimal) => decimal.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture),
                var t when t == typeof(DateTime) => DicomDateTimeParser.Parse(value, vr),
                _ => throw new NotSupportedException($"Values of {vr} cannot be read as {typeof(T).Name}."),
            };
            return (T)result;
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw new DicomDataException($"Element {tag} {vr}: '{value}' is not a valid {typeof(T).Name}.", e);
        }
    }

    private static double ParseNumber(string value) =>
        double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
}
