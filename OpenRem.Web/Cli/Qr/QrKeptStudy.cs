namespace OpenRem.Web.Cli.Qr;

/// <summary>A study response kept for retrieval, with its series to retrieve and how many of its series were dropped.</summary>
internal sealed record QrKeptStudy
{
    public required string StudyInstanceUid { get; init; }

    /// <summary>The modality group whose rules handled the study (CT, MG, FL, DX, NM or SR); null when none did.</summary>
    public required string? Group { get; init; }

    public required IReadOnlyList<string> Modalities { get; init; }

    public required IReadOnlyList<QrKeptSeries> Series { get; init; }

    public required int SeriesDropped { get; init; }
}
