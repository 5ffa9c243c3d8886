using OpenRem.Domain.Queries;
using OpenRem.Domain.Schedules;

namespace OpenRem.Infrastructure.Persistence.Schedules;

/// <summary>The scheduled queries stored in the database, and the claim that keeps two runs of one schedule apart.</summary>
public interface IScheduleRepository
{
    /// <summary>Every schedule, by name.</summary>
    Task<IReadOnlyList<Schedule>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The schedule with <paramref name="id"/>, or null.</summary>
    Task<Schedule?> FindAsync(int id, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a new schedule; throws <see cref="InvalidScheduleSettingsException"/> when the settings do not validate,
    /// a node they name does not exist, or the name is taken.
    /// </summary>
    Task<Schedule> AddAsync(ScheduleSettings settings, CancellationToken cancellationToken);

    /// <summary>Changes the schedule with <paramref name="id"/>; null when there is none. Throws as <see cref="AddAsync"/>.</summary>
    Task<Schedule?> UpdateAsync(int id, ScheduleSettings settings, CancellationToken cancellationToken);

    /// <summary>Enables or disables the schedule with <paramref name="id"/>; null when there is none.</summary>
    Task<Schedule?> SetEnabledAsync(int id, bool enabled, CancellationToken cancellationToken);

    /// <summary>Deletes the schedule with <paramref name="id"/>; its queries stay. False when there was none.</summary>
    Task<bool> RemoveAsync(int id, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the schedule for a run making the query <paramref name="queryId"/>, in one statement so that two
    /// processes cannot both claim it: true when no run held the claim, or the run holding it took it more than
    /// <paramref name="staleAfter"/> before <paramref name="now"/> (its process is taken to have died).
    /// </summary>
    Task<bool> TryClaimAsync(int id, Guid queryId, DateTimeOffset now, TimeSpan staleAfter, CancellationToken cancellationToken);

    /// <summary>Gives up the claim taken for <paramref name="queryId"/>; false when that run no longer held it.</summary>
    Task<bool> ReleaseAsync(int id, Guid queryId, CancellationToken cancellationToken);

    /// <summary>Records that a run started the query <paramref name="queryId"/>; false when the schedule is gone.</summary>
    Task<bool> RecordRunStartedAsync(int id, Guid queryId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records how a run ended (see <see cref="Schedule.RecordRunEnded"/>); false when the schedule is gone.</summary>
    Task<bool> RecordRunEndedAsync(int id, QueryState state, string resultText, DateTimeOffset windowEnd, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records that a run did not start a query, and why; false when the schedule is gone.</summary>
    Task<bool> RecordRunNotStartedAsync(int id, string reason, DateTimeOffset now, CancellationToken cancellationToken);
}
