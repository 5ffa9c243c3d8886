using OpenRem.Domain.Nodes;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Queries;

namespace OpenRem.Domain.Schedules;

/// <summary>
/// A query run again and again: the query's template (modalities, filters, options, nodes), the window of study
/// dates relative to the run time, how often it runs, and what its last run did. <see cref="CoveredUntil"/> is the
/// end of the window of the last successful run, so that the next run reaches back to it and nothing is missed. The
/// nodes are remembered by name too, so deleting a node keeps the schedule (which then cannot run). While a run goes
/// on, <see cref="RunningQueryId"/> and <see cref="RunningSince"/> hold its claim, which keeps a second run out.
/// </summary>
public sealed class Schedule
{
    private Schedule()
    {
        Name = string.Empty;
        RemoteNodeName = string.Empty;
        StoreNodeName = string.Empty;
        Modalities = null!;
        Filters = StudyFilters.None;
        Options = QueryOptions.Default;
        Window = null!;
        Frequency = null!;
    }

    /// <summary>Database identity; 0 until stored.</summary>
    public int Id { get; private set; }

    /// <summary>A name unique among schedules regardless of case; queries made by the schedule carry it.</summary>
    public string Name { get; private set; }

    /// <summary>The remote node queried; null once that node is deleted.</summary>
    public int? RemoteNodeId { get; private set; }

    public string RemoteNodeName { get; private set; }

    /// <summary>The store node retrieved objects go to; null once that node is deleted.</summary>
    public int? StoreNodeId { get; private set; }

    public string StoreNodeName { get; private set; }

    public ModalitySelection Modalities { get; private set; }

    public StudyFilters Filters { get; private set; }

    public QueryOptions Options { get; private set; }

    public ScheduleWindow Window { get; private set; }

    public ScheduleFrequency Frequency { get; private set; }

    public bool Enabled { get; private set; }

