using OpenRem.Dicom.IO;
using OpenRem.Testing.Peers;

namespace OpenRem.Dicom.Tests.Network.Interop;

/// <summary>The shared samples a peer holds once loaded with them, read once.</summary>
internal static class SampleCatalogue
{
    /// <summary>
    /// Malformed (a UN element of undefined length holding explicit VR items): DCMTK cannot read it, so storescu skips it
    /// and Orthanc's REST upload refuses it (see the samples' CATALOGUE.md); neither peer holds it.
    /// </summary>
    public const string RefusedByBoth = "MG-Im-Hologic-PropProj.dcm";

    /// <summary>load-dcmqrscp.sh leaves it out: its SOP Instance UID is also RF-RDSR-Siemens-Zee.dcm's, which corrupts dcmqrscp's index.</summary>
    public const string DcmqrscpSkips = "RF-RDSR-Siemens-Zee_adjusted.dcm";

    private static readonly Lazy<IReadOnlyList<SampleObject>> Loadable = new(ReadAll);

    /// <summary>What Orthanc holds once the samples are uploaded.</summary>
    public static IReadOnlyList<SampleObject> HeldByOrthanc => Loadable.Value;

    /// <summary>What dcmqrscp holds once the samples are loaded.</summary>
    public static IReadOnlyList<SampleObject> HeldByDcmqrscp => [.. Loadable.Value.Where(sample => sample.FileName != DcmqrscpSkips)];

    private static List<SampleObject> ReadAll()
    {
        var samples = new List<SampleObject>();
        foreach (var path in SharedMaterial.SampleFiles().Where(path => Path.GetFileName(path) != RefusedByBoth))
        {
            var dataset = DicomFile.Open(path, DicomReaderOptions.HeaderOnly).Dataset;
            samples.Add(new SampleObject(path, Uid(dataset, DicomTag.StudyInstanceUID), Uid(dataset, DicomTag.SeriesInstanceUID), Uid(dataset, DicomTag.SOPInstanceUID)));
        }

        return samples;
    }

    private static string Uid(DicomDataset dataset, DicomTag tag) => dataset.GetString(tag).Trim(' ', '\0');
}
