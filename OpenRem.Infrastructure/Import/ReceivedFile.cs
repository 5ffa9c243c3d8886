using OpenRem.Dicom;

namespace OpenRem.Infrastructure.Import;

/// <summary>A complete object file in the store folder, waiting to be imported.</summary>
/// <param name="Path">The full path of the file.</param>
/// <param name="Header">Its data set up to the pixel data (all of it for a structured report).</param>
/// <param name="StoreNodeId">The store node that received it; null when found on disk at start-up and not known.</param>
public sealed record ReceivedFile(
    string Path,
    long Size,
    DicomDataset Header,
    DateTimeOffset ReceivedAt,
    string CallingAeTitle,
    string? MoveOriginatorAeTitle,
    int? StoreNodeId);
