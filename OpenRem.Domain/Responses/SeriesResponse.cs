using OpenRem.Domain.Modalities;
using OpenRem.Domain.Ports.Archive;

namespace OpenRem.Domain.Responses;

/// <summary>One series-level match of a study, with the image-level matches asked for it.</summary>
public sealed class SeriesResponse
{
    private readonly List<ImageResponse> _images = [];

    private SeriesResponse()
    {
        SeriesInstanceUid = string.Empty;
        Modality = ModalityCodes.Other;
        Retrieval = SeriesRetrieval.NotRequested;
    }

    internal SeriesResponse(Guid findRequestId, int ordinal, SeriesMatch match)
    {
        FindRequestId = findRequestId;
        Ordinal = ordinal;
        SeriesInstanceUid = match.SeriesInstanceUid.Trim();
        ModalityReturned = !string.IsNullOrWhiteSpace(match.Modality);
        Modality = ModalityReturned ? match.Modality!.Trim().ToUpperInvariant() : ModalityCodes.Other;
        SeriesNumber = match.SeriesNumber;
        SeriesDescription = string.IsNullOrWhiteSpace(match.SeriesDescription) ? null : match.SeriesDescription.Trim();
        NumberOfSeriesRelatedInstances = match.NumberOfSeriesRelatedInstances;
        StationName = string.IsNullOrWhiteSpace(match.StationName) ? null : match.StationName.Trim();
        SeriesTime = match.SeriesTime;
        Retrieval = SeriesRetrieval.NotRequested;
    }

    private SeriesResponse(SeriesResponse original)
    {
        FindRequestId = original.FindRequestId;
        Ordinal = original.Ordinal;
        SeriesInstanceUid = original.SeriesInstanceUid;
        ModalityReturned = original.ModalityReturned;
        Modality = original.Modality;
        SeriesNumber = original.SeriesNumber;
        SeriesDescription = original.SeriesDescription;
        NumberOfSeriesRelatedInstances = original.NumberOfSeriesRelatedInstances;
        StationName = original.StationName;
        SeriesTime = original.SeriesTime;
        SopClassInSeries = original.SopClassInSeries;
        MoveImagesIndividually = original.MoveImagesIndividually;
        ImagesComplete = original.ImagesComplete;
        DropReason = original.DropReason;
        Retrieval = SeriesRetrieval.NotRequested;
        _images.AddRange(original._images.Select(image => image.Copy()));
    }

    /// <summary>Database identity; 0 until stored.</summary>
    public long Id { get; private set; }

    /// <summary>Position in the study, in the order received.</summary>
    public int Ordinal { get; private set; }

    /// <summary>The C-FIND call this match came from.</summary>
    public Guid FindRequestId { get; private set; }

    public string SeriesInstanceUid { get; private set; }

    /// <summary>The modality, or "OT" when the archive did not return one (see <see cref="ModalityReturned"/>).</summary>
    public string Modality { get; private set; }

    /// <summary>False when the response carried no modality.</summary>
    public bool ModalityReturned { get; private set; }

    public int? SeriesNumber { get; private set; }

    /// <summary>The description without surrounding spaces; null when absent, empty or only spaces.</summary>
    public string? SeriesDescription { get; private set; }

    /// <summary>The number of instances the archive reported; null when unknown.</summary>
    public int? NumberOfSeriesRelatedInstances { get; private set; }

    public string? StationName { get; private set; }

    public TimeOnly? SeriesTime { get; private set; }

    /// <summary>The SOP class of the first image found, once an image-level query typed the series.</summary>
    public string? SopClassInSeries { get; private set; }

    /// <summary>True when only the kept images are to be retrieved, one C-MOVE each, instead of the whole series.</summary>
    public bool MoveImagesIndividually { get; private set; }

    /// <summary>True once an image-level query for every instance completed, so <see cref="Images"/> is the whole series.</summary>
    public bool ImagesComplete { get; private set; }

    /// <summary>Why this series will not be retrieved; null while it is kept.</summary>
    public DropReason? DropReason { get; private set; }

    public bool IsKept => DropReason is null;

    /// <summary>How retrieving this series went.</summary>
    public SeriesRetrieval Retrieval { get; private set; }

    /// <summary>Objects the archive reported sent for this series to a store node run by this application; null when not followed.</summary>
    public int? ObjectsExpected { get; private set; }

    /// <summary>Of those, the objects that reached the store node; null when not followed.</summary>
    public int? ObjectsArrived { get; private set; }

    /// <summary>Of those, the objects that were imported; null when not followed.</summary>
    public int? ObjectsImported { get; private set; }

    /// <summary>The image-level matches, each SOP instance once, in the order first received.</summary>
    public IReadOnlyList<ImageResponse> Images => _images;

    public IEnumerable<ImageResponse> KeptImages => _images.Where(image => image.IsKept);

    /// <summary>The distinct SOP classes of the images found so far (unknown classes left out).</summary>
    public IEnumerable<string> SopClasses => _images.Select(image => image.SopClassUid).OfType<string>().Distinct(StringComparer.Ordinal);

    /// <summary>Adds an image-level match; a SOP instance already present is not added twice.</summary>
    internal ImageResponse AddImage(Guid findRequestId, ImageMatch match)
    {
        var existing = _images.Find(image => string.Equals(image.SopInstanceUid, match.SopInstanceUid.Trim(), StringComparison.Ordinal));
        if (existing is not null)
        {
            existing.Complete(match);
            return existing;
        }

        var added = new ImageResponse(findRequestId, _images.Count, match);
        _images.Add(added);
        return added;
    }

    /// <summary>Drops the series; a series already dropped keeps its first reason. True when this changed it.</summary>
    internal bool Drop(DropReason reason)
    {
        if (!IsKept)
        {
            return false;
        }

        DropReason = reason;
        return true;
    }

    internal void MarkTypedBy(string? sopClassUid) => SopClassInSeries = sopClassUid;

    internal void MarkImagesComplete() => ImagesComplete = true;

    internal void MoveByImage() => MoveImagesIndividually = true;

    internal void RecordRetrieval(SeriesRetrieval retrieval)
    {
        Retrieval = retrieval;
        ObjectsExpected = null;
        ObjectsArrived = null;
        ObjectsImported = null;
    }

    internal void RecordArrival(int expected, int arrived, int imported)
    {
        ObjectsExpected = expected;
        ObjectsArrived = arrived;
        ObjectsImported = imported;
    }

    internal SeriesResponse Copy() => new(this);
}
