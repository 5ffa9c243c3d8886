namespace OpenRem.Domain.Find;

/// <summary>The stage texts of the find phase, in the order they appear.</summary>
internal static class StageTexts
{
    public const string PruningStudies = "Pruning study responses based on inc/exc options";
    public const string QueryingSeries = "Querying at series level to get more details about studies";
    public const string SeriesContinuing = "Series level matches are continuing.";
    public const string SeriesComplete = "Series level matching for this study is complete (there may be more)";
    public const string DeletingUnwanted = "Deleting studies we didn't ask for";
    public const string PruningSeries = "Pruning series responses";
    public const string GettingSeriesAndImages = "Getting series and image level information and deleting series we can't use";
    public const string ImageContinuing = "Image level matches are continuing.";
    public const string ImageComplete = "Image level matching for this study is complete (there may be more)";
    public const string RemovingDuplicates = "Removing any responses that match data we already have in the database";
    public const string CheckingDuplicates = "Checking to see if any response studies are already in the database";
    public const string ConnectionProblem = "Connection timed out, was aborted or received invalid response";

    public static string QueryingStudies(string code) => $"Currently querying for {code} studies";

    public static string StudyContinuing(string code) => $"Matches are continuing for {code} studies";

    public static string StudyComplete(string code) => $"Study level matching for {code} is complete";

    public static string Filtering(string level, string field, string kind, string terms) =>
        $"Filter at {level} level on {field} that {kind} {terms}";
}
