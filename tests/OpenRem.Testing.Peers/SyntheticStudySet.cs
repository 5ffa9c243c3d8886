namespace OpenRem.Testing.Peers;

/// <summary>
/// Synthetic studies written by make-synthetic.py: <see cref="Directory"/>/sNNNNN/*.dcm plus manifest.csv, every
/// study a copy of a sample study with new UIDs, dates spread evenly over the date range, and synthetic patients.
/// <see cref="Elapsed"/> is the time make-synthetic.py took (zero for a set read from disk).
/// </summary>
public sealed record SyntheticStudySet(string Directory, IReadOnlyList<SyntheticStudy> Studies, int FileCount, TimeSpan Elapsed);
