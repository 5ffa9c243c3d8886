namespace OpenRem.Infrastructure.Tests.Import.Dose.Arbitrary;

/// <summary>A unit a generated figure is written in, and the factor to the summary's unit (UCUM, written out here again).</summary>
internal sealed record UnitChoice(string Code, decimal Factor)
{
    public static readonly UnitChoice[] ToGray = [new("Gy", 1m), new("dGy", 0.1m), new("cGy", 0.01m), new("mGy", 0.001m), new("uGy", 0.000001m)];

    public static readonly UnitChoice[] ToMilligray = [new("Gy", 1000m), new("mGy", 1m), new("uGy", 0.001m)];

    public static readonly UnitChoice[] ToGraySquareMetre =
        [new("Gy.m2", 1m), new("Gym2", 1m), new("Gy.cm2", 0.0001m), new("dGy.cm2", 0.00001m), new("cGy.cm2", 0.000001m), new("mGy.cm2", 0.0000001m), new("uGy.m2", 0.000001m)];

    public static readonly UnitChoice[] ToMilligrayCentimetre = [new("mGy.cm", 1m), new("mGycm", 1m), new("Gy.cm", 1000m), new("mGy.mm", 0.1m)];

    public static readonly UnitChoice[] ToSecond = [new("s", 1m), new("ms", 0.001m), new("min", 60m)];
}
