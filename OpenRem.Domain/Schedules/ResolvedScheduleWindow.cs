using OpenRem.Domain.Queries;

namespace OpenRem.Domain.Schedules;

/// <summary>
/// A schedule's window for one run: the instants it covers (<paramref name="Start"/> included,
/// <paramref name="End"/> not) and the study dates and times the query asks for to cover them.
/// </summary>
public sealed record ResolvedScheduleWindow(StudyDateWindow Dates, DateTimeOffset Start, DateTimeOffset End);
