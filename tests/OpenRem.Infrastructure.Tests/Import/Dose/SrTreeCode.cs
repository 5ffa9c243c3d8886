namespace OpenRem.Infrastructure.Tests.Import.Dose;

/// <summary>A code for <see cref="SrTree"/>: value, coding scheme designator and meaning (left out when null).</summary>
internal sealed record SrTreeCode(string Value, string Scheme, string? Meaning);
