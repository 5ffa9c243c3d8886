using CsCheck;
using OpenRem.Dicom;

namespace OpenRem.Infrastructure.Tests.Import.Dose.Arbitrary;

/// <summary>
/// Generators of hostile report trees: the dose concepts and others in any place, numbers as text, garbage, huge
/// values, wrong VRs, missing and empty sequences, units known, unknown and missing, nesting five levels deep.
/// </summary>
internal static class HostileTrees
{
    public const int SequenceShape = 0;

    /// <summary>Concept names: none (-1 in the pool's sense: index 0), an empty sequence (index 1), then codes.</summary>
    private static readonly SrTreeCode?[] Concepts =
    [
        null, null,
        new("113811", "DCM", null), new("113812", "DCM", null), new("113813", "DCM", null), new("113819", "DCM", null),
        new("113829", "DCM", null), new("113830", "DCM", null), new("113838", "DCM", null), new("113769", "DCM", null),
        new("125203", "DCM", null), new("113702", "DCM", null), new("113764", "DCM", null), new("113722", "DCM", null),
        new("113726", "DCM", null), new("113727", "DCM", null), new("113730", "DCM", null), new("113855", "DCM", null),
        new("113725", "DCM", null), new("113706", "DCM", null), new("111637", "DCM", null), new("G-C171", "SRT", null),
        new("C-202", "99SMS_RADSUM", null), new("C-204", "99SMS_RADSUM", null), new("C-210", "99SMS_RADSUM", null),
        new("113722", "99PRIVATE", null), new("", "", null), new("999", "DCM", "Junk"),
    ];

    public static readonly int CtAcquisition = Array.FindIndex(Concepts, c => c?.Value == "113819");
    public static readonly int AccumulatedXRayDoseData = Array.FindIndex(Concepts, c => c?.Value == "113702");
    public static readonly int IrradiationEventXRayData = Array.FindIndex(Concepts, c => c?.Value == "113706");
    public static readonly int[] SiemensSummaryValues = [.. Concepts.Select((c, i) => (c, i)).Where(x => x.c?.Scheme == "99SMS_RADSUM").Select(x => x.i)];

    private static readonly string[] Numbers =
    [
        "12.5", "abc", "", "1e400", "-0", "NaN", "1\\2", " 7 ", "79228162514264337593543950335", ".5", "5.", "1,5", "\u0663",
        "1e-40", "-3", "2.5", "1E+30", "+4", "0x10", "Infinity", "12.5\n",
    ];

    private static readonly string?[] Units =
    [
        "Gy", "mGy", "dGy", "cGy", "uGy", "Gy.m2", "Gym2", "dGy.cm2", "cGy.cm2", "mGy.cm2", "uGy.m2", "Gy.cm^2", "mGy.cm", "mGycm",
        "Gy.m", "s", "ms", "min", "{events}", "furlong", "", "GY", null,
    ];

    private static readonly string?[] SopClasses =
        [SrTree.XRayRadiationDoseSr, SrTree.EnhancedSr, SrTree.ComprehensiveSr, SrTree.RadiopharmaceuticalRadiationDoseSr, SrTree.CtImage, null, ""];

    private static readonly string?[] CharacterSets = [null, "ISO_IR 100", "ISO_IR 192", "\\ISO 2022 IR 87", "GARBAGE", "ISO 2022 IR 6\\ISO 2022 IR 999", ""];

    private static readonly SrTreeCode?[] Titles =
    [
        SrTree.XRayDoseReportTitle, new("C-10", "99SMS_RADSUM", "Radiation Summary Report"), new("18748-4", "LN", "Diagnostic Imaging Report"),
        new("113500", "DCM", "Radiopharmaceutical Radiation Dose Report"), new("", "", null), null,
    ];

    private static readonly Gen<HostileItem> Items = Gen.Recursive<HostileItem>((depth, self) =>
        Gen.Select(
            Gen.Int[0, Concepts.Length - 1],
            Gen.Int[0, Numbers.Length - 1],
            Gen.Int[0, 7],
            Gen.Int[0, Units.Length],
            Gen.Int[0, 7],
            Gen.Int[0, 3],
            depth < 5 ? self.Array[0, 4] : Gen.Const(Array.Empty<HostileItem>()))
        .Select(t => new HostileItem(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6, t.Item7)));

    public static Gen<HostileReport> Reports { get; } =
        Gen.Select(
                Gen.Int[0, SopClasses.Length - 1],
                Gen.Int[0, CharacterSets.Length - 1],
                Gen.Int[0, Titles.Length - 1],
                Gen.Frequency((6, Gen.Const(SequenceShape)), (1, Gen.Int[1, 3])),
                Items.Array[0, 8])
            .Select(t => new HostileReport(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5));

    /// <summary>The sum of the values present; null when none is or the sum does not fit a decimal.</summary>
    public static decimal? SumWherePresent(IEnumerable<decimal?> values)
    {
        decimal? total = null;
        foreach (var value in values.OfType<decimal>())
        {
            if (total is { } sum && ((value > 0 && sum > decimal.MaxValue - value) || (value < 0 && sum < decimal.MinValue - value)))
            {
                return null;
            }

            total = (total ?? 0m) + value;
        }

        return total;
    }

