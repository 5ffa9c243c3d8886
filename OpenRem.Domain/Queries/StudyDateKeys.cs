namespace OpenRem.Domain.Queries;

/// <summary>The StudyDate and StudyTime matching values sent at study level, and how they read to a user.</summary>
/// <param name="StudyDate">A DICOM date (YYYYMMDD), a date range, or empty for every date.</param>
/// <param name="StudyTime">A DICOM time range (HHMMSS-HHMMSS), or empty.</param>
/// <param name="Text">For the user, for example "20240301 083000-120059" or "all dates".</param>
public sealed record StudyDateKeys(string StudyDate, string StudyTime, string Text);
