namespace OpenRem.Infrastructure.Progress;

/// <summary>How the progress feed buffers and throttles each subscriber.</summary>
public sealed class QueryProgressFeedOptions
{
    /// <summary>Events a subscriber may have waiting; beyond that they are replaced by a <see cref="ProgressResync"/>.</summary>
    public int Capacity { get; set; } = 256;

    /// <summary>Counts and series move progress of one query reach a subscriber at most once per this interval.</summary>
    public TimeSpan CoalesceInterval { get; set; } = TimeSpan.FromMilliseconds(200);
}
