using OpenRem.Domain.Modalities;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;

namespace OpenRem.Web.Cli.Qr;

/// <summary>Reads a <see cref="QrSummary"/> off a query whose run has ended.</summary>
internal static class QrSummaryBuilder
{
    public static QrSummary From(Query query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new QrSummary
        {
            QueryId = query.Id,
            RemoteNode = query.RemoteNodeName,
            StoreNode = query.StoreNodeName,
            Dates = query.Parameters.DateKeys.Text,
            Modalities = query.Parameters.Modalities.ToString(),
            MoveRequested = query.Parameters.MoveWhenFound,
            State = query.State,
            Error = query.Error,
            FindSummary = query.FindSummary,
            MoveSummary = query.MoveSummary,
            RemoteErrors = [.. query.RemoteErrors],
            Find = Find(query.FindCounts),
            Move = query.MoveStartedAt is null ? null : Move(query.MoveCounts),
            KeptStudies = [.. query.Studies.Where(study => study.IsKept).Select(Kept)],
            DroppedStudies = [.. query.Studies.Where(study => !study.IsKept).Select(Dropped)],
            CreatedAt = query.CreatedAt,
            FindStartedAt = query.FindStartedAt,
            FindEndedAt = query.FindEndedAt,
            MoveStartedAt = query.MoveStartedAt,
            MoveEndedAt = query.MoveEndedAt,
        };
    }

    private static QrFindCounts Find(FindCounts counts) => new()
    {
        StudyRequests = counts.StudyRequests,
        StudyResponses = counts.StudyMatches,
        InResponseDuplicatesRemoved = counts.InResponseDuplicates,
        SrOnlyRemoved = counts.SrOnlyRemoved,
        StudyDescriptionIncludeRemoved = counts.StudyDescriptionIncludeRemoved,
        StudyDescriptionExcludeRemoved = counts.StudyDescriptionExcludeRemoved,
        StationNameIncludeRemoved = counts.StationNameIncludeRemoved,
        StationNameExcludeRemoved = counts.StationNameExcludeRemoved,
        SeriesRequests = counts.SeriesRequests,
        SeriesResponses = counts.SeriesMatches,
        GroupCopies = counts.GroupCopies,
        UnwantedModalitiesRemoved = counts.UnwantedModalitiesRemoved,
        ImageRequests = counts.ImageRequests,
        ImageResponses = counts.ImageMatches,
        SeriesRulesRemoved = counts.SeriesRulesRemoved,
        FluoroscopyWithoutDoseReport = counts.FluoroscopyWithoutReport,
        CtWithoutUsableData = counts.CtWithoutUsableData,
        SrOnlyWithoutDoseReport = counts.SrOnlyWithoutReport,
        CtWithDoseReport = counts.CtWithDoseReport,
        CtWithPhilipsDoseInfo = counts.CtWithPhilipsDoseInfo,
        CtPreparedForToshiba = counts.CtPreparedForToshiba,
        CtMaybePhilips = counts.CtMaybePhilips,
        AlreadyImportedRemoved = counts.AlreadyImportedRemoved,
        StudiesKept = counts.StudiesKept,
        SeriesKept = counts.SeriesKept,
    };

    private static QrMoveCounts Move(MoveCounts counts) => new()
    {
        StudiesPlanned = counts.StudiesPlanned,
        SeriesPlanned = counts.SeriesPlanned,
        RequestsPlanned = counts.RequestsPlanned,
        RequestsDone = counts.RequestsDone,
        SeriesCompleted = counts.SeriesCompleted,
        SeriesWithWarnings = counts.SeriesWithWarnings,
        SeriesFailed = counts.SeriesFailed,
        SeriesNotAttempted = counts.SeriesNotAttempted,
        SubOperations = counts.SubOperations,
        ObjectsExpected = counts.ObjectsExpected,
        ObjectsArrived = counts.ObjectsArrived,
        ObjectsImported = counts.ObjectsImported,
    };

    private static QrKeptStudy Kept(StudyResponse study) => new()
    {
        StudyInstanceUid = study.StudyInstanceUid,
        Group = Group(study),
        Modalities = [.. study.ModalitiesInStudy],
        Series = [.. study.KeptSeries.Select(Kept)],
        SeriesDropped = study.Series.Count(series => !series.IsKept),
    };

    private static QrKeptSeries Kept(SeriesResponse series) => new()
    {
        SeriesInstanceUid = series.SeriesInstanceUid,
        Modality = series.Modality,
        SeriesNumber = series.SeriesNumber,
        ImagesRetrievedIndividually = series.MoveImagesIndividually ? series.KeptImages.Count() : null,
        Retrieval = series.Retrieval.Status,
        SubOperations = series.Retrieval.Counts,
        Attempts = series.Retrieval.Attempts,
        ObjectsExpected = series.ObjectsExpected,
        ObjectsArrived = series.ObjectsArrived,
        ObjectsImported = series.ObjectsImported,
        Problem = series.Retrieval.Problem,
    };

    private static QrDroppedStudy Dropped(StudyResponse study) => new()
    {
        StudyInstanceUid = study.StudyInstanceUid,
        Group = Group(study),
        Modalities = [.. study.ModalitiesInStudy],
        ReasonCode = study.DropReason!.Code,
        Reason = study.DropReason.Text,
    };

    private static string? Group(StudyResponse study) => study.Group is { } group ? ModalityGroups.ShortCode(group) : null;
}
