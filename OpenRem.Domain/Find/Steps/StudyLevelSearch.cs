using OpenRem.Domain.Ports;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Steps;

/// <summary>
/// [A] One study-level C-FIND per modality code asked for, in order, ModalitiesInStudy holding that one code.
/// The search stops early only when a response proves the archive ignores the key (it returned a study whose
/// ModalitiesInStudy lacks the code). A study without ModalitiesInStudy proves nothing, so the search goes on
/// with the next code: an archive that filters but does not return the key still yields every modality.
/// </summary>
internal static class StudyLevelSearch
{
    public static async Task<StudyLevelResult> RunAsync(FindContext context)
    {
        var requests = 0;
        var remoteIgnoresModality = false;
        foreach (var code in context.Parameters.Modalities.CodesInQueryOrder)
        {
            if (remoteIgnoresModality)
            {
                break;
            }

            requests++;
            var received = await FindAsync(context, code).ConfigureAwait(false);
            remoteIgnoresModality = received.Any(study => study.ModalitiesInStudyReturned && !study.Contains(code));
            if (remoteIgnoresModality)
            {
                await context.LogAsync(
                    QueryLogLevel.Information,
                    $"The archive returned studies without {code} to a query for {code}: it ignores ModalitiesInStudy, so no further modality is queried.")
                    .ConfigureAwait(false);
            }
        }

        return new StudyLevelResult(requests, !remoteIgnoresModality);
    }

    private static async Task<List<StudyResponse>> FindAsync(FindContext context, string code)
    {
        await context.StageAsync(StageTexts.QueryingStudies(code)).ConfigureAwait(false);
        var keys = context.Parameters.DateKeys;
        var request = new StudyFindRequest(keys.StudyDate, keys.StudyTime, code, context.Node.UseModalityTagAtStudyLevel);
        var requestId = Guid.NewGuid();
        var received = new List<StudyResponse>();
        context.Counts.StudyRequests++;
        var completed = await ArchiveCall.CollectAsync(
            context,
            context.Archive.FindStudiesAsync(request, context.CancellationToken),
            async match =>
            {
                if (string.IsNullOrWhiteSpace(match.StudyInstanceUid))
                {
                    await context.LogAsync(QueryLogLevel.Warning, "A study-level response without a study instance UID was ignored.").ConfigureAwait(false);
                    return;
                }

                received.Add(context.Query.AddStudy(requestId, match));
                context.Counts.StudyMatches++;
                if (received.Count == 1)
                {
                    await context.StageAsync(StageTexts.StudyContinuing(code)).ConfigureAwait(false);
                }

                await context.CountsChangedAsync().ConfigureAwait(false);
            },
            $"Study level query for {code}").ConfigureAwait(false);
        if (completed)
        {
            await context.StageAsync(StageTexts.StudyComplete(code)).ConfigureAwait(false);
        }

        return received;
    }
}
