using Microsoft.EntityFrameworkCore;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Schedules;

namespace OpenRem.Infrastructure.Persistence.Schedules;

internal sealed class ScheduleRepository(
    IDbContextFactory<OpenRemDbContext> contexts,
    IScheduleCalendar calendar,
    TimeProvider time) : IScheduleRepository
{
    public async Task<IReadOnlyList<Schedule>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Schedules.AsNoTracking().OrderBy(schedule => schedule.Name).ThenBy(schedule => schedule.Id).ToListAsync(cancellationToken);
    }

    public async Task<Schedule?> FindAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Schedules.AsNoTracking().SingleOrDefaultAsync(schedule => schedule.Id == id, cancellationToken);
    }

    public async Task<Schedule> AddAsync(ScheduleSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var names = await db.Schedules.Select(other => other.Name).ToListAsync(cancellationToken);
        var remote = settings.RemoteNodeId is { } remoteId ? await db.RemoteNodes.AsNoTracking().SingleOrDefaultAsync(node => node.Id == remoteId, cancellationToken) : null;
        var store = settings.StoreNodeId is { } storeId ? await db.StoreNodes.AsNoTracking().SingleOrDefaultAsync(node => node.Id == storeId, cancellationToken) : null;
        var schedule = Schedule.Create(settings, names, calendar, remote, store, time.GetUtcNow());
        db.Schedules.Add(schedule);
        await SaveAsync(db, schedule, cancellationToken);
        return schedule;
    }

    public async Task<Schedule?> UpdateAsync(int id, ScheduleSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var schedule = await db.Schedules.SingleOrDefaultAsync(schedule => schedule.Id == id, cancellationToken);
        if (schedule is null)
        {
            return null;
        }

        var names = await db.Schedules.Where(other => other.Id != id).Select(other => other.Name).ToListAsync(cancellationToken);
        var remote = settings.RemoteNodeId is { } remoteId ? await db.RemoteNodes.AsNoTracking().SingleOrDefaultAsync(node => node.Id == remoteId, cancellationToken) : null;
        var store = settings.StoreNodeId is { } storeId ? await db.StoreNodes.AsNoTracking().SingleOrDefaultAsync(node => node.Id == storeId, cancellationToken) : null;
        schedule.Update(settings, names, calendar, remote, store, time.GetUtcNow());
        await SaveAsync(db, schedule, cancellationToken);
        return schedule;
    }

    public Task<Schedule?> SetEnabledAsync(int id, bool enabled, CancellationToken cancellationToken) =>
        ChangeAsync(id, schedule =>
        {
            if (enabled)
            {
                schedule.Enable(time.GetUtcNow());
            }
            else
            {
                schedule.Disable(time.GetUtcNow());
            }
        }, cancellationToken);

    public async Task<bool> RemoveAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Schedules.Where(schedule => schedule.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    public async Task<bool> TryClaimAsync(int id, Guid queryId, DateTimeOffset now, TimeSpan staleAfter, CancellationToken cancellationToken)
    {
        var staleBefore = now - staleAfter;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var claimed = await db.Schedules
            .Where(schedule => schedule.Id == id && (schedule.RunningQueryId == null || schedule.RunningSince < staleBefore))
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(schedule => schedule.RunningQueryId, queryId)
                    .SetProperty(schedule => schedule.RunningSince, now),
                cancellationToken);
        return claimed > 0;
    }

    public async Task<bool> ReleaseAsync(int id, Guid queryId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var released = await db.Schedules
            .Where(schedule => schedule.Id == id && schedule.RunningQueryId == queryId)
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(schedule => schedule.RunningQueryId, (Guid?)null)
                    .SetProperty(schedule => schedule.RunningSince, (DateTimeOffset?)null),
                cancellationToken);
        return released > 0;
    }

    public async Task<bool> RecordRunStartedAsync(int id, Guid queryId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await ChangeAsync(id, schedule => schedule.RecordRunStarted(queryId, now), cancellationToken) is not null;

    public async Task<bool> RecordRunEndedAsync(int id, QueryState state, string resultText, DateTimeOffset windowEnd, DateTimeOffset now, CancellationToken cancellationToken) =>
        await ChangeAsync(id, schedule => schedule.RecordRunEnded(state, resultText, windowEnd, now), cancellationToken) is not null;

    public async Task<bool> RecordRunNotStartedAsync(int id, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        await ChangeAsync(id, schedule => schedule.RecordRunNotStarted(reason, now), cancellationToken) is not null;

    /// <summary>Applies <paramref name="change"/> to the stored schedule and saves what it changed (never the claim).</summary>
    private async Task<Schedule?> ChangeAsync(int id, Action<Schedule> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var schedule = await db.Schedules.SingleOrDefaultAsync(schedule => schedule.Id == id, cancellationToken);
        if (schedule is null)
        {
            return null;
        }

        change(schedule);
        await db.SaveChangesAsync(cancellationToken);
        return schedule;
    }

    /// <summary>Saves; a name another process took since it was checked is reported as the settings report it.</summary>
    private static async Task SaveAsync(OpenRemDbContext db, Schedule schedule, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            var name = schedule.Name;
            var id = schedule.Id;
            db.ChangeTracker.Clear();
            if (await db.Schedules.AnyAsync(other => other.Name == name && other.Id != id, cancellationToken))
            {
                throw new InvalidScheduleSettingsException([new ScheduleSettingError(nameof(ScheduleSettings.Name), "Another schedule already has this name.")]);
            }

            throw;
        }
    }
}
