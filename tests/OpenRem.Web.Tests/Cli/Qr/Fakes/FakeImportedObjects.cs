using OpenRem.Domain.Imported;
using OpenRem.Domain.Ports;

namespace OpenRem.Web.Tests.Cli.Qr.Fakes;

/// <summary>Imported studies held in memory.</summary>
internal sealed class FakeImportedObjects : IImportedObjects
{
    private readonly List<ImportedStudy> _studies = [];

    /// <summary>Records a study as imported with the given processed SOP instance UIDs.</summary>
    public void Import(string studyInstanceUid, params string[] sopInstanceUids)
    {
        var study = new ImportedStudy(studyInstanceUid);
        foreach (var uid in sopInstanceUids)
        {
            study.AddObject(uid);
        }

        _studies.Add(study);
    }

    public Task<IReadOnlyList<ImportedStudy>> FindStudiesAsync(string studyInstanceUid, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ImportedStudy>>(_studies.Where(study => study.StudyInstanceUid == studyInstanceUid).ToList());
}
