using OpenRem.Domain.Queries;

namespace OpenRem.Infrastructure.Schedules;

/// <summary>
/// How one attempt to run a schedule went: <paramref name="Result"/>, the line recorded on the schedule (or why nothing
/// was), and, when a query was run, its ID, the state it ended in and whether that did all the schedule asks.
/// </summary>
public sealed record ScheduledRunOutcome(
    ScheduledRunResult Result,
    string Text,
    Guid? QueryId = null,
    QueryState? State = null,
    bool Succeeded = false);
