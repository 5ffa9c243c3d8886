namespace OpenRem.Domain.Imported;

/// <summary>
/// One reception of an object by a store node run by this application: the file, when, from which AE title, and
/// the query and series it was retrieved for when it came from one of our moves.
/// </summary>
/// <param name="FilePath">The file, relative to the store folder, with '/' between names.</param>
public sealed record ObjectReceipt(
    string FilePath,
    long FileSize,
    DateTimeOffset ReceivedAt,
    string CallingAeTitle,
    string? MoveOriginatorAeTitle,
    int? StoreNodeId,
    Guid? QueryId,
    long? SeriesResponseId);
