namespace OpenRem.Domain.Schedules;

/// <summary>Thrown when a schedule is created or changed with settings that do not validate.</summary>
public sealed class InvalidScheduleSettingsException : Exception
{
    public InvalidScheduleSettingsException()
        : this([])
    {
    }

    public InvalidScheduleSettingsException(string message)
        : base(message)
    {
        Errors = [];
    }

    public InvalidScheduleSettingsException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public InvalidScheduleSettingsException(IReadOnlyList<ScheduleSettingError> errors)
        : base("The schedule settings are not valid: " + string.Join(" ", errors.Select(error => error.Message)))
    {
        Errors = errors;
    }

    /// <summary>Every field that failed, with its reason.</summary>
    public IReadOnlyList<ScheduleSettingError> Errors { get; }
}
