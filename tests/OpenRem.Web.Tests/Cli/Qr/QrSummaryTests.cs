using System.Text.Json;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;
using OpenRem.Web.Cli.Qr;

namespace OpenRem.Web.Tests.Cli.Qr;

public sealed class QrSummaryTests
{
    private const string StudyA = "1.2.826.0.1.3680043.10.1.1";
    private const string StudyB = "1.2.826.0.1.3680043.10.1.2";
    private const string MgSeries = "1.2.826.0.1.3680043.10.1.1.11";
    private const string SrSeries = "1.2.826.0.1.3680043.10.1.1.12";
    private const string Rdsr = "1.2.840.10008.5.1.4.1.1.88.67";

    private readonly QrTestBed _bed = new();

    public QrSummaryTests()
    {
        // Study A: mammography images and an RDSR, sent twice. Study B: a knee study the exclude filter drops.
        _bed.Archive
            .WithStudies(
                "MG",
                new StudyMatch(StudyA, "Screening", ModalitiesInStudy: ["MG", "SR"]),
                new StudyMatch(StudyA, "Screening", ModalitiesInStudy: ["MG", "SR"]),
                new StudyMatch(StudyB, "Knee", ModalitiesInStudy: ["MG"]))
            .WithSeries(StudyA, new SeriesMatch(MgSeries, "MG", 1, null, 4), new SeriesMatch(SrSeries, "SR", 2, null, 1))
            .WithImages(SrSeries, new ImageMatch(SrSeries + ".1", Rdsr, 1))
            .WithMoveResponses(SrSeries, new MoveResponse(0xFF00, 0, 1, 0, 0), new MoveResponse(0x0000, 0, 1, 0, 0));
    }

    [Fact]
    public async Task The_json_summary_has_stable_camel_case_properties_in_a_fixed_order()
    {
        var json = QrSummaryJsonWriter.Serialize(QrSummaryBuilder.From(await _bed.RunQueryAsync(Request())));

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(
            [
                "queryId", "remoteNode", "storeNode", "dates", "modalities", "moveRequested", "state", "error", "findSummary",
                "moveSummary", "remoteErrors", "find", "move", "keptStudies", "droppedStudies", "createdAt", "findStartedAt",
                "findEndedAt", "moveStartedAt", "moveEndedAt",
            ],
            root.EnumerateObject().Select(property => property.Name));
        Assert.Equal(
            [
                "studyRequests", "studyResponses", "inResponseDuplicatesRemoved", "srOnlyRemoved", "studyDescriptionIncludeRemoved",
                "studyDescriptionExcludeRemoved", "stationNameIncludeRemoved", "stationNameExcludeRemoved", "seriesRequests",
                "seriesResponses", "groupCopies", "unwantedModalitiesRemoved", "imageRequests", "imageResponses", "seriesRulesRemoved",
                "fluoroscopyWithoutDoseReport", "ctWithoutUsableData", "srOnlyWithoutDoseReport", "ctWithDoseReport",
                "ctWithPhilipsDoseInfo", "ctPreparedForToshiba", "ctMaybePhilips", "alreadyImportedRemoved", "studiesKept", "seriesKept",
            ],
            root.GetProperty("find").EnumerateObject().Select(property => property.Name));
        Assert.Equal(
            [
                "studiesPlanned", "seriesPlanned", "requestsPlanned", "requestsDone", "seriesCompleted", "seriesWithWarnings",
                "seriesFailed", "seriesNotAttempted", "subOperations", "objectsExpected", "objectsArrived", "objectsImported",
            ],
            root.GetProperty("move").EnumerateObject().Select(property => property.Name));
        Assert.DoesNotContain('\n', json);
    }

