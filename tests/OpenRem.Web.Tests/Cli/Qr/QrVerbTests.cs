using OpenRem.Domain.Ports;
using System.Text.Json;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;
using OpenRem.Web.Cli.Qr;

namespace OpenRem.Web.Tests.Cli.Qr;

public sealed class QrVerbTests
{
    private const string Study = "1.2.826.0.1.3680043.10.2.1";
    private const string Series = "1.2.826.0.1.3680043.10.2.1.1";

    private readonly QrTestBed _bed = new();

    public QrVerbTests()
    {
        _bed.Archive
            .WithStudies("MG", new StudyMatch(Study, "Screening", ModalitiesInStudy: ["MG"]))
            .WithSeries(Study, new SeriesMatch(Series, "MG", 1, null, 4));
    }

    [Fact]
    public async Task A_query_that_retrieves_what_it_kept_exits_0_with_progress_on_stderr_and_the_summary_on_stdout()
    {
        var (exitCode, output, error) = await _bed.RunVerbAsync("1", "2", "-mg");

        Assert.Equal(0, exitCode);
        Assert.Equal(["pacs", "store"], _bed.Nodes.Echoed.Order(StringComparer.Ordinal));
        var errorLines = error.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Equal("Running Query", errorLines[0]);
        Assert.Contains("Starting the query", errorLines);
        Assert.Single(errorLines, line => line.StartsWith("Query complete.", StringComparison.Ordinal));
        Assert.Single(errorLines, line => line.StartsWith("Move complete.", StringComparison.Ordinal));
        Assert.StartsWith("Query ", output, StringComparison.Ordinal);
        Assert.Contains(" of pacs into store: Done\n", output, StringComparison.Ordinal);
        Assert.Single(_bed.Archive.MoveRequests);
        Assert.Equal("OPENREMSTORE", _bed.Archive.MoveRequests[0].Destination.Value);
    }

    [Fact]
    public async Task The_application_progress_hears_every_stage_so_the_query_is_persisted()
    {
        await _bed.RunVerbAsync("1", "2", "-mg");

        Assert.Equal(QueryState.Querying, _bed.ApplicationProgress.States[0]);
        Assert.Equal(QueryState.Done, _bed.ApplicationProgress.States[^1]);
        Assert.NotEmpty(_bed.ApplicationProgress.Lines);
    }

