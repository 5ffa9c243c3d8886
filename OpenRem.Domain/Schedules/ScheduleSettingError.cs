namespace OpenRem.Domain.Schedules;

/// <summary>Why one field of a schedule's settings is not acceptable, in words fit for a form.</summary>
public sealed record ScheduleSettingError(string Field, string Message);