    [Fact]
    public async Task The_json_summary_of_a_query_that_retrieved_what_it_kept()
    {
        var query = await _bed.RunQueryAsync(Request());

        using var document = JsonDocument.Parse(QrSummaryJsonWriter.Serialize(QrSummaryBuilder.From(query)));
        var root = document.RootElement;
        Assert.Equal(query.Id, root.GetProperty("queryId").GetGuid());
        Assert.Equal("pacs", root.GetProperty("remoteNode").GetString());
        Assert.Equal("store", root.GetProperty("storeNode").GetString());
        Assert.Equal("20240301-20240315", root.GetProperty("dates").GetString());
        Assert.Equal("MG", root.GetProperty("modalities").GetString());
        Assert.True(root.GetProperty("moveRequested").GetBoolean());
        Assert.Equal("Done", root.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("error").ValueKind);
        Assert.StartsWith("Query complete.", root.GetProperty("findSummary").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Move complete.", root.GetProperty("moveSummary").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, root.GetProperty("remoteErrors").GetArrayLength());
        Assert.Equal(new DateTimeOffset(2024, 3, 15, 10, 0, 0, TimeSpan.Zero), root.GetProperty("createdAt").GetDateTimeOffset());

        var find = root.GetProperty("find");
        Assert.Equal(1, find.GetProperty("studyRequests").GetInt32());
        Assert.Equal(3, find.GetProperty("studyResponses").GetInt32());
        Assert.Equal(1, find.GetProperty("inResponseDuplicatesRemoved").GetInt32());
        Assert.Equal(1, find.GetProperty("studyDescriptionExcludeRemoved").GetInt32());
        Assert.Equal(0, find.GetProperty("studyDescriptionIncludeRemoved").GetInt32());
        Assert.Equal(1, find.GetProperty("seriesRequests").GetInt32());
        Assert.Equal(2, find.GetProperty("seriesResponses").GetInt32());
        Assert.Equal(1, find.GetProperty("imageResponses").GetInt32());
        Assert.Equal(1, find.GetProperty("studiesKept").GetInt32());
        Assert.Equal(1, find.GetProperty("seriesKept").GetInt32());

        var move = root.GetProperty("move");
        Assert.Equal(1, move.GetProperty("studiesPlanned").GetInt32());
        Assert.Equal(1, move.GetProperty("seriesPlanned").GetInt32());
        Assert.Equal(1, move.GetProperty("requestsDone").GetInt32());
        Assert.Equal(1, move.GetProperty("seriesCompleted").GetInt32());
        Assert.Equal(0, move.GetProperty("seriesFailed").GetInt32());
        Assert.Equal("""{"completed":1,"failed":0,"warning":0}""", move.GetProperty("subOperations").GetRawText());

        var kept = Assert.Single(root.GetProperty("keptStudies").EnumerateArray().ToList());
        Assert.Equal(StudyA, kept.GetProperty("studyInstanceUid").GetString());
        Assert.Equal("MG", kept.GetProperty("group").GetString());
        Assert.Equal(["MG", "SR"], kept.GetProperty("modalities").EnumerateArray().Select(each => each.GetString()));
        Assert.Equal(1, kept.GetProperty("seriesDropped").GetInt32());
        var series = Assert.Single(kept.GetProperty("series").EnumerateArray().ToList());
        Assert.Equal(
            $$"""{"seriesInstanceUid":"{{SrSeries}}","modality":"SR","seriesNumber":2,"imagesRetrievedIndividually":null,"retrieval":"Completed","subOperations":{"completed":1,"failed":0,"warning":0},"attempts":1,"objectsExpected":null,"objectsArrived":null,"objectsImported":null,"problem":null}""",
            series.GetRawText());

        var dropped = root.GetProperty("droppedStudies").EnumerateArray().ToList();
        Assert.Equal(2, dropped.Count);
        Assert.Equal(StudyA, dropped[0].GetProperty("studyInstanceUid").GetString());
        Assert.Equal("SentTwice", dropped[0].GetProperty("reasonCode").GetString());
        Assert.Equal("Somehow this study was sent twice", dropped[0].GetProperty("reason").GetString());
        Assert.Equal(StudyB, dropped[1].GetProperty("studyInstanceUid").GetString());
        Assert.Equal("FilterMatched", dropped[1].GetProperty("reasonCode").GetString());
        Assert.Equal("Filter study_description exclude active and matched here", dropped[1].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_query_only_run_has_no_move_in_its_summary()
    {
        var query = await _bed.RunQueryAsync(Request() with { MoveWhenFound = false });

        using var document = JsonDocument.Parse(QrSummaryJsonWriter.Serialize(QrSummaryBuilder.From(query)));
        var root = document.RootElement;
        Assert.Equal("Filtered", root.GetProperty("state").GetString());
        Assert.False(root.GetProperty("moveRequested").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("move").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("moveSummary").ValueKind);
        var series = root.GetProperty("keptStudies")[0].GetProperty("series")[0];
        Assert.Equal("NotRequested", series.GetProperty("retrieval").GetString());
        Assert.Empty(_bed.Archive.MoveRequests);
    }

    [Fact]
    public async Task A_failed_move_gives_the_failed_state_the_error_and_the_series_problem()
    {
        _bed.Archive.WithMoveResponses(SrSeries, new MoveResponse(0xA701, 0, 0, 1, 0));

        var summary = QrSummaryBuilder.From(await _bed.RunQueryAsync(Request()));

        Assert.Equal(QueryState.Failed, summary.State);
        Assert.Equal("1 of 1 series could not be retrieved.", summary.Error);
        Assert.Equal(1, summary.Move!.SeriesFailed);
        var series = Assert.Single(Assert.Single(summary.KeptStudies).Series);
        Assert.Equal(OpenRem.Domain.Responses.RetrievalStatus.Failed, series.Retrieval);
        Assert.Equal(2, series.Attempts);
        Assert.NotNull(series.Problem);
    }

    [Fact]
    public async Task A_find_that_could_not_reach_the_archive_gives_the_failed_state_and_its_reason()
    {
        _bed.Archive.StudyQueryFailure = new ArchiveFailure(ArchiveFailureKind.AssociationRejected, "Rejected Permanent: Called AE title not recognised");

        var summary = QrSummaryBuilder.From(await _bed.RunQueryAsync(Request()));

        Assert.Equal(QueryState.Failed, summary.State);
        Assert.Contains("Rejected Permanent: Called AE title not recognised", summary.Error, StringComparison.Ordinal);
        Assert.Null(summary.FindSummary);
        Assert.Null(summary.Move);
        Assert.Empty(summary.KeptStudies);
    }

    [Fact]
    public async Task The_text_summary_gives_the_outcome_counts_studies_and_reasons()
    {
        var query = await _bed.RunQueryAsync(Request());

        var text = QrSummaryTextWriter.Format(QrSummaryBuilder.From(query));

        var lines = text.Split('\n');
        Assert.Equal($"Query {query.Id} of pacs into store: Done", lines[0]);
        Assert.Equal("Asked for: MG; dates 20240301-20240315; retrieve what is kept.", lines[1]);
        Assert.Contains("Find: 1 study request gave 3 responses, 1 series request gave 2, 1 image request gave 1.", lines);
        Assert.Contains("Removed: 1 repeated in the response, 1 by the description exclude filter.", lines);
        Assert.Contains("Kept: 1 study, 1 series.", lines);
        Assert.Contains($"  {StudyA} [MG] MG, SR: 1 series kept, 1 dropped", lines);
        Assert.Contains($"    series 2 SR {SrSeries}: Completed (completed: 1, failed: 0, warning: 0, 1 attempt)", lines);
        Assert.Contains("Dropped: 2 studies.", lines);
        Assert.Contains($"  {StudyA} MG, SR: Somehow this study was sent twice", lines);
        Assert.Contains($"  {StudyB} MG: Filter study_description exclude active and matched here", lines);
        Assert.Contains("Retrieve: 1 series of 1 study in 1 request, 1 sent; series completed 1, with warnings 0, failed 0, not attempted 0.", lines);
        Assert.Contains("Sub-operations: completed: 1, failed: 0, warning: 0.", lines);
        Assert.Contains("Find summary:", lines);
        Assert.Contains("Retrieve summary:", lines);
        Assert.DoesNotContain(lines, line => line.StartsWith("Error:", StringComparison.Ordinal));
    }

    private static QueryRequest Request() => new()
    {
        RemoteNodeId = 1,
        StoreNodeId = 2,
        Modalities = ModalitySelection.Of(ModalityGroup.Mammography),
        Dates = new StudyDateWindow(new DateOnly(2024, 3, 1), null),
        Filters = new StudyFilters { StudyDescriptionExclude = FilterTerms.Parse("knee") },
        MoveWhenFound = true,
        Origin = QueryOrigin.CommandLine,
    };
}
