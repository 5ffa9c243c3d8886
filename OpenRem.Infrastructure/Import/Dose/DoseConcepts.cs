namespace OpenRem.Infrastructure.Import.Dose;

/// <summary>
/// The concepts of the X-ray radiation dose templates (PS3.16 TID 10001 Projection X-Ray Radiation Dose, 10002
/// Accumulated X-Ray Dose, 10004/10007 accumulated projection and total dose, 10005 Accumulated Mammography X-Ray
/// Dose, 10011 CT Radiation Dose, 10012 CT Accumulated Dose Data, 10013 CT Irradiation Event Data) that the dose
/// summary reads, and the private codes of Siemens' radiation summary report.
/// </summary>
internal static class DoseConcepts
{
    /// <summary>The root title of both X-ray dose templates (TID 10001 and 10011).</summary>
    public static readonly SrConcept XRayRadiationDoseReport = SrConcept.Dcm("113701");

    /// <summary>TID 10012: the CT accumulated dose container, a child of the root.</summary>
    public static readonly SrConcept CtAccumulatedDoseData = SrConcept.Dcm("113811");

    public static readonly SrConcept TotalNumberOfIrradiationEvents = SrConcept.Dcm("113812");

    public static readonly SrConcept CtDoseLengthProductTotal = SrConcept.Dcm("113813");

    /// <summary>TID 10013: one CT irradiation event, a child of the root.</summary>
    public static readonly SrConcept CtAcquisition = SrConcept.Dcm("113819");

    public static readonly SrConcept AcquisitionProtocol = SrConcept.Dcm("125203");

    public static readonly SrConcept IrradiationEventUid = SrConcept.Dcm("113769");

    /// <summary>TID 10013: the container of an event's CTDIvol and DLP.</summary>
    public static readonly SrConcept CtDose = SrConcept.Dcm("113829");

    public static readonly SrConcept MeanCtdiVol = SrConcept.Dcm("113830");

    public static readonly SrConcept Dlp = SrConcept.Dcm("113838");

    /// <summary>TID 10002: one accumulated dose container per acquisition plane, a child of the root.</summary>
    public static readonly SrConcept AccumulatedXRayDoseData = SrConcept.Dcm("113702");

    /// <summary>TID 10002: the concept modifier naming the plane (Single Plane, Plane A, Plane B).</summary>
    public static readonly SrConcept AcquisitionPlane = SrConcept.Dcm("113764");

    public static readonly SrConcept DoseAreaProductTotal = SrConcept.Dcm("113722");

    public static readonly SrConcept FluoroDoseAreaProductTotal = SrConcept.Dcm("113726");

    public static readonly SrConcept AcquisitionDoseAreaProductTotal = SrConcept.Dcm("113727");

    public static readonly SrConcept TotalFluoroTime = SrConcept.Dcm("113730");

    public static readonly SrConcept TotalAcquisitionTime = SrConcept.Dcm("113855");

    public static readonly SrConcept DoseRpTotal = SrConcept.Dcm("113725");

    /// <summary>TID 10003: one projection irradiation event, a child of the root.</summary>
    public static readonly SrConcept IrradiationEventXRayData = SrConcept.Dcm("113706");

    /// <summary>TID 10005: one per breast (or one for both), in the accumulated dose container.</summary>
    public static readonly SrConcept AccumulatedAverageGlandularDose = SrConcept.Dcm("111637");

    /// <summary>The laterality modifier of an accumulated glandular dose, in SNOMED-RT (older reports) and SNOMED CT.</summary>
    public static readonly IReadOnlyList<SrConcept> Laterality = [new("G-C171", "SRT"), new("272741003", "SCT")];

    /// <summary>Siemens' radiation summary report (Enhanced SR, e.g. ARCADIS): its title.</summary>
    public static readonly SrConcept SiemensRadiationSummaryReport = new("C-10", SiemensRadiationSummaryScheme);

    public static readonly SrConcept SiemensCumulativeFluoroTime = new("C-202", SiemensRadiationSummaryScheme);

    public static readonly SrConcept SiemensCumulativeDoseAreaProduct = new("C-204", SiemensRadiationSummaryScheme);

    public static readonly SrConcept SiemensCumulativeAirKerma = new("C-210", SiemensRadiationSummaryScheme);

    private const string SiemensRadiationSummaryScheme = "99SMS_RADSUM";
}
