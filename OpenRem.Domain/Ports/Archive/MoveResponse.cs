namespace OpenRem.Domain.Ports.Archive;

/// <summary>
/// One C-MOVE response: its status code and the sub-operation counts, each null when the archive left it out.
/// Every response but the last is pending (0xFF00); the last carries the final status.
/// </summary>
public sealed record MoveResponse(
    ushort Status,
    int? Remaining = null,
    int? Completed = null,
    int? Failed = null,
    int? Warning = null);
