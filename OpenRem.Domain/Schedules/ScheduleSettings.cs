using OpenRem.Domain.Ports;
using OpenRem.Domain.Queries;

namespace OpenRem.Domain.Schedules;

/// <summary>What an administrator enters for a scheduled query, before it is validated.</summary>
public sealed record ScheduleSettings
{
    /// <summary>The longest name.</summary>
    public const int MaxNameLength = 64;

    /// <summary>A name, unique among schedules regardless of case.</summary>
    public string? Name { get; init; }

    /// <summary>The remote node to query.</summary>
    public int? RemoteNodeId { get; init; }

    /// <summary>The store node retrieved objects go to.</summary>
    public int? StoreNodeId { get; init; }

    public ModalitySelection Modalities { get; init; } = ModalitySelection.Of();

    public StudyFilters Filters { get; init; } = StudyFilters.None;

    public QueryOptions Options { get; init; } = QueryOptions.Default;

    /// <summary>The studies asked for, relative to the run time.</summary>
    public ScheduleWindow? Window { get; init; }

    /// <summary>How often the schedule runs.</summary>
    public ScheduleFrequency? Frequency { get; init; }

    public bool Enabled { get; init; } = true;

    /// <summary>Retrieve what the find phase keeps; otherwise query and filter only.</summary>
    public bool Retrieve { get; init; } = true;

    /// <summary>Every reason these settings are not acceptable; empty when they are.</summary>
    /// <param name="otherScheduleNames">The names of the other schedules (not of the one being edited).</param>
    /// <param name="calendar">Checks a cron expression.</param>
    public IReadOnlyList<ScheduleSettingError> Validate(IEnumerable<string> otherScheduleNames, IScheduleCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(otherScheduleNames);
        ArgumentNullException.ThrowIfNull(calendar);
        var errors = new List<ScheduleSettingError>();
        var name = Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors.Add(new ScheduleSettingError(nameof(Name), "A name is required."));
        }
        else
        {
            if (name.Length > MaxNameLength)
            {
                errors.Add(new ScheduleSettingError(nameof(Name), "A name has at most 64 characters."));
            }

            if (otherScheduleNames.Any(other => string.Equals(other.Trim(), name, StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add(new ScheduleSettingError(nameof(Name), "Another schedule already has this name."));
            }
        }

        if (RemoteNodeId is null)
        {
            errors.Add(new ScheduleSettingError(nameof(RemoteNodeId), "A remote node is required."));
        }

        if (StoreNodeId is null)
        {
            errors.Add(new ScheduleSettingError(nameof(StoreNodeId), "A store node is required."));
        }

        if (Modalities.Validate() is { } modalityError)
        {
            errors.Add(new ScheduleSettingError(nameof(Modalities), modalityError));
        }

        if (Window is null)
        {
            errors.Add(new ScheduleSettingError(nameof(Window), "A window is required."));
        }

        errors.AddRange(FrequencyErrors(calendar));
        return errors;
    }

    private IEnumerable<ScheduleSettingError> FrequencyErrors(IScheduleCalendar calendar)
    {
        if (Frequency is null)
        {
            yield return new ScheduleSettingError(nameof(Frequency), "A frequency is required.");
            yield break;
        }

        var error = Frequency.Validate()
            ?? (Frequency.Kind == ScheduleFrequencyKind.Cron ? calendar.CronError(Frequency.CronExpression!) : null);
        if (error is not null)
        {
            yield return new ScheduleSettingError(nameof(Frequency), error);
        }
    }
}
