namespace OpenRem.Domain.Ports.Archive;

/// <summary>
/// A study-root C-MOVE of one series (<see cref="QueryLevel.Series"/>) or of one instance
/// (<see cref="QueryLevel.Image"/>, with <see cref="SopInstanceUid"/>), sent to <see cref="Destination"/>.
/// </summary>
public sealed record MoveRequest(
    QueryLevel Level,
    string StudyInstanceUid,
    string SeriesInstanceUid,
    string? SopInstanceUid,
    Nodes.AeTitle Destination);
