namespace OpenRem.Domain.Imported;

/// <summary>
/// A study the importer has stored, with its series and the objects it processed. A study instance UID may have
/// several records when another importer made them (a PET/CT imported as a CT and an NM study); this application's
/// store nodes keep one record per study.
/// </summary>
public sealed class ImportedStudy
{
    private readonly List<ImportedObject> _objects = [];
    private readonly List<ImportedSeries> _series = [];

    private ImportedStudy() => StudyInstanceUid = string.Empty;

    public ImportedStudy(string studyInstanceUid)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(studyInstanceUid);
        StudyInstanceUid = studyInstanceUid;
    }

    /// <summary>Database identity; 0 until stored.</summary>
    public long Id { get; private set; }

    public string StudyInstanceUid { get; private set; }

    public DateOnly? StudyDate { get; private set; }

    public TimeOnly? StudyTime { get; private set; }

    public string? StudyDescription { get; private set; }

    public string? AccessionNumber { get; private set; }

    /// <summary>The modalities of its series, distinct, in the order first seen, separated by a backslash (e.g. <c>CT\SR</c>).</summary>
    public string? ModalitiesInStudy { get; private set; }

    /// <summary>When an object of it was last received.</summary>
    public DateTimeOffset? LastReceivedAt { get; private set; }

    /// <summary>The objects processed for this study.</summary>
    public IReadOnlyList<ImportedObject> Objects => _objects;

    /// <summary>Its series, in the order first received.</summary>
    public IReadOnlyList<ImportedSeries> Series => _series;

    /// <summary>Records that the object with <paramref name="sopInstanceUid"/> was processed; once per UID.</summary>
    public ImportedObject AddObject(string sopInstanceUid, string? seriesInstanceUid = null, string? sopClassUid = null)
    {
        var existing = FindObject(sopInstanceUid);
        if (existing is not null)
        {
            return existing;
        }

        var imported = new ImportedObject(StudyInstanceUid, sopInstanceUid, seriesInstanceUid, sopClassUid);
        _objects.Add(imported);
        return imported;
    }

    /// <summary>
    /// Records a reception of an object of this study: the study and series take what it says (keeping what they knew
    /// where it says nothing), and the object is added, or updated when it was received before.
    /// </summary>
    /// <returns>The object's record, and whether it is new.</returns>
    public (ImportedObject Object, bool IsNew) Import(ReceivedObjectDescription description, ObjectReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(receipt);
        if (!string.Equals(description.StudyInstanceUid, StudyInstanceUid, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The object belongs to study {description.StudyInstanceUid}, not {StudyInstanceUid}.", nameof(description));
        }

        StudyDate = description.StudyDate ?? StudyDate;
        StudyTime = description.StudyTime ?? StudyTime;
        StudyDescription = description.StudyDescription ?? StudyDescription;
        AccessionNumber = description.AccessionNumber ?? AccessionNumber;
        LastReceivedAt = LastReceivedAt is { } last && last > receipt.ReceivedAt ? last : receipt.ReceivedAt;

        var series = _series.Find(s => string.Equals(s.SeriesInstanceUid, description.SeriesInstanceUid, StringComparison.Ordinal));
        if (series is null)
        {
            series = new ImportedSeries(description.SeriesInstanceUid);
            _series.Add(series);
        }

        series.Describe(description);
        ModalitiesInStudy = string.Join('\\', _series.Select(s => s.Modality).OfType<string>().Distinct(StringComparer.Ordinal));

        var existing = FindObject(description.SopInstanceUid);
        var imported = existing ?? new ImportedObject(StudyInstanceUid, description.SopInstanceUid);
        imported.Receive(description, receipt);
        if (existing is null)
        {
            _objects.Add(imported);
        }

        return (imported, existing is null);
    }

    private ImportedObject? FindObject(string sopInstanceUid) =>
        _objects.Find(o => string.Equals(o.SopInstanceUid, sopInstanceUid, StringComparison.Ordinal));
}
