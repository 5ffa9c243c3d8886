namespace OpenRem.Infrastructure.Import.Dose;

/// <summary>A coded entry of a structured report: code value, coding scheme designator and code meaning.</summary>
internal sealed record SrCode(string Value, string Scheme, string? Meaning);
