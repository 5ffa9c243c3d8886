namespace OpenRem.Domain.Imported;

/// <summary>
/// A study the importer has stored, with the objects it processed. A study instance UID may have several
/// records (a PET/CT imported as a CT study and an NM study).
/// </summary>
public sealed class ImportedStudy
{
    private readonly List<ImportedObject> _objects = [];

    private ImportedStudy() => StudyInstanceUid = string.Empty;

    public ImportedStudy(string studyInstanceUid)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(studyInstanceUid);
        StudyInstanceUid = studyInstanceUid;
    }

    /// <summary>Database identity; 0 until stored.</summary>
    public long Id { get; private set; }

    public string StudyInstanceUid { get; private set; }

    /// <summary>The objects processed for this study.</summary>
    public IReadOnlyList<ImportedObject> Objects => _objects;

    /// <summary>Records that the object with <paramref name="sopInstanceUid"/> was processed; once per UID.</summary>
    public ImportedObject AddObject(string sopInstanceUid, string? seriesInstanceUid = null, string? sopClassUid = null)
    {
        var existing = _objects.Find(o => string.Equals(o.SopInstanceUid, sopInstanceUid, StringComparison.Ordinal));
        if (existing is not null)
        {
            return existing;
        }

        var imported = new ImportedObject(StudyInstanceUid, sopInstanceUid, seriesInstanceUid, sopClassUid);
        _objects.Add(imported);
        return imported;
    }
}
