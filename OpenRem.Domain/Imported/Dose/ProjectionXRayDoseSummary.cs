namespace OpenRem.Domain.Imported.Dose;

/// <summary>
/// The projection X-ray part of a dose report (fluoroscopy, radiography, mammography): the accumulated dose of each
/// plane, their totals, the number of irradiation events and, for mammography, the accumulated glandular doses.
/// </summary>
public sealed record ProjectionXRayDoseSummary
{
    /// <param name="planes">The accumulated dose of each plane, in report order.</param>
    /// <param name="irradiationEventCount">The number of irradiation events the report lists; null when it does not list events.</param>
    /// <param name="accumulatedAverageGlandularDoses">The accumulated average glandular doses (mammography), in report order.</param>
    public ProjectionXRayDoseSummary(
        IReadOnlyList<ProjectionPlaneDose> planes, int? irradiationEventCount, IReadOnlyList<GlandularDose> accumulatedAverageGlandularDoses)
    {
        ArgumentNullException.ThrowIfNull(planes);
        ArgumentNullException.ThrowIfNull(accumulatedAverageGlandularDoses);
        Planes = [.. planes];
        IrradiationEventCount = irradiationEventCount;
        AccumulatedAverageGlandularDoses = [.. accumulatedAverageGlandularDoses];
        TotalDap = SumOverPlanes(plane => plane.TotalDap);
        TotalFluoroTime = SumOverPlanes(plane => plane.TotalFluoroTime);
        ReferencePointDose = SumOverPlanes(plane => plane.ReferencePointDose);
    }

    /// <summary>The accumulated dose of each plane, in report order.</summary>
    public IReadOnlyList<ProjectionPlaneDose> Planes { get; }

    /// <summary>The number of irradiation events the report lists; null when it does not list events.</summary>
    public int? IrradiationEventCount { get; }

    /// <summary>The accumulated average glandular doses (mammography), in report order; empty for other reports.</summary>
    public IReadOnlyList<GlandularDose> AccumulatedAverageGlandularDoses { get; }

    /// <summary>The Dose Area Product Total summed over the planes that give it, in Gy·m²; null when none does.</summary>
    public decimal? TotalDap { get; }

    /// <summary>The Total Fluoro Time summed over the planes that give it, in seconds; null when none does.</summary>
    public decimal? TotalFluoroTime { get; }

    /// <summary>The Dose (RP) Total summed over the planes that give it, in Gy; null when none does.</summary>
    public decimal? ReferencePointDose { get; }

    /// <summary>Equal when the planes, the event count and the glandular doses are equal, in the same order.</summary>
    public bool Equals(ProjectionXRayDoseSummary? other) =>
        other is not null
        && IrradiationEventCount == other.IrradiationEventCount
        && Planes.SequenceEqual(other.Planes)
        && AccumulatedAverageGlandularDoses.SequenceEqual(other.AccumulatedAverageGlandularDoses);

    public override int GetHashCode() => HashCode.Combine(IrradiationEventCount, Planes.Count, AccumulatedAverageGlandularDoses.Count);

    /// <summary>The sum of the planes' values that are present; null when none is, or when the sum does not fit a decimal.</summary>
    private decimal? SumOverPlanes(Func<ProjectionPlaneDose, decimal?> value)
    {
        decimal? total = null;
        foreach (var plane in Planes)
        {
            if (value(plane) is not { } figure)
            {
                continue;
            }

            try
            {
                total = (total ?? 0m) + figure;
            }
            catch (OverflowException)
            {
                return null;
            }
        }

        return total;
    }
}
