using OpenRem.Domain.Find.Decisions;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Rules;

/// <summary>
/// [H, CT] Philips scanners store a dose screen as a series described "Dose Info". When the study's series have
/// descriptions and one of them is "dose info" (whole text, any case), only such series are retrieved.
/// </summary>
internal static class PhilipsDoseInfoRule
{
    private const string DoseInfo = "dose info";

    /// <summary>True when at least one kept series has a description (one made only of spaces does not count).</summary>
    public static bool DescriptionsAvailable(StudyResponse study) =>
        study.KeptSeries.Any(series => series.SeriesDescription is not null);

    /// <summary>True when a kept series is described "dose info".</summary>
    public static bool HasDoseInfo(StudyResponse study) => study.KeptSeries.Any(IsDoseInfo);

    /// <summary>Drops every kept series that is not described "dose info".</summary>
    public static DecisionList Decide(StudyResponse study) =>
        new DecisionList().DropAll(study.KeptSeries.Where(series => !IsDoseInfo(series)), DropReason.PhilipsDoseImage);

    private static bool IsDoseInfo(SeriesResponse series) =>
        string.Equals(series.SeriesDescription, DoseInfo, StringComparison.OrdinalIgnoreCase);
}
