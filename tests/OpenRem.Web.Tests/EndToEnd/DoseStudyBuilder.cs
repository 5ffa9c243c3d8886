using OpenRem.Dicom;
using OpenRem.Testing.Peers;

namespace OpenRem.Web.Tests.EndToEnd;

/// <summary>
/// Builds realistic studies from the shared samples: copies of sample objects put together into one study, each
/// copy with new study, series and SOP instance UIDs and the study date given, so that the studies exist only in
/// the archive the test loads. Returns the new SOP instance UID of each copy.
/// </summary>
internal sealed class DoseStudyBuilder(string directory, string studyDate)
{
    private readonly string _studyUid = DicomUID.Generate().UID;
    private readonly Dictionary<string, string> _seriesUids = new(StringComparer.Ordinal);
    private readonly List<string> _added = [];

    /// <summary>The SOP instance UIDs of every copy added.</summary>
    public IReadOnlyList<string> Added => _added;

    /// <summary>Adds a copy of <paramref name="sample"/> to the study, in the series named <paramref name="series"/>, optionally with another modality.</summary>
    public string Add(string sample, string series, string? modality = null)
    {
        var file = DicomFile.Open(SharedMaterial.Sample(sample));
        if (!_seriesUids.TryGetValue(series, out var seriesUid))
        {
            seriesUid = DicomUID.Generate().UID;
            _seriesUids[series] = seriesUid;
        }

        var sopInstanceUid = DicomUID.Generate().UID;
        var dataset = file.Dataset;
        dataset.AddOrUpdate(DicomTag.StudyInstanceUID, _studyUid);
        dataset.AddOrUpdate(DicomTag.SeriesInstanceUID, seriesUid);
        dataset.AddOrUpdate(DicomTag.SOPInstanceUID, sopInstanceUid);
        dataset.AddOrUpdate(DicomTag.StudyDate, studyDate);
        if (modality is not null)
        {
            dataset.AddOrUpdate(DicomTag.Modality, modality);
        }

        file.FileMetaInfo.MediaStorageSOPInstanceUID = sopInstanceUid;
        Directory.CreateDirectory(directory);
        file.Save(Path.Combine(directory, sopInstanceUid + ".dcm"));
        _added.Add(sopInstanceUid);
        return sopInstanceUid;
    }
}
