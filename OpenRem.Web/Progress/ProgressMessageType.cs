namespace OpenRem.Web.Progress;

/// <summary>The <c>type</c> of each message of the progress hub (<see cref="ProgressHub"/>).</summary>
public static class ProgressMessageType
{
    public const string StageChanged = "stageChanged";

    public const string CountsChanged = "countsChanged";

    public const string SeriesMoveProgressed = "seriesMoveProgressed";

    public const string LogLineAdded = "logLineAdded";

    public const string Ended = "ended";

    public const string Resync = "resync";
}
