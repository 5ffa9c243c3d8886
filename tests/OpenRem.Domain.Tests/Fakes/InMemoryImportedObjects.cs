using OpenRem.Domain.Imported;
using OpenRem.Domain.Ports;

namespace OpenRem.Domain.Tests.Fakes;

/// <summary>Imported studies held in memory.</summary>
public sealed class InMemoryImportedObjects : IImportedObjects
{
    public List<ImportedStudy> Studies { get; } = [];

    public int Lookups { get; private set; }

    /// <summary>Records a study as imported with the given processed SOP instance UIDs.</summary>
    public ImportedStudy Import(string studyInstanceUid, params string[] sopInstanceUids)
    {
        var study = new ImportedStudy(studyInstanceUid);
        foreach (var uid in sopInstanceUids)
        {
            study.AddObject(uid);
        }

        Studies.Add(study);
        return study;
    }

    public Task<IReadOnlyList<ImportedStudy>> FindStudiesAsync(string studyInstanceUid, CancellationToken cancellationToken)
    {
        Lookups++;
        IReadOnlyList<ImportedStudy> found = Studies.Where(study => study.StudyInstanceUid == studyInstanceUid).ToList();
        return Task.FromResult(found);
    }
}
