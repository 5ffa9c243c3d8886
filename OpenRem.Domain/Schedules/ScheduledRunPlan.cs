using OpenRem.Domain.Queries;

namespace OpenRem.Domain.Schedules;

/// <summary>What one run of a schedule asks for, and the window it covers (recorded as covered when the run succeeds).</summary>
public sealed record ScheduledRunPlan(QueryRequest Request, DateTimeOffset WindowStart, DateTimeOffset WindowEnd);
