namespace OpenRem.Domain.Responses;

/// <summary>The outcome of retrieving one series: status, sub-operation counts, attempts and, if not clean, why.</summary>
public sealed record SeriesRetrieval(RetrievalStatus Status, SubOperationCounts Counts, int Attempts, string? Problem)
{
    /// <summary>For the database mapping, which sets each property from its columns.</summary>
    private SeriesRetrieval()
        : this(RetrievalStatus.NotRequested, SubOperationCounts.None, 0, null)
    {
    }

    public static SeriesRetrieval NotRequested { get; } = new(RetrievalStatus.NotRequested, SubOperationCounts.None, 0, null);

    public static SeriesRetrieval NotAttempted { get; } = new(RetrievalStatus.NotAttempted, SubOperationCounts.None, 0, null);
}
