using Microsoft.EntityFrameworkCore;
using OpenRem.Domain.Imported;
using OpenRem.Domain.Ports;

namespace OpenRem.Infrastructure.Persistence.Imported;

/// <summary>What has been imported, read from the database for the duplicate rule.</summary>
internal sealed class ImportedObjectsReader(IDbContextFactory<OpenRemDbContext> contexts) : IImportedObjects
{
    public async Task<IReadOnlyList<ImportedStudy>> FindStudiesAsync(string studyInstanceUid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(studyInstanceUid);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ImportedStudies
            .AsNoTracking()
            .Where(study => study.StudyInstanceUid == studyInstanceUid)
            .Include(study => study.Objects.OrderBy(imported => imported.Id))
            .OrderBy(study => study.Id)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
    }
}
