using System.Globalization;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Responses;
using OpenRem.Domain.Statuses;

namespace OpenRem.Domain.Retrieve;

/// <summary>
/// Sends one C-MOVE and reads its responses. A success is complete; a warning (0xB000: some sub-operations failed)
/// or reported failed or warning sub-operations complete with warnings and are not retried; a failure, a cancel or
/// a lost connection is retried once on a fresh association, then recorded as failed with the status and its meaning.
/// Sub-operation counts the archive leaves out count as 0.
/// </summary>
internal static class MoveRequestRunner
{
    public static async Task<MoveAttemptResult> RunAsync(MoveContext context, RetrieveItem item)
    {
        var first = await AttemptAsync(context, item).ConfigureAwait(false);
        if (first.Succeeded)
        {
            return first;
        }

        await context.LogAsync(QueryLogLevel.Warning, $"{Where(item)}: {first.Problem} Trying again on a fresh association.").ConfigureAwait(false);
        await context.Archive.RenewAsync(context.CancellationToken).ConfigureAwait(false);
        var second = await AttemptAsync(context, item).ConfigureAwait(false) with { Attempts = 2 };
        if (!second.Succeeded)
        {
            await context.LogAsync(QueryLogLevel.Error, $"{Where(item)}: {second.Problem} Failed twice in succession.").ConfigureAwait(false);
        }

        return second;
    }

    private static async Task<MoveAttemptResult> AttemptAsync(MoveContext context, RetrieveItem item)
    {
        var request = new MoveRequest(item.Level, item.StudyInstanceUid, item.SeriesInstanceUid, item.SopInstanceUid, context.Destination);
        var tally = new SubOperationTally();
        context.InFlight = tally;
        ushort? final = null;
        try
        {
            await foreach (var response in context.Archive.MoveAsync(request, context.CancellationToken).ConfigureAwait(false))
            {
                tally.Read(response);
                var pending = StatusDescription.KindOf(response.Status) == DimseStatusKind.Pending;
                await context.SeriesMoveProgressAsync(item, tally.Counts, response.Remaining, isFinal: !pending).ConfigureAwait(false);
                if (pending)
                {
                    await context.StageAsync($"{Where(item)}: Match returned, further matches are continuing. Sub-ops {tally.Counts}.").ConfigureAwait(false);
                    continue;
                }

                final = response.Status;
            }
        }
        catch (RemoteArchiveException exception)
        {
            var problem = exception.Failure.Kind == ArchiveFailureKind.ConnectionLost
                ? "Connection was aborted, timed out or received an invalid response: " + exception.Failure.Detail + "."
                : "Could not associate: " + exception.Failure.Detail + ".";
            return new MoveAttemptResult(RetrievalStatus.Failed, tally.Counts, problem, exception.Failure.IsAssociationFailure);
        }

        if (final is not { } status)
        {
            return new MoveAttemptResult(RetrievalStatus.Failed, tally.Counts, "The archive ended the move without a final status.");
        }

        return Judge(MoveStatuses.Describe(status), tally);
    }

    private static MoveAttemptResult Judge(StatusDescription status, SubOperationTally tally)
    {
        var counts = tally.Counts;
        return status.Kind switch
        {
            DimseStatusKind.Success when counts.Failed > 0 || counts.Warning > 0 =>
                new(RetrievalStatus.CompletedWithWarnings, counts, $"Success reported with sub-ops {counts}."),
            DimseStatusKind.Success when tally.Reported && counts.Completed == 0 =>
                new(RetrievalStatus.CompletedWithWarnings, counts, "The archive reported success but sent no objects."),
            DimseStatusKind.Success => new(RetrievalStatus.Completed, counts, null),
            DimseStatusKind.Warning => new(RetrievalStatus.CompletedWithWarnings, counts, status + "."),
            _ => new(RetrievalStatus.Failed, counts, status + "."),
        };
    }

    private static string Where(RetrieveItem item) =>
        string.Create(CultureInfo.InvariantCulture, $"Move of study {item.StudyNumber}, series {item.SeriesNumber}")
        + (item.SopInstanceUid is null ? string.Empty : ", instance " + item.SopInstanceUid);
}
