namespace OpenRem.Infrastructure.Jobs;

/// <summary>The <c>OpenRem:Jobs</c> section: how the background jobs run.</summary>
public sealed class JobOptions
{
    /// <summary>Name of the configuration section.</summary>
    public const string SectionName = "OpenRem:Jobs";

    /// <summary>How many jobs (queries, retrieves, scheduled runs, the echo round) may run at once.</summary>
    public int MaxConcurrentJobs { get; set; } = 10;

    /// <summary>How often every node is echoed for the status the pages show.</summary>
    public TimeSpan EchoInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the schedules are compared with the database, to pick up schedules changed by another process.</summary>
    public TimeSpan ScheduleReconcileInterval { get; set; } = TimeSpan.FromSeconds(15);
}
