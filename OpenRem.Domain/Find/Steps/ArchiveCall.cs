using OpenRem.Domain.Ports;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Statuses;

namespace OpenRem.Domain.Find.Steps;

/// <summary>
/// Runs one C-FIND call and deals with its failure: a failure status or a lost connection is recorded and the
/// query goes on with what was received; an association that cannot be had aborts the query.
/// </summary>
internal static class ArchiveCall
{
    /// <summary>Feeds every match to <paramref name="onMatch"/>; true when the call ended with success.</summary>
    public static async Task<bool> CollectAsync<T>(
        FindContext context, IAsyncEnumerable<T> matches, Func<T, ValueTask> onMatch, string what)
    {
        try
        {
            await foreach (var match in matches.WithCancellation(context.CancellationToken).ConfigureAwait(false))
            {
                await onMatch(match).ConfigureAwait(false);
            }

            return true;
        }
        catch (RemoteArchiveException exception)
        {
            await RecordAsync(context, exception.Failure, what).ConfigureAwait(false);
            return false;
        }
    }

    private static async Task RecordAsync(FindContext context, ArchiveFailure failure, string what)
    {
        if (failure.IsAssociationFailure)
        {
            throw new FindAbortedException($"Could not associate with {context.Node.Name}: {failure.Detail}");
        }

        string problem;
        if (failure.Kind == ArchiveFailureKind.RemoteStatus && failure.Status is { } status)
        {
            problem = FindStatuses.Describe(status) + ". See logs for details.";
        }
        else
        {
            problem = StageTexts.ConnectionProblem + ": " + failure.Detail;
            await context.StageAsync(StageTexts.ConnectionProblem).ConfigureAwait(false);
        }

        var text = what + ": " + problem;
        context.RecordRemoteError(text);
        await context.LogAsync(QueryLogLevel.Error, text).ConfigureAwait(false);
    }
}
