namespace OpenRem.Dicom.Network.Server.Storage;

/// <summary>The outcome of receiving one object: stored, or the failure and its explanation (sent as Error Comment).</summary>
public sealed record StoreResult(StoreFailure Failure, StoredObject? Stored, string? ErrorComment)
{
    public bool Succeeded => Failure == StoreFailure.None;

    public static StoreResult Success(StoredObject stored) => new(StoreFailure.None, stored, null);

    public static StoreResult Failed(StoreFailure failure, string comment) => new(failure, null, comment);
}
