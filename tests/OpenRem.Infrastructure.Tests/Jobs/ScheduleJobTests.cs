using Microsoft.EntityFrameworkCore;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Schedules;
using OpenRem.Infrastructure.Jobs;
using OpenRem.Infrastructure.Persistence.Schedules;

namespace OpenRem.Infrastructure.Tests.Jobs;

/// <summary>Schedules run by the application's scheduler, against Orthanc, with the real clock.</summary>
public sealed class ScheduleJobTests(JobPeers peers) : IClassFixture<JobPeers>, IDisposable
{
    private readonly TemporaryDirectory _data = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AScheduleAddedWhileTheApplicationWasStoppedRunsOnceWhenItStarts()
    {
        await using var host = await JobHost.BuildAsync(_data.Path);
        var schedule = await AddScheduleAsync(host, ScheduleFrequency.EveryMinutes(60));

        await host.StartAsync();

        var query = await WaitForScheduledQueriesAsync(host, 1);
        Assert.Equal(QueryOrigin.Schedule, query[0].Parameters.Origin);
        Assert.Equal(schedule.Name, query[0].Parameters.RequestedBy);
        var ended = await host.WaitForQueryAsync(query[0].Id, q => q.HasEnded || q.State == QueryState.Filtered, "ended or filtered");
        Assert.Equal(QueryState.Filtered, ended.State);
        await JobHost.WaitUntilAsync(() => ReadSchedule(host, schedule.Id).LastRunEndedAt is not null, "the run is recorded on the schedule");
        var recorded = ReadSchedule(host, schedule.Id);
        Assert.Equal(query[0].Id, recorded.LastQueryId);
        Assert.Null(recorded.RunningQueryId);
        Assert.NotNull(recorded.CoveredUntil);

        // The trigger's next fire is an hour away: the start-up run was the only one.
        await Task.Delay(TimeSpan.FromSeconds(2), Ct);
        Assert.Single(await ScheduledQueriesAsync(host));
    }

    [Fact]
    public async Task AMissedRunHappensOnceAndItsWindowReachesBackToTheEndOfTheLastSuccessfulRun()
    {
        await using var host = await JobHost.BuildAsync(_data.Path);
        var schedule = await AddScheduleAsync(host, ScheduleFrequency.HourlyAt(0));
        var fiveHoursAgo = DateTimeOffset.UtcNow.AddHours(-5);
        var repository = host.Get<IScheduleRepository>();
        Assert.True(await repository.RecordRunStartedAsync(schedule.Id, Guid.NewGuid(), fiveHoursAgo, Ct));
        Assert.True(await repository.RecordRunEndedAsync(schedule.Id, QueryState.Filtered, "0 studies", fiveHoursAgo, fiveHoursAgo, Ct));

        await host.StartAsync();

        var queries = await WaitForScheduledQueriesAsync(host, 1);
        var from = queries[0].Parameters.Dates.From;
        Assert.NotNull(from);
        Assert.True(
            from <= DateOnly.FromDateTime(fiveHoursAgo.ToLocalTime().DateTime),
            $"The catch-up window starts {from}, after the end of the last successful run ({fiveHoursAgo.ToLocalTime()}).");
        await host.WaitForQueryAsync(queries[0].Id, q => q.HasEnded || q.State == QueryState.Filtered, "ended or filtered");
        await Task.Delay(TimeSpan.FromSeconds(2), Ct);
        Assert.Single(await ScheduledQueriesAsync(host));
    }

    [Fact]
    public async Task RunsOfOneScheduleNeverOverlap()
    {
        await using var host = await JobHost.StartAsync(_data.Path);
        var schedule = await AddScheduleAsync(host, ScheduleFrequency.DailyAt(new TimeOnly(3, 0)), window: "last 366 days");
        var triggers = host.Get<IScheduleTriggers>();

        await triggers.RunNowAsync(schedule.Id, Ct);
        await triggers.RunNowAsync(schedule.Id, Ct);

        var queries = await WaitForScheduledQueriesAsync(host, 2);
        var first = await host.WaitForQueryAsync(queries[0].Id, q => q.FindEndedAt is not null, "found");
        var second = await host.WaitForQueryAsync(queries[1].Id, q => q.FindEndedAt is not null, "found");
        Assert.True(
            second.FindStartedAt >= first.FindEndedAt,
            $"The second run started at {second.FindStartedAt:O}, before the first ended at {first.FindEndedAt:O}.");
    }

    public void Dispose() => _data.Dispose();

    private async Task<Schedule> AddScheduleAsync(JobHost host, ScheduleFrequency frequency, string window = "last 2 hours")
    {
        var (remote, store) = await peers.AddNodesAsync(host);
        return await host.Get<IScheduleRepository>().AddAsync(
            new ScheduleSettings
            {
                Name = "hourly CT",
                RemoteNodeId = remote.Id,
                StoreNodeId = store.Id,
                Modalities = ModalitySelection.Of(ModalityGroup.Ct),
                Window = ScheduleWindow.Parse(window),
                Frequency = frequency,
                Retrieve = false,
            },
            Ct);
    }

    private static Schedule ReadSchedule(JobHost host, int id)
    {
        using var db = host.NewContext();
        return db.Schedules.AsNoTracking().Single(schedule => schedule.Id == id);
    }

    private static async Task<List<Query>> ScheduledQueriesAsync(JobHost host)
    {
        await using var db = host.NewContext();
        var queries = await db.Queries.AsNoTracking().ToListAsync(Ct);
        return [.. queries.Where(query => query.Parameters.Origin == QueryOrigin.Schedule).OrderBy(query => query.CreatedAt)];
    }

    private static async Task<List<Query>> WaitForScheduledQueriesAsync(JobHost host, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (true)
        {
            var queries = await ScheduledQueriesAsync(host);
            if (queries.Count >= count)
            {
                return queries;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{queries.Count} scheduled queries after two minutes, expected {count}.");
            await Task.Delay(100, Ct);
        }
    }
}
