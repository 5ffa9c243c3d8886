namespace OpenRem.Web.Cli.Qr;

/// <summary>
/// The values of one <c>qr</c> command line as given, before validation: dates, times and filter terms are still
/// text, so that they are checked in the reference's order by <see cref="QrRequestFactory"/>.
/// </summary>
internal sealed record QrArguments
{
    /// <summary>Database ID of the remote (query-retrieve) node.</summary>
    public required int RemoteNodeId { get; init; }

    /// <summary>Database ID of the store node the objects are sent to.</summary>
    public required int StoreNodeId { get; init; }

    /// <summary><c>-f/--dfrom</c>, as typed.</summary>
    public string? DateFrom { get; init; }

    /// <summary><c>-t/--duntil</c>, as typed.</summary>
    public string? DateUntil { get; init; }

    /// <summary><c>-sd/--single_date</c>, as typed.</summary>
    public string? SingleDate { get; init; }

    /// <summary><c>-tf/--tfrom</c>, as typed.</summary>
    public string? TimeFrom { get; init; }

    /// <summary><c>-tt/--tuntil</c>, as typed.</summary>
    public string? TimeUntil { get; init; }

    /// <summary><c>--query-only</c>: stop after the find phase.</summary>
    public bool QueryOnly { get; init; }

    /// <summary><c>--json</c>: the final summary as one JSON object.</summary>
    public bool Json { get; init; }

    /// <summary>The modalities, filter terms and advanced options, shared with <c>schedules add</c>.</summary>
    public QrQueryFlagValues QueryFlags { get; init; } = new();
}
