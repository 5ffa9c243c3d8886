namespace OpenRem.Infrastructure.Archive;

/// <summary>
/// Lets one call at a time use a connection: the association carries one operation at a time, so a second call
/// started before the first one's enumeration ended would wait for it forever. That is a programming error and throws.
/// </summary>
internal sealed class CallGate : IDisposable
{
    private int _busy;

    /// <summary>Marks a call as running until the returned scope is disposed.</summary>
    public IDisposable Enter() =>
        Interlocked.Exchange(ref _busy, 1) == 0
            ? this
            : throw new InvalidOperationException("Another call to this remote archive is still running: finish or dispose its enumeration first.");

    /// <summary>Ends the running call.</summary>
    public void Dispose() => Volatile.Write(ref _busy, 0);
}
