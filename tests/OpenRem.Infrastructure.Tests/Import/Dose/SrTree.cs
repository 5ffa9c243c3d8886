using OpenRem.Dicom;

namespace OpenRem.Infrastructure.Tests.Import.Dose;

/// <summary>Builds structured report content trees for the reader's tests: reports, containers, NUM, CODE, TEXT and UIDREF items.</summary>
internal static class SrTree
{
    public const string XRayRadiationDoseSr = "1.2.840.10008.5.1.4.1.1.88.67";
    public const string EnhancedSr = "1.2.840.10008.5.1.4.1.1.88.22";
    public const string ComprehensiveSr = "1.2.840.10008.5.1.4.1.1.88.33";
    public const string RadiopharmaceuticalRadiationDoseSr = "1.2.840.10008.5.1.4.1.1.88.68";
    public const string CtImage = "1.2.840.10008.5.1.4.1.1.2";

    public static readonly SrTreeCode XRayDoseReportTitle = new("113701", "DCM", "X-Ray Radiation Dose Report");

    /// <summary>An X-Ray Radiation Dose SR titled X-Ray Radiation Dose Report.</summary>
    public static DicomDataset DoseReport(params DicomDataset[] content) => Report(XRayRadiationDoseSr, XRayDoseReportTitle, content);

    /// <summary>A report root: SOP class and title when given, then its content.</summary>
    public static DicomDataset Report(string? sopClass, SrTreeCode? title, params DicomDataset[] content)
    {
        var report = new DicomDataset();
        if (sopClass is not null)
        {
            report.AddOrUpdate(DicomTag.SOPClassUID, sopClass);
        }

        report.AddOrUpdate(DicomTag.ValueType, "CONTAINER");
        if (title is not null)
        {
            report.AddOrUpdate(DicomTag.ConceptNameCodeSequence, Code(title));
        }

        return report.WithChildren(content);
    }

    /// <summary>A CONTAINER with a DCM concept name.</summary>
    public static DicomDataset Container(string dcmCode, params DicomDataset[] children) =>
        Item("CONTAINER", new SrTreeCode(dcmCode, "DCM", null)).WithChildren(children);

    /// <summary>A NUM item: no Measured Value Sequence when <paramref name="value"/> is null, no units when <paramref name="unit"/> is null.</summary>
    public static DicomDataset Num(string dcmCode, string? value, string? unit) => Num(new SrTreeCode(dcmCode, "DCM", null), value, unit);

    public static DicomDataset Num(SrTreeCode concept, string? value, string? unit)
    {
        var item = Item("NUM", concept);
        if (value is not null)
        {
            var measured = new DicomDataset();
            measured.AddOrUpdate(DicomTag.NumericValue, value);
            if (unit is not null)
            {
                measured.AddOrUpdate(DicomTag.MeasurementUnitsCodeSequence, Code(new SrTreeCode(unit, "UCUM", unit)));
            }

            item.AddOrUpdate(DicomTag.MeasuredValueSequence, measured);
        }

        return item;
    }

    /// <summary>A CODE item: concept name and value.</summary>
    public static DicomDataset CodeItem(SrTreeCode concept, SrTreeCode value, string relationship = "CONTAINS")
    {
        var item = Item("CODE", concept, relationship);
        item.AddOrUpdate(DicomTag.ConceptCodeSequence, Code(value));
        return item;
    }

    /// <summary>The Acquisition Plane modifier of an accumulated dose container.</summary>
    public static DicomDataset Plane(string meaning) =>
        CodeItem(new("113764", "DCM", "Acquisition Plane"), new("113622", "DCM", meaning), "HAS CONCEPT MOD");

    /// <summary>The Laterality modifier of an accumulated glandular dose.</summary>
    public static DicomDataset Laterality(string meaning) =>
        CodeItem(new("G-C171", "SRT", "Laterality"), new("T-04000", "SRT", meaning), "HAS CONCEPT MOD");

    public static DicomDataset Text(string dcmCode, string text)
    {
        var item = Item("TEXT", new SrTreeCode(dcmCode, "DCM", null));
        item.AddOrUpdate(DicomTag.TextValue, text);
        return item;
    }

    public static DicomDataset UidRef(string dcmCode, string uid)
    {
        var item = Item("UIDREF", new SrTreeCode(dcmCode, "DCM", null));
        item.AddOrUpdate(DicomTag.UID, uid);
        return item;
    }

    /// <summary>An item of a code sequence.</summary>
    public static DicomDataset Code(SrTreeCode code)
    {
        var item = new DicomDataset();
        item.AddOrUpdate(DicomTag.CodeValue, code.Value);
        item.AddOrUpdate(DicomTag.CodingSchemeDesignator, code.Scheme);
        if (code.Meaning is not null)
        {
            item.AddOrUpdate(DicomTag.CodeMeaning, code.Meaning);
        }

        return item;
    }

    /// <summary>Sets the Content Sequence (left out when there are no children).</summary>
    public static DicomDataset WithChildren(this DicomDataset item, params DicomDataset[] children)
    {
        if (children.Length > 0)
        {
            item.AddOrUpdate(new DicomSequence(DicomTag.ContentSequence, children));
        }

        return item;
    }

    private static DicomDataset Item(string valueType, SrTreeCode concept, string relationship = "CONTAINS")
    {
        var item = new DicomDataset();
        item.AddOrUpdate(DicomTag.RelationshipType, relationship);
        item.AddOrUpdate(DicomTag.ValueType, valueType);
        item.AddOrUpdate(DicomTag.ConceptNameCodeSequence, Code(concept));
        return item;
    }
}
