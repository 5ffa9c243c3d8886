namespace OpenRem.Dicom.Network.Server;

/// <summary>Where the Store SCP puts a received object under its store directory.</summary>
public enum StorageLayout
{
    /// <summary><c>ROOT/StudyInstanceUID/SeriesInstanceUID/SOPInstanceUID.dcm</c>.</summary>
    StudySeriesInstance,

    /// <summary><c>ROOT/SOPInstanceUID.dcm</c>.</summary>
    Flat,
}
