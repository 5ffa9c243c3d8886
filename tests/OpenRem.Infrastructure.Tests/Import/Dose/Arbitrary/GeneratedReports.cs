using CsCheck;

namespace OpenRem.Infrastructure.Tests.Import.Dose.Arbitrary;

/// <summary>Generators of well-formed X-ray dose reports with figures in any of the known units.</summary>
internal static class GeneratedReports
{
    private static readonly Gen<string?> Protocols = Gen.OneOf<string?>(null, "Head", "Thorax^Routine", "1.2 mm  spiral");

    private static readonly Gen<string?> Uids = Gen.OneOf<string?>(null, "1.2.3", "1.3.6.1.4.1.5962.99.1.2662687737.4.0");

    public static Gen<GeneratedReport> Reports { get; } =
        Gen.Select(Ct.Null(), Plane.Array[0, 2], Gen.Int[0, 3], (ct, planes, events) => new GeneratedReport(ct, planes, events));

    private static Gen<GeneratedCt> Ct =>
        Gen.Select(Gen.Bool, FigureIn(UnitChoice.ToMilligrayCentimetre).Null(), Gen.Int[0, 50].Nullable(), CtEvent.Array[0, 4], (accumulated, total, count, events) => new GeneratedCt(accumulated, total, count, events));

    private static Gen<GeneratedCtEvent> CtEvent =>
        Gen.Select(Uids, Protocols, FigureIn(UnitChoice.ToMilligray).Null(), FigureIn(UnitChoice.ToMilligrayCentimetre).Null(), (uid, protocol, ctdi, dlp) => new GeneratedCtEvent(uid, protocol, ctdi, dlp));

    private static Gen<GeneratedPlane> Plane =>
        Gen.Select(
            Gen.OneOf<string?>(null, "Single Plane", "Plane A", "Plane B"),
            FigureIn(UnitChoice.ToGraySquareMetre).Null(),
            FigureIn(UnitChoice.ToGraySquareMetre).Null(),
            FigureIn(UnitChoice.ToGraySquareMetre).Null(),
            FigureIn(UnitChoice.ToSecond).Null(),
            FigureIn(UnitChoice.ToSecond).Null(),
            FigureIn(UnitChoice.ToGray).Null(),
            Glandular.Array[0, 2])
        .Select(t => new GeneratedPlane(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6, t.Item7, t.Item8));

    private static Gen<GeneratedGlandularDose> Glandular =>
        Gen.Select(Gen.OneOf<string?>(null, "Left breast", "Right breast", "Both breasts"), FigureIn(UnitChoice.ToMilligray), (laterality, dose) => new GeneratedGlandularDose(laterality, dose));

    /// <summary>A decimal of up to seven digits with up to six of them after the point, in one of the units.</summary>
    private static Gen<Figure> FigureIn(UnitChoice[] units) =>
        Gen.Select(Gen.Int[0, 9_999_999], Gen.Int[0, 6], Gen.OneOf(units), (digits, scale, unit) => new Figure(new decimal(digits, 0, 0, false, (byte)scale), unit));
}