    public static DicomDataset Build(HostileReport report)
    {
        var root = new DicomDataset();
        if (SopClasses[report.SopClass] is { } sopClass)
        {
            root.AddOrUpdate(DicomTag.SOPClassUID, sopClass);
        }

        if (CharacterSets[report.CharacterSet] is { } characterSet)
        {
            root.AddOrUpdate(DicomVR.CS, DicomTag.SpecificCharacterSet, characterSet);
        }

        if (Titles[report.Title] is { } title)
        {
            root.AddOrUpdate(DicomTag.ConceptNameCodeSequence, SrTree.Code(title));
        }

        SetChildren(root, report.ContentShape, report.Content);
        return root;
    }

    private static DicomDataset Build(HostileItem item)
    {
        var dataset = new DicomDataset();
        dataset.AddOrUpdate(DicomTag.ValueType, "NUM");
        if (item.Concept == 1)
        {
            dataset.AddOrUpdate(new DicomSequence(DicomTag.ConceptNameCodeSequence));
        }
        else if (Concepts[item.Concept] is { } concept)
        {
            dataset.AddOrUpdate(DicomTag.ConceptNameCodeSequence, SrTree.Code(concept));
        }

        SetNumber(dataset, item);
        SetExtras(dataset, item.Extras);
        SetChildren(dataset, item.ChildrenShape, item.Children);
        return dataset;
    }

    private static void SetNumber(DicomDataset dataset, HostileItem item)
    {
        var measured = new DicomDataset();
        switch (item.NumberEncoding)
        {
            case 0:
                measured.AddOrUpdate(DicomVR.DS, DicomTag.NumericValue, Numbers[item.Number]);
                break;
            case 1:
                measured.AddOrUpdate(DicomVR.FD, DicomTag.NumericValue, 12.5, -1e300);
                break;
            case 2:
                measured.AddOrUpdate(DicomVR.LT, DicomTag.NumericValue, Numbers[item.Number]);
                break;
            case 3:
                measured.AddOrUpdate(new DicomElement(DicomTag.NumericValue, DicomVR.UN, new byte[] { 0x31, 0x32, 0x2E }));
                break;
            case 4:
                return;
            case 5:
                dataset.AddOrUpdate(new DicomSequence(DicomTag.MeasuredValueSequence));
                return;
            case 6:
                measured.AddOrUpdate(DicomTag.FloatingPointValue, item.Number % 4 switch { 0 => double.NaN, 1 => double.PositiveInfinity, 2 => 1e300, _ => 0.1 });
                break;
            default:
                dataset.AddOrUpdate(DicomVR.LT, DicomTag.MeasuredValueSequence, Numbers[item.Number]);
                return;
        }

        if (item.Unit == Units.Length)
        {
            measured.AddOrUpdate(new DicomSequence(DicomTag.MeasurementUnitsCodeSequence));
        }
        else if (Units[item.Unit] is { } unit)
        {
            measured.AddOrUpdate(DicomTag.MeasurementUnitsCodeSequence, SrTree.Code(new SrTreeCode(unit, "UCUM", null)));
        }

        dataset.AddOrUpdate(DicomTag.MeasuredValueSequence, measured);
    }

    /// <summary>Text, UID and code values, well-formed or not, whatever the item's value type says.</summary>
    private static void SetExtras(DicomDataset dataset, int extras)
    {
        if ((extras & 1) != 0)
        {
            dataset.AddOrUpdate(DicomTag.TextValue, "  protocol  ");
            dataset.AddOrUpdate(DicomTag.UID, "1.2.3");
        }
        else
        {
            dataset.AddOrUpdate(DicomVR.FD, DicomTag.TextValue, 1.0);
            dataset.AddOrUpdate(new DicomElement(DicomTag.UID, DicomVR.UN, new byte[] { 0xFF, 0x00 }));
        }

        if ((extras & 2) != 0)
        {
            dataset.AddOrUpdate(DicomTag.ConceptCodeSequence, SrTree.Code(new SrTreeCode("T-04020", "SRT", (extras & 4) != 0 ? "Right breast" : null)));
        }
        else if ((extras & 4) != 0)
        {
            dataset.AddOrUpdate(new DicomSequence(DicomTag.ConceptCodeSequence));
        }
    }

    private static void SetChildren(DicomDataset dataset, int shape, HostileItem[] children)
    {
        switch (shape)
        {
            case SequenceShape:
                dataset.AddOrUpdate(new DicomSequence(DicomTag.ContentSequence, children.Select(Build)));
                break;
            case 1:
                break;
            case 2:
                dataset.AddOrUpdate(new DicomSequence(DicomTag.ContentSequence));
                break;
            default:
                dataset.AddOrUpdate(new DicomElement(DicomTag.ContentSequence, DicomVR.UN, new byte[] { 0xFE, 0xFF, 0x00, 0xE0 }));
                break;
        }
    }
}
