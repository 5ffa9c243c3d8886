using System.Globalization;
using OpenRem.Dicom;
using OpenRem.Dicom.IO;
using OpenRem.Testing.Peers;

namespace OpenRem.Infrastructure.Tests.Archive;

/// <summary>
/// The shared samples as the peers hold them, read from the files themselves: the expected answers of the tests come
/// from here. What the peers do not take is left out, as ../shared/peers/README.md says: MG-Im-Hologic-PropProj.dcm is
/// malformed and refused by both; load-dcmqrscp.sh skips RF-RDSR-Siemens-Zee_adjusted.dcm (its SOP instance UID is also
/// in RF-RDSR-Siemens-Zee.dcm), which Orthanc takes.
/// </summary>
internal static class SampleLibrary
{
    public const string MalformedFile = "MG-Im-Hologic-PropProj.dcm";
    public const string SkippedByDcmqrscp = "RF-RDSR-Siemens-Zee_adjusted.dcm";

    private static readonly Lazy<IReadOnlyList<SampleObject>> All = new(ReadAll);

    /// <summary>Every readable sample the peers accept (the malformed one left out).</summary>
    public static IReadOnlyList<SampleObject> Objects => All.Value;

    /// <summary>The samples Orthanc holds.</summary>
    public static IReadOnlyList<SampleObject> InOrthanc => Objects;

    /// <summary>The samples dcmqrscp holds.</summary>
    public static IReadOnlyList<SampleObject> InDcmqrscp => [.. Objects.Where(sample => sample.FileName != SkippedByDcmqrscp)];

    public static SampleObject File(string fileName) =>
        Objects.SingleOrDefault(sample => sample.FileName == fileName)
        ?? throw new InvalidOperationException($"The shared sample {fileName} is missing or was not read.");

    /// <summary>The objects of one study, from the given holdings.</summary>
    public static IReadOnlyList<SampleObject> OfStudy(IEnumerable<SampleObject> holdings, string studyInstanceUid) =>
        [.. holdings.Where(sample => sample.StudyInstanceUid == studyInstanceUid)];

    private static List<SampleObject> ReadAll() =>
        [.. SharedMaterial.SampleFiles()
            .Where(path => Path.GetFileName(path) != MalformedFile)
            .Select(Read)];

    private static SampleObject Read(string path)
    {
        var dataset = DicomFile.Open(path, DicomReaderOptions.HeaderOnly).Dataset;
        return new SampleObject(
            Path.GetFileName(path),
            Text(dataset, DicomTag.PatientID) ?? string.Empty,
            dataset.GetString(DicomTag.StudyInstanceUID),
            dataset.GetString(DicomTag.SeriesInstanceUID),
            dataset.GetString(DicomTag.SOPInstanceUID),
            dataset.GetString(DicomTag.SOPClassUID),
            dataset.GetString(DicomTag.Modality),
            Integer(dataset, DicomTag.SeriesNumber),
            Integer(dataset, DicomTag.InstanceNumber),
            Text(dataset, DicomTag.StudyDate),
            Text(dataset, DicomTag.StudyDescription),
            Text(dataset, DicomTag.SeriesDescription),
            Text(dataset, DicomTag.StationName));
    }

    private static string? Text(DicomDataset dataset, DicomTag tag) =>
        dataset.TryGetString(tag, out var value) && value.Length > 0 ? value : null;

    private static int? Integer(DicomDataset dataset, DicomTag tag) =>
        int.TryParse(Text(dataset, tag), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
}
