namespace OpenRem.Infrastructure.Import.Dose;

/// <summary>
/// The unit a dose figure is kept in, with the factors from the units a report may give it in (by the code value of
/// Measurement Units Code Sequence, UCUM, case-sensitive as UCUM is). A unit not in the table gives no value: it is
/// never guessed. Besides UCUM the tables hold the few spellings real reports use for the same units ("Gym2",
/// "mGycm" from Siemens and GE, "Gy.cm^2" from Siemens' radiation summary report).
/// </summary>
internal sealed class DoseUnit
{
    private readonly Dictionary<string, decimal> _factors;

    private DoseUnit(string name, Dictionary<string, decimal> factors)
    {
        Name = name;
        _factors = factors;
    }

    /// <summary>Air kerma and dose, kept in Gy.</summary>
    public static DoseUnit Gray { get; } = new("Gy", new(StringComparer.Ordinal)
    {
        ["Gy"] = 1m, ["dGy"] = 0.1m, ["cGy"] = 0.01m, ["mGy"] = 0.001m, ["uGy"] = 0.000001m,
    });

    /// <summary>CTDIvol and glandular dose, kept in mGy.</summary>
    public static DoseUnit Milligray { get; } = new("mGy", new(StringComparer.Ordinal)
    {
        ["Gy"] = 1000m, ["dGy"] = 100m, ["cGy"] = 10m, ["mGy"] = 1m, ["uGy"] = 0.001m,
    });

    /// <summary>Dose area product, kept in Gy·m².</summary>
    public static DoseUnit GraySquareMetre { get; } = new("Gy.m2", new(StringComparer.Ordinal)
    {
        ["Gy.m2"] = 1m, ["Gym2"] = 1m, ["dGy.m2"] = 0.1m, ["mGy.m2"] = 0.001m, ["uGy.m2"] = 0.000001m,
        ["Gy.cm2"] = 0.0001m, ["Gy.cm^2"] = 0.0001m, ["dGy.cm2"] = 0.00001m, ["cGy.cm2"] = 0.000001m,
        ["mGy.cm2"] = 0.0000001m, ["uGy.cm2"] = 0.0000000001m,
    });

    /// <summary>Dose length product, kept in mGy·cm.</summary>
    public static DoseUnit MilligrayCentimetre { get; } = new("mGy.cm", new(StringComparer.Ordinal)
    {
        ["mGy.cm"] = 1m, ["mGycm"] = 1m, ["Gy.cm"] = 1000m, ["dGy.cm"] = 100m, ["cGy.cm"] = 10m, ["uGy.cm"] = 0.001m,
        ["mGy.mm"] = 0.1m, ["Gy.m"] = 100000m, ["mGy.m"] = 100m,
    });

    /// <summary>Time, kept in seconds.</summary>
    public static DoseUnit Second { get; } = new("s", new(StringComparer.Ordinal)
    {
        ["s"] = 1m, ["ms"] = 0.001m, ["us"] = 0.000001m, ["min"] = 60m, ["h"] = 3600m,
    });

    /// <summary>The UCUM code of the unit values are kept in.</summary>
    public string Name { get; }

    /// <summary>
    /// <paramref name="value"/> given in <paramref name="unit"/> converted to this unit; null when the unit is missing or
    /// not known, or the result does not fit a decimal.
    /// </summary>
    public decimal? Convert(decimal value, string? unit)
    {
        if (unit is null || !_factors.TryGetValue(unit, out var factor))
        {
            return null;
        }

        try
        {
            return value * factor;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    public override string ToString() => Name;
}
