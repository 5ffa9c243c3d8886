namespace OpenRem.Infrastructure.Running;

/// <summary>
/// One query being run in this process: the two tokens its phases watch, <see cref="Cancellation"/> (a user's cancel:
/// the query ends cancelled) and <see cref="Shutdown"/> (the application stops: the query ends interrupted, its
/// retrieve resumable), each linked to the token the caller gave for it.
/// </summary>
public sealed class RunningQuery : IDisposable
{
    private readonly CancellationTokenSource _cancel;
    private readonly CancellationTokenSource _shutdown;
    private readonly Action<RunningQuery> _ended;

    internal RunningQuery(Guid queryId, Action<RunningQuery> ended, CancellationToken cancellationToken, CancellationToken shutdown)
    {
        QueryId = queryId;
        _ended = ended;
        _cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _shutdown = CancellationTokenSource.CreateLinkedTokenSource(shutdown);
    }

    public Guid QueryId { get; }

    /// <summary>Cancelled when a user cancels the query (or the caller's own token is cancelled).</summary>
    public CancellationToken Cancellation => _cancel.Token;

    /// <summary>Cancelled when the application stops (or the caller's shutdown token is cancelled).</summary>
    public CancellationToken Shutdown => _shutdown.Token;

    /// <summary>A user cancels the query.</summary>
    public void Cancel() => Signal(_cancel);

    /// <summary>The application stops.</summary>
    public void Stop() => Signal(_shutdown);

    public void Dispose()
    {
        _ended(this);
        _cancel.Dispose();
        _shutdown.Dispose();
    }

    private static void Signal(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The run ended meanwhile.
        }
    }
}
