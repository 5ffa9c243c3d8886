using OpenRem.Domain.Modalities;
using OpenRem.Domain.Queries;

namespace OpenRem.Domain.Find;

/// <summary>The closing text of the find phase, one statement per line.</summary>
internal static class FindSummary
{
    public static string Build(Query query, TimeSpan took)
    {
        var counts = query.FindCounts;
        var parameters = query.Parameters;
        var lines = new List<string>
        {
            $"Query complete. Query took {DurationText.Format(took)} and we are left with {DurationText.Count(counts.StudiesKept, "study")} to move.",
            OriginalResponses(counts, parameters.Modalities),
        };
        if (parameters.Filters.AnyActive)
        {
            lines.Add("Filters: " + string.Join(", ", FilterParts(counts, parameters.Filters)) + ".");
        }

        if (parameters.Options.RemoveDuplicates)
        {
            lines.Add($"Removing duplicates of previous objects removed {DurationText.Count(counts.AlreadyImportedRemoved, "study")}.");
        }

        if (query.RemoteErrors.Count > 0)
        {
            lines.Add("The following errors were received: " + string.Join("; ", query.RemoteErrors));
        }

        return string.Join('\n', lines);
    }

    /// <summary>What a find phase stopped before its end (cancelled, or the application stopped) had found.</summary>
    public static string Stopped(Query query, TimeSpan took)
    {
        var counts = query.FindCounts;
        return $"Query stopped after {DurationText.Format(took)}: {DurationText.Count(counts.StudyMatches, "study")} found "
            + $"({counts.SeriesMatches} series and {counts.ImageMatches} image matches from {DurationText.Count(counts.StudyRequests + counts.SeriesRequests + counts.ImageRequests, "request")}); nothing was kept to move.";
    }

    private static string OriginalResponses(FindCounts counts, ModalitySelection modalities)
    {
        var initial = counts.StudyMatches + counts.GroupCopies;
        var sentences = new List<string>();
        if (modalities.Includes(ModalityGroup.Fluoroscopy))
        {
            sentences.Add($"{counts.FluoroscopyWithoutReport} RF studies were deleted from query due to no suitable RDSR being found.");
        }

        if (modalities.Includes(ModalityGroup.Ct))
        {
            sentences.Add(
                $"{counts.CtWithoutUsableData} CT studies were deleted from query due to no suitable images or reports being found. " +
                $"Of the remaining CT studies, {counts.CtWithDoseReport} have RDSR or ESR, {counts.CtWithPhilipsDoseInfo} have Philips dose images, " +
                $"{counts.CtPreparedForToshiba} have been prepared for the Toshiba import option and {counts.CtMaybePhilips} have been prepared as possibly containing Philips dose images.");
        }

        if (modalities.IsSrOnly)
        {
            sentences.Add($"{counts.SrOnlyWithoutReport} SR studies were deleted from query due to no suitable SR being found.");
        }

        if (sentences.Count == 0)
        {
            sentences.Add($"{initial - counts.StudiesKept} will not be moved.");
        }

        return $"Of the original {initial} study responses, " + string.Join(" ", sentences);
    }

    private static IEnumerable<string> FilterParts(FindCounts counts, StudyFilters filters)
    {
        var level = filters.StationNameAtStudyLevel ? "study" : "series";
        if (filters.StudyDescriptionInclude.IsActive)
        {
            yield return $"keeping only studies whose description includes '{filters.StudyDescriptionInclude}' removed {DurationText.Count(counts.StudyDescriptionIncludeRemoved, "study")}";
        }

        if (filters.StudyDescriptionExclude.IsActive)
        {
            yield return $"excluding studies whose description includes '{filters.StudyDescriptionExclude}' removed {DurationText.Count(counts.StudyDescriptionExcludeRemoved, "study")}";
        }

        if (filters.StationNameInclude.IsActive)
        {
            yield return $"keeping only studies with station names that include '{filters.StationNameInclude}' at {level} level removed {DurationText.Count(counts.StationNameIncludeRemoved, "study")}";
        }

        if (filters.StationNameExclude.IsActive)
        {
            yield return $"excluding studies with station names that include '{filters.StationNameExclude}' at {level} level removed {DurationText.Count(counts.StationNameExcludeRemoved, "study")}";
        }
    }
}
