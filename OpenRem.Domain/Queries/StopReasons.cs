namespace OpenRem.Domain.Queries;

/// <summary>The words a query's stage text and log use when it is stopped before its end.</summary>
public static class StopReasons
{
    /// <summary>The reason an interrupted query gives, whether the application stopped it or it was found left running at start-up.</summary>
    public const string ApplicationStopped = "The application stopped while this query was running.";

    /// <summary>The log line of a query the user cancelled.</summary>
    public const string CancelledByUser = "The query was cancelled.";
}
