using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Tests.Support;

/// <summary>Puts responses into a query directly, as if the archive had returned them.</summary>
internal static class Seeding
{
    public static StudyResponse Seed(
        this Query query, string studyUid, IReadOnlyList<string>? modalities = null, string? description = null, string? stationName = null) =>
        query.AddStudy(Guid.Empty, new StudyMatch(studyUid, description, stationName, modalities));

    public static SeriesResponse Seed(this StudyResponse study, SeriesMatch series) => study.AddSeries(Guid.Empty, series);

    public static SeriesResponse Seed(
        this StudyResponse study, string seriesUid, string modality, int? number = null, string? description = null, int? instances = null, string? stationName = null) =>
        study.AddSeries(Guid.Empty, new SeriesMatch(seriesUid, modality, number, description, instances, stationName));

    public static ImageResponse Seed(this SeriesResponse series, string sopInstanceUid, string? sopClassUid, int? instanceNumber = 1) =>
        series.AddImage(Guid.Empty, new ImageMatch(sopInstanceUid, sopClassUid, instanceNumber));

    /// <summary>Gives the study the modality of each of its series, as after the series query.</summary>
    public static StudyResponse WithSeriesModalities(this StudyResponse study)
    {
        study.AddSeriesModalities();
        return study;
    }
}