    /// <summary>Retrieve what the find phase keeps; otherwise the schedule only queries and filters.</summary>
    public bool Retrieve { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? LastRunStartedAt { get; private set; }

    public DateTimeOffset? LastRunEndedAt { get; private set; }

    /// <summary>The query the last run created; null when the last run did not start one.</summary>
    public Guid? LastQueryId { get; private set; }

    /// <summary>The state the last run's query ended in; null while it runs, or when no query was started.</summary>
    public QueryState? LastRunState { get; private set; }

    /// <summary>One line on the last run's result, or why it did not run.</summary>
    public string? LastResult { get; private set; }

    /// <summary>The end of the window of the last successful run; null before the first.</summary>
    public DateTimeOffset? CoveredUntil { get; private set; }

    /// <summary>The query of the run holding the claim; null when no run holds it.</summary>
    public Guid? RunningQueryId { get; private set; }

    /// <summary>When the run holding the claim took it.</summary>
    public DateTimeOffset? RunningSince { get; private set; }

    /// <summary>
    /// Creates a schedule of <paramref name="remoteNode"/> into <paramref name="storeNode"/> (the nodes the settings
    /// name, or null when there is no such node); throws <see cref="InvalidScheduleSettingsException"/> when the
    /// settings do not validate.
    /// </summary>
    public static Schedule Create(
        ScheduleSettings settings,
        IEnumerable<string> otherScheduleNames,
        IScheduleCalendar calendar,
        RemoteNode? remoteNode,
        StoreNode? storeNode,
        DateTimeOffset now)
    {
        var schedule = new Schedule { CreatedAt = now };
        schedule.Update(settings, otherScheduleNames, calendar, remoteNode, storeNode, now);
        return schedule;
    }

    /// <summary>Changes the schedule; throws <see cref="InvalidScheduleSettingsException"/> as <see cref="Create"/>.</summary>
    public void Update(
        ScheduleSettings settings,
        IEnumerable<string> otherScheduleNames,
        IScheduleCalendar calendar,
        RemoteNode? remoteNode,
        StoreNode? storeNode,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = settings.Validate(otherScheduleNames, calendar).ToList();
        if (settings.RemoteNodeId is { } remoteId && remoteNode?.Id != remoteId)
        {
            errors.Add(new ScheduleSettingError(nameof(ScheduleSettings.RemoteNodeId), $"There is no remote node with ID {remoteId}."));
        }

        if (settings.StoreNodeId is { } storeId && storeNode?.Id != storeId)
        {
            errors.Add(new ScheduleSettingError(nameof(ScheduleSettings.StoreNodeId), $"There is no store node with ID {storeId}."));
        }

        if (errors.Count > 0)
        {
            throw new InvalidScheduleSettingsException(errors);
        }

        Name = settings.Name!.Trim();
        RemoteNodeId = remoteNode!.Id;
        RemoteNodeName = remoteNode.Name;
        StoreNodeId = storeNode!.Id;
        StoreNodeName = storeNode.Name;
        Modalities = settings.Modalities;
        Filters = settings.Filters;
        Options = settings.Options;
        Window = settings.Window!;
        Frequency = settings.Frequency!;
        Enabled = settings.Enabled;
        Retrieve = settings.Retrieve;
        UpdatedAt = now;
    }

    /// <summary>The current values, ready to edit.</summary>
    public ScheduleSettings ToSettings() => new()
    {
        Name = Name,
        RemoteNodeId = RemoteNodeId,
        StoreNodeId = StoreNodeId,
        Modalities = Modalities,
        Filters = Filters,
        Options = Options,
        Window = Window,
        Frequency = Frequency,
        Enabled = Enabled,
        Retrieve = Retrieve,
    };

    public void Enable(DateTimeOffset now)
    {
        Enabled = true;
        UpdatedAt = now;
    }

    public void Disable(DateTimeOffset now)
    {
        Enabled = false;
        UpdatedAt = now;
    }

    /// <summary>Why the schedule cannot run now (disabled, or a node deleted), or null when it can.</summary>
    public string? WhyCannotRun() =>
        !Enabled ? "not run: the schedule is disabled"
        : RemoteNodeId is null ? $"not run: the remote node {RemoteNodeName} has been deleted"
        : StoreNodeId is null ? $"not run: the store node {StoreNodeName} has been deleted"
        : null;

    /// <summary>
    /// The query a run at <paramref name="now"/> makes, with the window it covers: the schedule's window resolved in
    /// the site's time zone <paramref name="zone"/>, reaching back to <see cref="CoveredUntil"/> when that is earlier.
    /// </summary>
    /// <exception cref="InvalidOperationException">A node of the schedule has been deleted.</exception>
    public ScheduledRunPlan PlanRun(DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (RemoteNodeId is not { } remoteId || StoreNodeId is not { } storeId)
        {
            throw new InvalidOperationException($"The schedule {Name} cannot run: a node of it has been deleted.");
        }

        var window = Window.Resolve(now, CoveredUntil, zone);
        var request = new QueryRequest
        {
            RemoteNodeId = remoteId,
            StoreNodeId = storeId,
            Modalities = Modalities,
            Dates = window.Dates,
            Filters = Filters,
            Options = Options,
            MoveWhenFound = Retrieve,
            Origin = QueryOrigin.Schedule,
            RequestedBy = Name,
        };
        return new ScheduledRunPlan(request, window.Start, window.End);
    }

    /// <summary>A run started the query <paramref name="queryId"/>.</summary>
    public void RecordRunStarted(Guid queryId, DateTimeOffset now)
    {
        LastRunStartedAt = now;
        LastRunEndedAt = null;
        LastQueryId = queryId;
        LastRunState = null;
        LastResult = "running";
    }

    /// <summary>
    /// The run's query ended in <paramref name="state"/>; when that is a success (done, or filtered for a schedule
    /// that does not retrieve), the window up to <paramref name="windowEnd"/> counts as covered.
    /// </summary>
    public void RecordRunEnded(QueryState state, string resultText, DateTimeOffset windowEnd, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(resultText);
        LastRunEndedAt = now;
        LastRunState = state;
        LastResult = resultText;
        if (IsSuccess(state) && (CoveredUntil is null || windowEnd > CoveredUntil))
        {
            CoveredUntil = windowEnd;
        }
    }

    /// <summary>A run did not start a query: <paramref name="reason"/> says why.</summary>
    public void RecordRunNotStarted(string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reason);
        LastRunStartedAt = now;
        LastRunEndedAt = now;
        LastQueryId = null;
        LastRunState = null;
        LastResult = reason;
    }

    /// <summary>True when a query ending in <paramref name="state"/> did all this schedule asks.</summary>
    public bool IsSuccess(QueryState state) => state == QueryState.Done || (state == QueryState.Filtered && !Retrieve);

    /// <summary>The schedule's next run after <paramref name="now"/>, or null when it is disabled or will not run again.</summary>
    public DateTimeOffset? NextRunAfter(DateTimeOffset now, IScheduleCalendar calendar, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Enabled ? calendar.NextRunAfter(Frequency, CreatedAt, now, zone) : null;
    }
}
