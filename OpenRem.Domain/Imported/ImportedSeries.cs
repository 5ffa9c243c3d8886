namespace OpenRem.Domain.Imported;

/// <summary>A series of an imported study.</summary>
public sealed class ImportedSeries
{
    private ImportedSeries() => SeriesInstanceUid = string.Empty;

    internal ImportedSeries(string seriesInstanceUid) => SeriesInstanceUid = seriesInstanceUid;

    /// <summary>Database identity; 0 until stored.</summary>
    public long Id { get; private set; }

    public string SeriesInstanceUid { get; private set; }

    public string? Modality { get; private set; }

    public int? SeriesNumber { get; private set; }

    public string? SeriesDescription { get; private set; }

    /// <summary>Takes what an object of this series says, keeping known values that it leaves out.</summary>
    internal void Describe(ReceivedObjectDescription description)
    {
        Modality = description.Modality ?? Modality;
        SeriesNumber = description.SeriesNumber ?? SeriesNumber;
        SeriesDescription = description.SeriesDescription ?? SeriesDescription;
    }
}
