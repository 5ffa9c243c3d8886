using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Schedules;
using OpenRem.Infrastructure.Persistence;
using OpenRem.Infrastructure.Persistence.Schedules;
using OpenRem.Testing.Peers;

namespace OpenRem.Web.Tests.Cli;

[Collection(nameof(InProcessApplicationServices))]
public sealed class SchedulesVerbTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("openrem-cli-schedules-").FullName;

    private string DataDirectory => Path.Combine(_root, "data");

    [Fact]
    public async Task Add_prints_the_new_id_alone_and_stores_the_query_options_as_qr_reads_them()
    {
        var (qr, store) = await AddNodesAsync(104);

        var (exitCode, output, error) = await SchedulesAsync(
            "add", "--name", "Hourly CT", "--qr", qr, "--store", store, "-ct", "-fl", "-e", "Thorax, Neck ", "-sni=CT1",
            "--stationname_study_level", "-dup", "-toshiba", "-emptysr", "--window", "Last 2 Hours", "--every", "15 minutes", "--no-retrieve", "--disabled");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        Assert.Matches("^[0-9]+\n$", output.ReplaceLineEndings("\n"));
        var schedule = await WithSchedulesAsync(schedules => schedules.FindAsync(int.Parse(output, CultureInfo.InvariantCulture), TestContext.Current.CancellationToken));
        Assert.NotNull(schedule);
        Assert.Equal(
            new ScheduleSettings
            {
                Name = "Hourly CT",
                RemoteNodeId = int.Parse(qr, CultureInfo.InvariantCulture),
                StoreNodeId = int.Parse(store, CultureInfo.InvariantCulture),
                Modalities = ModalitySelection.Of(ModalityGroup.Ct, ModalityGroup.Fluoroscopy),
                Filters = new StudyFilters { StudyDescriptionExclude = FilterTerms.Parse("thorax,neck"), StationNameInclude = FilterTerms.Parse("ct1"), StationNameAtStudyLevel = true },
                Options = new QueryOptions { RemoveDuplicates = false, GetToshibaImages = true, GetEmptySrSeries = true },
                Window = ScheduleWindow.LastHours(2),
                Frequency = ScheduleFrequency.EveryMinutes(15),
                Enabled = false,
                Retrieve = false,
            },
            schedule.ToSettings());
    }

    [Fact]
    public async Task List_shows_each_schedule_with_its_nodes_window_frequency_and_runs()
    {
        var (qr, store) = await AddNodesAsync(104);
        var hourly = (await SchedulesAsync("add", "--name", "Hourly", "--qr", qr, "--store", store, "-sr", "--window", "last hour", "--cron", "0 5 * * * ?")).Output.Trim();
        var nightly = (await SchedulesAsync("add", "--name", "Nightly", "--qr", qr, "--store", store, "-ct", "--window", "yesterday", "--daily-at", "02:30", "--disabled")).Output.Trim();

        var (exitCode, output, error) = await SchedulesAsync("list");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        var lines = output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select(line => line.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        Assert.Equal(["ID", "NAME", "NODES", "WINDOW", "FREQUENCY", "ENABLED", "RETRIEVE", "NEXT RUN", "LAST RUN", "LAST RESULT"], lines[0]);
        Assert.Equal([hourly, "Hourly", $"PACS ({qr}) -> Store ({store})", "last hour", "cron 0 5 * * * ?", "yes", "yes"], lines[1][..7]);
        Assert.Matches("^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:05$", lines[1][7]);
        Assert.Equal(["-", "-"], lines[1][8..]);
        Assert.Equal([nightly, "Nightly", $"PACS ({qr}) -> Store ({store})", "yesterday", "daily at 02:30", "no", "yes", "-", "-", "-"], lines[2]);
    }

    [Fact]
    public async Task List_says_when_there_are_no_schedules()
    {
        var (exitCode, output, _) = await SchedulesAsync("list");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("No schedules.", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("schedules add: --window: 'last week' is not a window: write 'last N hours', 'last hour', 'last N days', 'last day', 'today' or 'yesterday'.", "--window", "last week", "--every", "1 hour")]
    [InlineData("schedules add: frequency: '0 61 * * * ?' is not a valid Quartz cron expression: ", "--window", "today", "--cron", "0 61 * * * ?")]
    [InlineData("schedules add: frequency: A cron expression has 6 or 7 fields", "--window", "today", "--cron", "5 * * * *")]
    [InlineData("schedules add: --every: 'fortnightly' is not an interval", "--window", "today", "--every", "fortnightly")]
    [InlineData("schedules add: --every: '0 minutes' is not an interval: it lies between 1 minute and 168 hours.", "--window", "today", "--every", "0 minutes")]
    [InlineData("schedules add: --daily-at: '7pm' is not a time of day", "--window", "today", "--daily-at", "7pm")]
    [InlineData("schedules add: frequency: The minute of the hour lies between 0 and 59.", "--window", "today", "--hourly-at", "75")]
    [InlineData("schedules add: give exactly one of --every, --hourly-at, --daily-at and --cron.", "--window", "today")]
    [InlineData("schedules add: give exactly one of --every, --hourly-at, --daily-at and --cron.", "--window", "today", "--every", "1 hour", "--hourly-at", "5")]
    public async Task A_bad_window_or_frequency_is_a_usage_error_that_stores_nothing(string message, params string[] options)
    {
        var (qr, store) = await AddNodesAsync(104);

        var (exitCode, output, error) = await SchedulesAsync(["add", "--name", "Bad", "--qr", qr, "--store", store, "-ct", .. options]);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.StartsWith(message, error.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("No schedules.", (await SchedulesAsync("list")).Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("schedules add: The sr option can not be combined with any other modalities", "-sr", "-ct")]
    [InlineData("schedules add: At least one modality must be specified")]
    [InlineData("schedules add: argument -e/--desc_exclude: expected one argument", "-ct", "-e")]
    public async Task Query_options_are_refused_as_qr_refuses_them(string message, params string[] options)
    {
        var (qr, store) = await AddNodesAsync(104);

        var (exitCode, output, error) = await SchedulesAsync(["add", "--name", "Bad", "--qr", qr, "--store", store, "--window", "today", "--every", "1 hour", .. options]);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Equal(message, error.Trim());
    }

    [Fact]
    public async Task Nodes_that_do_not_exist_and_names_already_used_are_usage_errors()
    {
        var (qr, store) = await AddNodesAsync(104);
        await SchedulesAsync("add", "--name", "Hourly", "--qr", qr, "--store", store, "-ct", "--window", "today", "--every", "1 hour");

        var missing = await SchedulesAsync("add", "--name", "Other", "--qr", "99", "--store", qr, "-ct", "--window", "today", "--every", "1 hour");
        var taken = await SchedulesAsync("add", "--name", "HOURLY", "--qr", qr, "--store", store, "-ct", "--window", "today", "--every", "1 hour");

        Assert.Equal((2, string.Empty), (missing.ExitCode, missing.Output));
        Assert.Equal(
            ["schedules add: --qr: There is no remote node with ID 99.", $"schedules add: --store: There is no store node with ID {qr}."],
            missing.Error.ReplaceLineEndings("\n").Trim().Split('\n'));
        Assert.Equal((2, "schedules add: --name: Another schedule already has this name."), (taken.ExitCode, taken.Error.Trim()));
    }

    [Fact]
    public async Task Remove_enable_and_disable_change_the_schedule_of_that_id_and_an_unknown_id_fails()
    {
        var (qr, store) = await AddNodesAsync(104);
        var id = (await SchedulesAsync("add", "--name", "Hourly", "--qr", qr, "--store", store, "-ct", "--window", "today", "--every", "1 hour")).Output.Trim();

        var disabled = await SchedulesAsync("disable", id);
        var afterDisable = await WithSchedulesAsync(schedules => schedules.FindAsync(int.Parse(id, CultureInfo.InvariantCulture), TestContext.Current.CancellationToken));
        var enabled = await SchedulesAsync("enable", id);
        var removed = await SchedulesAsync("remove", id);
        var again = await SchedulesAsync("remove", id);

        Assert.Equal((0, $"Schedule {id} disabled."), (disabled.ExitCode, disabled.Output.Trim()));
        Assert.False(afterDisable!.Enabled);
        Assert.Equal((0, $"Schedule {id} enabled."), (enabled.ExitCode, enabled.Output.Trim()));
        Assert.Equal((0, $"Removed schedule {id}."), (removed.ExitCode, removed.Output.Trim()));
        Assert.Equal((1, $"schedules remove: no schedule has ID {id}; 'schedules list' shows the IDs."), (again.ExitCode, again.Error.Trim()));
        Assert.Equal(1, (await SchedulesAsync("enable", id)).ExitCode);
        Assert.StartsWith("No schedules.", (await SchedulesAsync("list")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_queries_the_peer_now_prints_the_summary_as_qr_does_and_records_the_result()
    {
        await using var peer = await DcmqrscpPeer.StartAsync(new DcmqrscpOptions { AeTitle = "QRSCP" }, TestContext.Current.CancellationToken);
        var (qr, store) = await AddNodesAsync(peer.Port);
        var id = (await SchedulesAsync("add", "--name", "Dose reports", "--qr", qr, "--store", store, "-sr", "--window", "last 2 hours", "--every", "1 hour", "--no-retrieve")).Output.Trim();

        var (exitCode, output, error) = await SchedulesAsync("run", id);

        Assert.Equal(0, exitCode);
        Assert.Contains("Starting the query", error, StringComparison.Ordinal);
        Assert.Matches("^Query [0-9a-f-]{36} of PACS into Store: Filtered\n", output.ReplaceLineEndings("\n"));
        Assert.Contains("Asked for: SR only; dates ", output, StringComparison.Ordinal);
        Assert.Contains("; query only.", output, StringComparison.Ordinal);
        var schedule = await WithSchedulesAsync(schedules => schedules.FindAsync(int.Parse(id, CultureInfo.InvariantCulture), TestContext.Current.CancellationToken));
        Assert.Equal(QueryState.Filtered, schedule!.LastRunState);
        Assert.StartsWith("filtered: 0 studies and 0 series kept", schedule.LastResult, StringComparison.Ordinal);
        Assert.Contains(schedule.LastQueryId!.Value.ToString(), output, StringComparison.Ordinal);
        Assert.NotNull(schedule.CoveredUntil);
        Assert.Contains("filtered: 0 studies", (await SchedulesAsync("list")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_of_a_schedule_whose_archive_does_not_answer_exits_1_with_the_failed_summary()
    {
        var (qr, store) = await AddNodesAsync(FreePort.Next());
        var id = (await SchedulesAsync("add", "--name", "Dose reports", "--qr", qr, "--store", store, "-sr", "--window", "today", "--every", "1 hour", "--no-retrieve")).Output.Trim();

        var (exitCode, output, _) = await SchedulesAsync("run", id);

        Assert.Equal(1, exitCode);
        Assert.Contains(" of PACS into Store: Failed\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var schedule = await WithSchedulesAsync(schedules => schedules.FindAsync(int.Parse(id, CultureInfo.InvariantCulture), TestContext.Current.CancellationToken));
        Assert.Equal(QueryState.Failed, schedule!.LastRunState);
        Assert.Null(schedule.CoveredUntil);
    }

    [Fact]
    public async Task Run_of_a_disabled_or_unknown_schedule_exits_1_saying_why()
    {
        var (qr, store) = await AddNodesAsync(104);
        var id = (await SchedulesAsync("add", "--name", "Off", "--qr", qr, "--store", store, "-ct", "--window", "today", "--every", "1 hour", "--disabled")).Output.Trim();

        var disabled = await SchedulesAsync("run", id);
        var unknown = await SchedulesAsync("run", "999");

        Assert.Equal((1, string.Empty, $"schedules run: schedule {id}: not run: the schedule is disabled"), (disabled.ExitCode, disabled.Output, disabled.Error.Trim()));
        Assert.Equal((1, "schedules run: schedule 999: there is no schedule with ID 999"), (unknown.ExitCode, unknown.Error.Trim()));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    private async Task<(string Qr, string Store)> AddNodesAsync(int qrPort)
    {
        var qr = await CliRunner.InvokeAsync("nodes", "add-qr", "--name", "PACS", "--aet", "QRSCP", "--host", "127.0.0.1", "--port", qrPort.ToString(CultureInfo.InvariantCulture), "--data-directory", DataDirectory);
        var store = await CliRunner.InvokeAsync("nodes", "add-store", "--name", "Store", "--aet", "OPENREM", "--port", FreePort.Next().ToString(CultureInfo.InvariantCulture), "--data-directory", DataDirectory);
        Assert.Equal((0, 0), (qr.ExitCode, store.ExitCode));
        return (qr.Output.Trim(), store.Output.Trim());
    }

    private Task<(int ExitCode, string Output, string Error)> SchedulesAsync(params string[] args) =>
        CliRunner.InvokeAsync(["schedules", .. args, "--data-directory", DataDirectory]);

    private async Task<TResult> WithSchedulesAsync<TResult>(Func<IScheduleRepository, Task<TResult>> use)
    {
        await using var services = new ServiceCollection().AddLogging().AddOpenRemPersistence(DataDirectory).BuildServiceProvider();
        return await use(services.GetRequiredService<IScheduleRepository>());
    }
}
