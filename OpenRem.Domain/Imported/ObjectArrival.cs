namespace OpenRem.Domain.Imported;

/// <summary>
/// One object received by a store node run by this application, kept whether or not it could be imported: what
/// counts, per query and series, how many objects of a retrieve arrived and were imported.
/// </summary>
public sealed class ObjectArrival
{
    private ObjectArrival()
    {
        SopInstanceUid = string.Empty;
        CallingAeTitle = string.Empty;
    }

    public ObjectArrival(string sopInstanceUid, string? studyInstanceUid, string? seriesInstanceUid, ObjectReceipt receipt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sopInstanceUid);
        ArgumentNullException.ThrowIfNull(receipt);
        SopInstanceUid = sopInstanceUid;
        StudyInstanceUid = studyInstanceUid;
        SeriesInstanceUid = seriesInstanceUid;
        ReceivedAt = receipt.ReceivedAt;
        CallingAeTitle = receipt.CallingAeTitle;
        MoveOriginatorAeTitle = receipt.MoveOriginatorAeTitle;
        StoreNodeId = receipt.StoreNodeId;
        QueryId = receipt.QueryId;
        SeriesResponseId = receipt.SeriesResponseId;
    }

    /// <summary>Database identity; 0 until stored.</summary>
    public long Id { get; private set; }

    public string SopInstanceUid { get; private set; }

    public string? StudyInstanceUid { get; private set; }

    public string? SeriesInstanceUid { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public string CallingAeTitle { get; private set; }

    public string? MoveOriginatorAeTitle { get; private set; }

    /// <summary>The store node that received it; null once that node was deleted.</summary>
    public int? StoreNodeId { get; private set; }

    /// <summary>The query whose retrieve brought it; null when it came otherwise.</summary>
    public Guid? QueryId { get; private set; }

    /// <summary>The series response of that query.</summary>
    public long? SeriesResponseId { get; private set; }

    /// <summary>True once the object is indexed.</summary>
    public bool Imported { get; private set; }

    /// <summary>Why it could not be imported; null when it was.</summary>
    public string? Problem { get; private set; }

    public void MarkImported()
    {
        Imported = true;
        Problem = null;
    }

    public void MarkNotImported(string problem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(problem);
        Imported = false;
        Problem = problem;
    }
}
