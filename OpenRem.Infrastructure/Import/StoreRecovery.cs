using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenRem.Dicom;
using OpenRem.Dicom.IO;
using OpenRem.Dicom.Network.Server;
using OpenRem.Infrastructure.Persistence;

namespace OpenRem.Infrastructure.Import;

/// <summary>
/// Makes the store folder and the database agree at start-up, before any store node listens: files left half-written
/// in the incoming folder by a stop in the middle of a transfer are removed (their sender was never told they were
/// stored), and complete files that were not indexed (a stop between the rename and the import) are imported.
/// </summary>
public sealed class StoreRecovery(IDbContextFactory<OpenRemDbContext> databases, StoreFolder folder, ObjectImporter importer, ILogger<StoreRecovery> logger)
{
    private const int BatchSize = 200;

    /// <summary>Runs the recovery; returns the number of files imported.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder.Root);
        var partial = RemovePartialFiles();
        var unindexed = await FindUnindexedAsync(cancellationToken).ConfigureAwait(false);
        ImportLog.RecoveryScanned(logger, folder.Root, partial, unindexed.Count);
        var imported = 0;
        foreach (var chunk in unindexed.Chunk(BatchSize))
        {
            var files = chunk.Select(Read).OfType<ReceivedFile>().ToList();
            var outcomes = await importer.ImportAsync(files, cancellationToken).ConfigureAwait(false);
            imported += outcomes.Count(outcome => outcome.Imported);
        }

        return imported;
    }

    private int RemovePartialFiles()
    {
        var incoming = Path.Combine(folder.Root, StorePathPolicy.IncomingFolder);
        if (!Directory.Exists(incoming))
        {
            return 0;
        }

        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(incoming))
        {
            File.Delete(file);
            removed++;
        }

        return removed;
    }

    private async Task<List<string>> FindUnindexedAsync(CancellationToken cancellationToken)
    {
        var database = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        HashSet<string> indexed;
        await using (database.ConfigureAwait(false))
        {
            var paths = await database.ImportedObjects.AsNoTracking()
                .Where(imported => imported.FilePath != null)
                .Select(imported => imported.FilePath!)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            indexed = new HashSet<string>(paths, StringComparer.Ordinal);
        }

        var incoming = Path.Combine(folder.Root, StorePathPolicy.IncomingFolder) + Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(folder.Root, "*.dcm", SearchOption.AllDirectories)
            .Where(path => !path.StartsWith(incoming, StringComparison.Ordinal) && !indexed.Contains(folder.Relative(path)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private ReceivedFile? Read(string path)
    {
        try
        {
            var file = DicomFile.Open(path, DicomReaderOptions.HeaderOnly);
            var info = new FileInfo(path);
            var source = file.FileMetaInfo.SourceApplicationEntityTitle;
            return new ReceivedFile(path, info.Length, file.Dataset, new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero), string.IsNullOrWhiteSpace(source) ? "unknown" : source.Trim(), null, null);
        }
        catch (Exception e) when (e is DicomFileException or IOException or UnauthorizedAccessException)
        {
            ImportLog.UnreadableFile(logger, path, e.Message);
            return null;
        }
    }
}
