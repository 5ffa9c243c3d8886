namespace OpenRem.Web.Tests.EndToEnd;

/// <summary>
/// A day of realistic studies made from the shared samples, and, per modality flag of <c>qr</c>, the objects the
/// reference's rules select from them: a dose report wins over images and dose-info captures, images are taken
/// when there is no report (mammography, radiography), fluoroscopy without a report is dropped, nuclear medicine
/// takes its radiopharmaceutical report or else the first image of its first NM series, SR only takes studies
/// that hold nothing but SR.
/// </summary>
internal sealed class DoseStudies
{
    public const string StudyDate = "20240105";

    public const string QrDate = "2024-01-05";

    private DoseStudies(string directory)
    {
        Directory = directory;
        var groupOf = new Dictionary<string, string>(StringComparer.Ordinal);
        void Study(string group, Action<DoseStudyBuilder> build)
        {
            var builder = new DoseStudyBuilder(directory, StudyDate);
            build(builder);
            foreach (var uid in builder.Added)
            {
                groupOf[uid] = group;
            }
        }

        var expected = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> For(string flag) => expected.TryGetValue(flag, out var set) ? set : expected[flag] = new HashSet<string>(StringComparer.Ordinal);

        // CT with an RDSR beside a Philips dose-info capture: only the RDSR.
        Study("-ct", study =>
        {
            study.Add("CT-SC-Philips_Brilliance16P.dcm", "dose info");
            For("-ct").Add(study.Add("CT-RDSR-GEPixelMed.dcm", "report"));
        });

        // CT with only the dose-info capture: the capture.
        Study("-ct", study => For("-ct").Add(study.Add("CT-SC-Philips_Brilliance16P.dcm", "dose info")));

        // Mammography images without a report: every image.
        Study("-mg", study =>
        {
            For("-mg").Add(study.Add("MG-Im-GE_Seno_1_ForPresentation.dcm", "1"));
            For("-mg").Add(study.Add("MG-Im-GE_Seno_1_ForProcessing.dcm", "2"));
            For("-mg").Add(study.Add("MG-Im-GE_Seno_2_ForPresentation.dcm", "3"));
        });

        // Mammography with an RDSR: the RDSR only.
        Study("-mg", study =>
        {
            study.Add("MG-Im-GE_Seno_1_ForPresentation.dcm", "images");
            For("-mg").Add(study.Add("MG-RDSR-Hologic_2D.dcm", "report"));
        });

        // Radiography images without a report: every image.
        Study("-dx", study =>
        {
            For("-dx").Add(study.Add("DX-Im-GE_XR220-1.dcm", "images"));
            For("-dx").Add(study.Add("DX-Im-GE_XR220-2.dcm", "images"));
            For("-dx").Add(study.Add("DX-Im-GE_XR220-3.dcm", "images"));
        });

        // Radiography with an RDSR: the RDSR only.
        Study("-dx", study =>
        {
            study.Add("DX-Im-DRGEM.dcm", "images");
            For("-dx").Add(study.Add("DX-RDSR-Canon_CXDI.dcm", "report"));
        });

        // Fluoroscopy with an RDSR: the RDSR only; fluoroscopy without a report: nothing.
        Study("-fl", study =>
        {
            study.Add("DX-Im-DRGEM.dcm", "images", modality: "RF");
            For("-fl").Add(study.Add("RF-RDSR-GE.dcm", "report"));
        });
        Study("-fl", study => study.Add("DX-Im-DRGEM.dcm", "images", modality: "XA"));

        // Nuclear medicine with an RRDSR: the RRDSR only; with NM images alone: the first image of the first series.
        Study("-nm", study =>
        {
            study.Add("NM-NmIm-Siemens.dcm", "images");
            For("-nm").Add(study.Add("NM-RRDSR-Siemens-Extended.dcm", "report"));
        });
        Study("-nm", study => For("-nm").Add(study.Add("NM-NmIm-Siemens.dcm", "images")));

        // A study of dose reports alone: what SR only retrieves (every other study holds images too).
        Study("-sr", study =>
        {
            For("-sr").Add(study.Add("CT-RDSR-Siemens-Multi-1.dcm", "1"));
            For("-sr").Add(study.Add("CT-RDSR-Siemens-Multi-2.dcm", "2"));
            For("-sr").Add(study.Add("CT-RDSR-Siemens-Multi-3.dcm", "3"));
        });

        Expected = expected.ToDictionary(pair => pair.Key, pair => (IReadOnlySet<string>)pair.Value, StringComparer.Ordinal);
        GroupOf = groupOf;
        Files = System.IO.Directory.GetFiles(directory, "*.dcm");
    }

    public string Directory { get; }

    public IReadOnlyList<string> Files { get; }

    /// <summary>The SOP instance UIDs each modality flag must retrieve.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Expected { get; }

    /// <summary>The modality flag whose query the study of each object belongs to.</summary>
    public IReadOnlyDictionary<string, string> GroupOf { get; }

    public static DoseStudies WriteTo(string directory) => new(directory);
}
