using System.Globalization;

namespace OpenRem.Domain.Statuses;

/// <summary>
/// A status code with its class and meaning. <see cref="Label"/> is the class as shown ("Failure", "Warning",
/// or "Unknown" for a code no table lists); read as text it gives "Failure (0xa801) - Move destination unknown".
/// </summary>
public sealed record StatusDescription(ushort Code, DimseStatusKind Kind, string Label, string Meaning)
{
    /// <summary>The class of <paramref name="code"/> by the ranges of PS3.7 Annex C.</summary>
    public static DimseStatusKind KindOf(ushort code) => code switch
    {
        0x0000 => DimseStatusKind.Success,
        0xFF00 or 0xFF01 => DimseStatusKind.Pending,
        0xFE00 => DimseStatusKind.Cancel,
        0x0001 or 0x0107 or 0x0116 => DimseStatusKind.Warning,
        >= 0xB000 and <= 0xBFFF => DimseStatusKind.Warning,
        _ => DimseStatusKind.Failure,
    };

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Label} (0x{Code:x4}) - {Meaning}");
}
