namespace OpenRem.Domain.Queries;

/// <summary>The advanced options of a query.</summary>
public sealed record QueryOptions
{
    public static QueryOptions Default { get; } = new();

    /// <summary>Leave out objects already imported (on by default: they would not be imported again).</summary>
    public bool RemoveDuplicates { get; init; } = true;

    /// <summary>Prepare CT studies without dose report or dose image for the Toshiba dose extractor.</summary>
    public bool GetToshibaImages { get; init; }

    /// <summary>Keep SR series that return nothing at image level, assuming they are dose reports.</summary>
    public bool GetEmptySrSeries { get; init; }
}
