namespace OpenRem.Dicom.Network.Server.Storage;

/// <summary>An object written to its final place: the file, what it is, and its header (values up to Pixel Data).</summary>
public sealed record StoredObject(
    string Path,
    long Size,
    StoreRequestContext Request,
    DicomDataset Header);
