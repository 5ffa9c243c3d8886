namespace OpenRem.Testing.Peers;

/// <summary>
/// What storescu did: files given, instances the peer accepted (success or warning status), files not stored
/// (unreadable, refused or not sent), the time the whole storescu process took, and its log.
/// </summary>
public sealed record StoreResult(int Files, int Sent, int Failed, TimeSpan Elapsed, string Log);
