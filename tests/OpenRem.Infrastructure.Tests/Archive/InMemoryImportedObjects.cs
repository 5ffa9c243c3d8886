using OpenRem.Domain.Imported;
using OpenRem.Domain.Ports;

namespace OpenRem.Infrastructure.Tests.Archive;

/// <summary>Imported studies held in a list, for the duplicate rule of the find phase.</summary>
internal sealed class InMemoryImportedObjects : IImportedObjects
{
    public List<ImportedStudy> Studies { get; } = [];

    public Task<IReadOnlyList<ImportedStudy>> FindStudiesAsync(string studyInstanceUid, CancellationToken cancellationToken)
    {
        IReadOnlyList<ImportedStudy> found = [.. Studies.Where(study => study.StudyInstanceUid == studyInstanceUid)];
        return Task.FromResult(found);
    }
}
