using OpenRem.Domain.Queries;

namespace OpenRem.Web.Cli.Qr;

/// <summary>
/// What a finished <c>qr</c> run did: the query's identity and parameters, its final state and error, the counts of
/// each step of the find phase, the retrieve's counts and sub-operation totals, and every study response, kept or
/// dropped with its reason. Built by <see cref="QrSummaryBuilder"/>; written by <see cref="QrSummaryJsonWriter"/>
/// and <see cref="QrSummaryTextWriter"/>.
/// </summary>
internal sealed record QrSummary
{
    public required Guid QueryId { get; init; }

    public required string RemoteNode { get; init; }

    public required string StoreNode { get; init; }

    /// <summary>The study dates asked for, as sent: for example "20240301-20240315", or "all dates".</summary>
    public required string Dates { get; init; }

    /// <summary>The modality groups asked for: for example "CT, MG", or "SR only".</summary>
    public required string Modalities { get; init; }

    /// <summary>True when the kept responses were to be retrieved (not <c>--query-only</c>).</summary>
    public required bool MoveRequested { get; init; }

    /// <summary>The state the query ended in: Filtered (query only), Done, Failed or Cancelled.</summary>
    public required QueryState State { get; init; }

    /// <summary>Why the query failed; null unless <see cref="State"/> is Failed.</summary>
    public required string? Error { get; init; }

    /// <summary>The closing text of the find phase; null when it did not complete.</summary>
    public required string? FindSummary { get; init; }

    /// <summary>The closing text of the retrieve; null when none ended.</summary>
    public required string? MoveSummary { get; init; }

    /// <summary>Problems the remote archive reported without stopping the query.</summary>
    public required IReadOnlyList<string> RemoteErrors { get; init; }

    public required QrFindCounts Find { get; init; }

    /// <summary>The retrieve's counts; null when no retrieve started.</summary>
    public required QrMoveCounts? Move { get; init; }

    /// <summary>The study responses kept for retrieval, in the order received.</summary>
    public required IReadOnlyList<QrKeptStudy> KeptStudies { get; init; }

    /// <summary>The study responses dropped, in the order received, each with its reason.</summary>
    public required IReadOnlyList<QrDroppedStudy> DroppedStudies { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset? FindStartedAt { get; init; }

    public required DateTimeOffset? FindEndedAt { get; init; }

    public required DateTimeOffset? MoveStartedAt { get; init; }

    public required DateTimeOffset? MoveEndedAt { get; init; }
}
