namespace OpenRem.Infrastructure.Jobs;

/// <summary>One query being run by a job: the token its phases watch and, once it was told to stop, why.</summary>
public sealed class RunningQuery : IDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Action<RunningQuery> _ended;
    private int _reason = -1;

    internal RunningQuery(Guid queryId, Action<RunningQuery> ended, CancellationToken jobToken)
    {
        QueryId = queryId;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(jobToken);
        _ended = ended;
    }

    public Guid QueryId { get; }

    /// <summary>Cancelled when the query is told to stop (or the job's own token is).</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>Why the query was told to stop; null while it was not.</summary>
    public QueryStopReason? StopReason => _reason < 0 ? null : (QueryStopReason)_reason;

    /// <summary>Tells the query to stop; the first reason given is kept.</summary>
    public void Stop(QueryStopReason reason)
    {
        Interlocked.CompareExchange(ref _reason, (int)reason, -1);
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The run ended meanwhile.
        }
    }

    public void Dispose()
    {
        _ended(this);
        _stop.Dispose();
    }
}
