namespace OpenRem.Testing.Peers;

/// <summary>
/// The final C-MOVE response movescu received: its DIMSE status (0x0000 success, 0xA801 move destination unknown,
/// ...) with DCMTK's text, and the sub-operation counts it carried (null when the peer left one out), plus the time
/// the whole movescu process took and its log.
/// </summary>
public sealed record MoveResult(
    ushort Status,
    string StatusText,
    int? Completed,
    int? Failed,
    int? Warning,
    int? Remaining,
    TimeSpan Elapsed,
    string Log)
{
    public bool Succeeded => Status == 0x0000;
}
