using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenRem.Domain.Imported;
using OpenRem.Infrastructure.Persistence;

namespace OpenRem.Infrastructure.Import;

/// <summary>
/// Indexes received files in the database: the study, the series and the object (updated, not duplicated, when it
/// is received again), and one arrival per file, tied to the retrieve it was moved for. A batch is one transaction;
/// when a batch cannot be written, its files are imported one by one so that one bad file cannot hold up the rest.
/// A file that cannot be indexed at all stays on disk, and the start-up recovery imports it later.
/// </summary>
public sealed class ObjectImporter(IDbContextFactory<OpenRemDbContext> databases, StoreFolder folder, ILogger<ObjectImporter> logger)
{
    /// <summary>Imports <paramref name="files"/>; an outcome per file, in order.</summary>
    public async Task<IReadOnlyList<ImportOutcome>> ImportAsync(IReadOnlyList<ReceivedFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0)
        {
            return [];
        }

        IReadOnlyList<ImportOutcome> outcomes;
        try
        {
            outcomes = await ImportBatchAsync(files, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsDatabaseFailure(e) && files.Count > 1)
        {
            ImportLog.BatchFailed(logger, e, files.Count);
            var single = new List<ImportOutcome>(files.Count);
            foreach (var file in files)
            {
                single.Add(await ImportAloneAsync(file, cancellationToken).ConfigureAwait(false));
            }

            outcomes = single;
        }
        catch (Exception e) when (IsDatabaseFailure(e))
        {
            outcomes = [Failed(files[0], e)];
        }

        foreach (var outcome in outcomes.Where(outcome => !outcome.Imported))
        {
            ImportLog.NotImported(logger, Uid(outcome.File), outcome.File.Path, outcome.Problem!);
        }

        var imported = outcomes.Count(outcome => outcome.Imported);
        var added = outcomes.Count(outcome => outcome.IsNew);
        ImportLog.BatchImported(logger, outcomes.Count, imported, added);
        return outcomes;
    }

    private async Task<ImportOutcome> ImportAloneAsync(ReceivedFile file, CancellationToken cancellationToken)
    {
        try
        {
            return (await ImportBatchAsync([file], cancellationToken).ConfigureAwait(false))[0];
        }
        catch (Exception e) when (IsDatabaseFailure(e))
        {
            return Failed(file, e);
        }
    }

    private ImportOutcome Failed(ReceivedFile file, Exception exception)
    {
        ImportLog.ObjectFailed(logger, exception, file.Path);
        return new ImportOutcome(file, Imported: false, IsNew: false, "the database could not record it: " + exception.GetBaseException().Message);
    }

    private async Task<IReadOnlyList<ImportOutcome>> ImportBatchAsync(IReadOnlyList<ReceivedFile> files, CancellationToken cancellationToken)
    {
        var database = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (database.ConfigureAwait(false))
        {
            var described = files.Select(file => (File: file, Description: ReceivedObjectDescriber.Describe(file.Header, out var problem), Problem: problem)).ToList();
            var valid = described.Where(entry => entry.Description is not null).Select(entry => entry.Description!).ToList();
            var targets = await ArrivalTargets.FindAsync(database, valid.Select(d => d.SeriesInstanceUid).Distinct(StringComparer.Ordinal).ToList(), cancellationToken).ConfigureAwait(false);
            var sopUids = valid.Select(d => d.SopInstanceUid).Distinct(StringComparer.Ordinal).ToList();
            var knownStudyOf = await database.ImportedObjects.AsNoTracking()
                .Where(imported => sopUids.Contains(imported.SopInstanceUid))
                .Select(imported => new { imported.SopInstanceUid, imported.StudyInstanceUid })
                .ToDictionaryAsync(imported => imported.SopInstanceUid, imported => imported.StudyInstanceUid, StringComparer.Ordinal, cancellationToken)
                .ConfigureAwait(false);
            var studies = new Dictionary<string, ImportedStudy>(StringComparer.Ordinal);
            var outcomes = new List<ImportOutcome>(files.Count);
            foreach (var (file, description, problem) in described)
            {
                var target = description is null ? null : targets.GetValueOrDefault(description.SeriesInstanceUid);
                var receipt = new ObjectReceipt(folder.Relative(file.Path), file.Size, file.ReceivedAt, file.CallingAeTitle, file.MoveOriginatorAeTitle, file.StoreNodeId, target?.QueryId, target?.SeriesResponseId);
                var arrival = new ObjectArrival(Uid(file), description?.StudyInstanceUid, description?.SeriesInstanceUid, receipt);
                database.ObjectArrivals.Add(arrival);
                if (description is null)
                {
                    arrival.MarkNotImported(problem!);
                    outcomes.Add(new ImportOutcome(file, Imported: false, IsNew: false, problem));
                    continue;
                }

                if (knownStudyOf.TryGetValue(description.SopInstanceUid, out var otherStudy) && otherStudy != description.StudyInstanceUid)
                {
                    var conflict = $"its SOP Instance UID was imported before in study {otherStudy}";
                    arrival.MarkNotImported(conflict);
                    outcomes.Add(new ImportOutcome(file, Imported: false, IsNew: false, conflict));
                    continue;
                }

                if (!studies.TryGetValue(description.StudyInstanceUid, out var study))
                {
                    study = await LoadStudyAsync(database, description.StudyInstanceUid, sopUids, cancellationToken).ConfigureAwait(false);
                    studies.Add(description.StudyInstanceUid, study);
                }

                var (imported, isNew) = study.Import(description, receipt);
                knownStudyOf[description.SopInstanceUid] = description.StudyInstanceUid;
                arrival.MarkImported();
                ImportLog.ObjectImported(logger, imported.SopInstanceUid, imported.Kind, target?.QueryId);
                outcomes.Add(new ImportOutcome(file, Imported: true, isNew, null));
            }

            await database.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return outcomes;
        }
    }

    /// <summary>The study's record with its series and those of <paramref name="sopUids"/> among its objects; a new record when there is none.</summary>
    private static async Task<ImportedStudy> LoadStudyAsync(OpenRemDbContext database, string studyUid, List<string> sopUids, CancellationToken cancellationToken)
    {
        var study = await database.ImportedStudies
            .Include(s => s.Series)
            .Include(s => s.Objects.Where(o => sopUids.Contains(o.SopInstanceUid)))
            .Where(s => s.StudyInstanceUid == studyUid)
            .OrderBy(s => s.Id)
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        if (study is null)
        {
            study = new ImportedStudy(studyUid);
            database.ImportedStudies.Add(study);
        }

        return study;
    }

    private static string Uid(ReceivedFile file) =>
        ReceivedObjectDescriber.SopInstanceUid(file.Header) ?? Path.GetFileNameWithoutExtension(file.Path);

    private static bool IsDatabaseFailure(Exception exception) =>
        exception is DbUpdateException or SqliteException or InvalidOperationException { InnerException: SqliteException };
}
