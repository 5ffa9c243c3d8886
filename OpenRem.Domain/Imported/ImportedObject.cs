using OpenRem.Domain.Imported.Dose;

namespace OpenRem.Domain.Imported;

/// <summary>
/// One object the importer has processed, keyed by its SOP instance UID: what it is, where its file is, and when
/// and for what it was first received. Received again, it is updated rather than duplicated.
/// </summary>
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

    public ImportedObjectKind Kind { get; private set; } = ImportedObjectKind.Other;

    public string? Modality { get; private set; }

    public string? StationName { get; private set; }

    public string? Manufacturer { get; private set; }

    public string? ManufacturerModelName { get; private set; }

    /// <summary>The accumulated dose the object reports, when it is a radiation dose report.</summary>
    public DoseSummary? DoseSummary { get; private set; }

    /// <summary>The file, relative to the store folder; null for records made by another importer.</summary>
    public string? FilePath { get; private set; }

    public long? FileSize { get; private set; }

    /// <summary>When it was first received; null for records made by another importer.</summary>
    public DateTimeOffset? FirstReceivedAt { get; private set; }

    public DateTimeOffset? LastReceivedAt { get; private set; }

    /// <summary>How many times a store node of this application received it.</summary>
    public int TimesReceived { get; private set; }

    /// <summary>The calling AE title of the association that first brought it.</summary>
    public string? ReceivedFromAeTitle { get; private set; }

    /// <summary>The query it was first retrieved for, when it came from one of our moves.</summary>
    public Guid? QueryId { get; private set; }

    /// <summary>The series response of that query it was retrieved for.</summary>
    public long? SeriesResponseId { get; private set; }

    /// <summary>Records a reception: the first fills every field; a later one keeps the first's origin and takes the newer description and file.</summary>
    internal void Receive(ReceivedObjectDescription description, ObjectReceipt receipt)
    {
        SeriesInstanceUid = description.SeriesInstanceUid;
        SopClassUid = description.SopClassUid ?? SopClassUid;
        Kind = description.Kind;
        Modality = description.Modality ?? Modality;
        StationName = description.StationName ?? StationName;
        Manufacturer = description.Manufacturer ?? Manufacturer;
        ManufacturerModelName = description.ManufacturerModelName ?? ManufacturerModelName;
        DoseSummary = description.DoseSummary ?? DoseSummary;
        FilePath = receipt.FilePath;
        FileSize = receipt.FileSize;
        if (TimesReceived == 0)
        {
            FirstReceivedAt = receipt.ReceivedAt;
            ReceivedFromAeTitle = receipt.CallingAeTitle;
            QueryId = receipt.QueryId;
            SeriesResponseId = receipt.SeriesResponseId;
        }

        LastReceivedAt = receipt.ReceivedAt;
        TimesReceived++;
    }
}
