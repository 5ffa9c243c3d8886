using OpenRem.Infrastructure.Progress;

namespace OpenRem.Web.Cli.Qr;

/// <summary>
/// Shows a query's progress on the command line's error output from the progress feed: the stage texts and log
/// lines of the query (<see cref="QrConsoleLines"/>), as the running query publishes them.
/// </summary>
internal static class QrConsoleFeedWriter
{
    /// <summary>Writes what <paramref name="subscription"/> delivers until it is completed or disposed.</summary>
    public static async Task WriteAsync(IQueryProgressSubscription subscription, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var lines = new QrConsoleLines(error);
        await foreach (var progressEvent in subscription.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            switch (progressEvent)
            {
                case QueryStageChanged stage:
                    lines.WriteStage(stage.Snapshot.StageText);
                    break;
                case QueryEnded ended:
                    lines.WriteStage(ended.Snapshot.StageText);
                    break;
                case QueryLogLineAdded log:
                    lines.WriteLog(log.Line);
                    break;
                case ProgressResync:
                    lines.WriteSkipped();
                    break;
            }
        }
    }
}
