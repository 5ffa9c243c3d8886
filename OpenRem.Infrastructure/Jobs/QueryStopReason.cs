namespace OpenRem.Infrastructure.Jobs;

/// <summary>Why a running query was told to stop.</summary>
public enum QueryStopReason
{
    /// <summary>A user cancelled it: it ends cancelled.</summary>
    Cancelled,

    /// <summary>The application is stopping: it ends interrupted, and its retrieve can be resumed after a restart.</summary>
    Shutdown,
}
