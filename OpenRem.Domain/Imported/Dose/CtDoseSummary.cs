namespace OpenRem.Domain.Imported.Dose;

/// <summary>The CT part of a dose report: its accumulated dose and its irradiation events.</summary>
public sealed record CtDoseSummary
{
    /// <param name="totalDlp">The report's CT Dose Length Product Total, in mGy·cm.</param>
    /// <param name="irradiationEventCount">
    /// The report's Total Number of Irradiation Events, else the number of CT acquisitions it lists.
    /// </param>
    /// <param name="events">The CT acquisitions in report order.</param>
    public CtDoseSummary(decimal? totalDlp, int? irradiationEventCount, IReadOnlyList<CtIrradiationEventDose> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        TotalDlp = totalDlp;
        IrradiationEventCount = irradiationEventCount;
        Events = [.. events];
    }

    /// <summary>The CT Dose Length Product Total, in mGy·cm.</summary>
    public decimal? TotalDlp { get; }

    /// <summary>The Total Number of Irradiation Events the report states, else the number of CT acquisitions it lists.</summary>
    public int? IrradiationEventCount { get; }

    /// <summary>The CT acquisitions (irradiation events) in report order.</summary>
    public IReadOnlyList<CtIrradiationEventDose> Events { get; }

    /// <summary>Equal when the totals are equal and the events are equal, in the same order.</summary>
    public bool Equals(CtDoseSummary? other) =>
        other is not null
        && TotalDlp == other.TotalDlp
        && IrradiationEventCount == other.IrradiationEventCount
        && Events.SequenceEqual(other.Events);

    public override int GetHashCode() => HashCode.Combine(TotalDlp, IrradiationEventCount, Events.Count);
}
