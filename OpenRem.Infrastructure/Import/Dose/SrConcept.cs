namespace OpenRem.Infrastructure.Import.Dose;

/// <summary>
/// A concept a reader looks for: it matches a code with the same code value and the same coding scheme designator
/// (compared without regard to case, as some writers spell designators in lower case).
/// </summary>
internal sealed record SrConcept(string Value, string Scheme)
{
    public bool Matches(SrCode? code) =>
        code is not null
        && string.Equals(code.Value, Value, StringComparison.Ordinal)
        && string.Equals(code.Scheme, Scheme, StringComparison.OrdinalIgnoreCase);

    public static SrConcept Dcm(string value) => new(value, "DCM");
}
