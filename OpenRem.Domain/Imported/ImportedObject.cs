namespace OpenRem.Domain.Imported;

/// <summary>One object the importer has processed, keyed by its study and SOP instance UIDs.</summary>
public sealed class ImportedObject
{
    private ImportedObject()
    {
        StudyInstanceUid = string.Empty;
        SopInstanceUid = string.Empty;
    }

    public ImportedObject(string studyInstanceUid, string sopInstanceUid, string? seriesInstanceUid = null, string? sopClassUid = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(studyInstanceUid);
        ArgumentException.ThrowIfNullOrWhiteSpace(sopInstanceUid);
        StudyInstanceUid = studyInstanceUid;
        SopInstanceUid = sopInstanceUid;
        SeriesInstanceUid = seriesInstanceUid;
        SopClassUid = sopClassUid;
    }

    /// <summary>Database identity; 0 until stored.</summary>
    public long Id { get; private set; }

    public string StudyInstanceUid { get; private set; }

    public string SopInstanceUid { get; private set; }

    public string? SeriesInstanceUid { get; private set; }

    public string? SopClassUid { get; private set; }
}
