using System.Globalization;
using OpenRem.Dicom;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Infrastructure.Archive;
using OpenRem.Testing.Peers;
using FindRequest = OpenRem.Domain.Ports.Archive.FindRequest;
using FindscuRequest = OpenRem.Testing.Peers.FindRequest;

namespace OpenRem.Infrastructure.Tests.Archive;

/// <summary>
/// DCMTK's findscu as the reference client: the same identifier as a Domain request (level and keys, by tag number),
/// each response identifier written to a file and read back with OpenRem.Dicom.
/// </summary>
internal static class FindscuReference
{
    private const string Absent = "<absent>";

    public static async Task<IReadOnlyList<DicomDataset>> FindAsync(DicomEndpoint peer, FindRequest request, CancellationToken cancellationToken)
    {
        var keys = new List<string> { "QueryRetrieveLevel=" + request.Level.ToString().ToUpperInvariant() };
        keys.AddRange(request.Keys.Select(key =>
        {
            var tag = FindKeywordTags.Of(key.Keyword);
            return string.Create(CultureInfo.InvariantCulture, $"{tag.Group:X4},{tag.Element:X4}={key.Value}");
        }));
        var folder = Path.Combine(Path.GetTempPath(), $"openrem-findscu-{Guid.NewGuid():N}");
        try
        {
            var result = await DcmtkClientTools.FindAsync(new FindscuRequest(peer, keys, folder) { CallingAeTitle = ArchiveNodes.CallingAeTitle }, cancellationToken);
            Assert.True(result.Succeeded, $"findscu ended with {result.FinalStatus}: {result.Log}");
            return [.. result.ResponseFiles.Select(path => DicomFile.Open(path).Dataset)];
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>The study keys of a response identifier, as text, "&lt;absent&gt;" for a key left out.</summary>
    public static string DescribeStudy(DicomDataset identifier) => string.Join(
        " | ",
        Raw(identifier, DicomTag.StudyInstanceUID),
        Raw(identifier, DicomTag.StudyDescription),
        Raw(identifier, DicomTag.StationName),
        Raw(identifier, DicomTag.ModalitiesInStudy),
        Raw(identifier, DicomTag.Modality),
        Raw(identifier, DicomTag.NumberOfStudyRelatedSeries));

    /// <summary>The same keys of a match.</summary>
    public static string DescribeStudy(StudyMatch match) => string.Join(
        " | ",
        match.StudyInstanceUid,
        match.StudyDescription ?? Absent,
        match.StationName ?? Absent,
        match.ModalitiesInStudy is { } modalities ? string.Join('\\', modalities) : Absent,
        match.Modality ?? Absent,
        match.NumberOfStudyRelatedSeries?.ToString(CultureInfo.InvariantCulture) ?? Absent);

    private static string Raw(DicomDataset identifier, DicomTag tag) => identifier.TryGetString(tag, out var value) ? value : Absent;
}