    [Fact]
    public async Task With_json_stdout_holds_one_json_object_and_nothing_else()
    {
        var (exitCode, output, error) = await _bed.RunVerbAsync("1", "2", "-mg", "--json");

        Assert.Equal(0, exitCode);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var document = JsonDocument.Parse(line);
        Assert.Equal("Done", document.RootElement.GetProperty("state").GetString());
        Assert.Equal(Study, document.RootElement.GetProperty("keptStudies")[0].GetProperty("studyInstanceUid").GetString());
        Assert.Contains("Running Query", error, StringComparison.Ordinal);
        Assert.DoesNotContain("{", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_only_finds_and_filters_exits_0_and_retrieves_nothing()
    {
        var (exitCode, output, _) = await _bed.RunVerbAsync("1", "2", "-mg", "--query-only", "--json");

        Assert.Equal(0, exitCode);
        Assert.Empty(_bed.Archive.MoveRequests);
        Assert.DoesNotContain(_bed.Archive.Connections, connection => connection.Service == ArchiveService.Move);
        using var document = JsonDocument.Parse(output);
        Assert.Equal("Filtered", document.RootElement.GetProperty("state").GetString());
        Assert.Equal(1, document.RootElement.GetProperty("find").GetProperty("studiesKept").GetInt32());
    }

    [Fact]
    public async Task The_dates_reach_the_archive_with_today_from_the_clock()
    {
        await _bed.RunVerbAsync("1", "2", "-mg", "-f", "2024-03-10");

        var request = Assert.Single(_bed.Archive.StudyRequests);
        Assert.Equal("20240310-20240315", request.StudyDate);
        Assert.Equal(string.Empty, request.StudyTime);
    }

    [Fact]
    public async Task A_single_date_and_time_window_reach_the_archive()
    {
        await _bed.RunVerbAsync("1", "2", "-mg", "-sd", "2024-03-14", "-tf", "0800", "-tt", "1230");

        var request = Assert.Single(_bed.Archive.StudyRequests);
        Assert.Equal(("20240314", "080000-123059"), (request.StudyDate, request.StudyTime));
    }

    [Theory]
    [InlineData(false, true, "Association Failed", "Success")]
    [InlineData(true, false, "Success", "Rejected Permanent: Called AE title not recognised")]
    [InlineData(false, false, "EchoFail", "Association aborted or never connected")]
    public async Task When_a_node_does_not_answer_its_echo_nothing_is_queried_and_the_exit_code_is_1(
        bool remoteAnswers, bool storeAnswers, string remoteText, string storeText)
    {
        _bed.Nodes.RemoteEcho = remoteAnswers ? NodeEchoResult.Success : NodeEchoResult.Failure(remoteText);
        _bed.Nodes.StoreEcho = storeAnswers ? NodeEchoResult.Success : NodeEchoResult.Failure(storeText);

        var (exitCode, output, error) = await _bed.RunVerbAsync("1", "2", "-mg");

        Assert.Equal(1, exitCode);
        Assert.Equal(
            $"Query-retrieve aborted: DICOM nodes not ready. QR SCP echo is {remoteText}, Store SCP echo is {storeText}",
            error.Trim());
        Assert.Empty(output);
        Assert.Empty(_bed.Archive.Connections);
        Assert.Equal(2, _bed.Nodes.Echoed.Count);
    }

    [Fact]
    public async Task A_failed_retrieve_exits_1_with_the_summary_written()
    {
        _bed.Archive.WithMoveResponses(Series, new MoveResponse(0xA801, 0, 0, 0, 0));

        var (exitCode, output, _) = await _bed.RunVerbAsync("1", "2", "-mg", "--json");

        Assert.Equal(1, exitCode);
        using var document = JsonDocument.Parse(output);
        Assert.Equal("Failed", document.RootElement.GetProperty("state").GetString());
        Assert.Equal("1 of 1 series could not be retrieved.", document.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_failed_find_exits_1_and_retrieves_nothing()
    {
        _bed.Archive.StudyQueryFailure = new ArchiveFailure(ArchiveFailureKind.AssociationFailed, "Association Failed");

        var (exitCode, output, error) = await _bed.RunVerbAsync("1", "2", "-mg");

        Assert.Equal(1, exitCode);
        Assert.Contains(": Failed\n", output, StringComparison.Ordinal);
        Assert.Contains("Association Failed", error, StringComparison.Ordinal);
        Assert.Empty(_bed.Archive.MoveRequests);
    }

    [Fact]
    public async Task A_run_stopped_with_ctrl_c_ends_cancelled_with_its_summary_and_exit_code_1()
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        _bed.Archive.OnMove = _ => stop.Cancel();

        var (exitCode, output, _) = await _bed.RunVerbAsync(stop.Token, "1", "2", "-mg", "--json");

        Assert.Equal(1, exitCode);
        using var document = JsonDocument.Parse(output);
        Assert.Equal("Cancelled", document.RootElement.GetProperty("state").GetString());
        Assert.Equal(QueryState.Cancelled, _bed.ApplicationProgress.States[^1]);
    }

    [Theory]
    [InlineData("At least one modality must be specified", "1", "2")]
    [InlineData("The sr option can not be combined with any other modalities", "1", "2", "-sr", "-nm")]
    [InlineData("--single_date cannot be used with --dfrom or --duntil", "1", "2", "-mg", "-sd", "2024-03-01", "-t", "2024-03-02")]
    [InlineData("Incorrect data format, should be YYYY-MM-DD", "1", "2", "-mg", "-f", "01/03/2024")]
    [InlineData("--tfrom and --tuntil require --single_date to be used", "1", "2", "-mg", "-tf", "0900")]
    [InlineData("Incorrect time format, should be HHMM", "1", "2", "-mg", "-sd", "2024-03-01", "-tt", "25:00")]
    [InlineData("Date from is in the future.", "1", "2", "-mg", "-f", "2024-03-16")]
    [InlineData("argument -f/--dfrom: expected one argument", "1", "2", "-mg", "-f")]
    [InlineData("the following arguments are required: store_id", "1", "-mg")]
    [InlineData("argument qr_id: invalid int value: 'pacs'", "pacs", "2", "-mg")]
    [InlineData("unrecognized arguments: -xx", "1", "2", "-mg", "-xx")]
    public async Task A_wrong_command_line_prints_the_usage_and_the_message_and_exits_2(string message, params string[] args)
    {
        var (exitCode, output, error) = await _bed.RunVerbAsync(args);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("usage: ", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(" qr_id store_id", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(" qr: error: " + message, lines[1], StringComparison.Ordinal);
        Assert.Empty(_bed.Nodes.Echoed);
        Assert.Empty(_bed.Archive.Connections);
    }

    [Fact]
    public async Task A_node_id_that_does_not_exist_exits_2_naming_it()
    {
        var (exitCode, _, error) = await _bed.RunVerbAsync("5", "6", "-mg");

        Assert.Equal(2, exitCode);
        Assert.Equal("qr: error: there is no remote node with database ID 5; there is no store node with database ID 6", error.Trim());
        Assert.Empty(_bed.Nodes.Echoed);
    }

    [Fact]
    public async Task The_services_of_a_run_are_disposed_after_it()
    {
        await _bed.RunVerbAsync("1", "2", "-mg");

        Assert.Equal(1, _bed.ProvidersBuilt);
        Assert.Equal(1, _bed.ProvidersDisposed);
    }

    [Fact]
    public async Task A_command_line_mistake_is_reported_before_any_service_is_built()
    {
        await _bed.RunVerbAsync("1", "-mg");

        Assert.Equal(0, _bed.ProvidersBuilt);
    }

    [Fact]
    public async Task Help_lists_the_options_and_exits_0()
    {
        var (exitCode, output, _) = await _bed.RunVerbAsync("--help");

        Assert.Equal(0, exitCode);
        foreach (var name in new[] { "-ct", "-sd, --single_date", "-sni, --stationname_include", "--stationname_study_level", "-toshiba", "-emptysr", "--query-only", "--json", "qr_id", "store_id" })
        {
            Assert.Contains(name, output, StringComparison.Ordinal);
        }
    }
}
