namespace OpenRem.Dicom.Network;

/// <summary>The class of a DIMSE status code (PS3.7 Annex C).</summary>
public enum DicomState
{
    /// <summary>0x0000: the operation completed.</summary>
    Success,

    /// <summary>0xFE00: the operation ended because it was cancelled.</summary>
    Cancel,

    /// <summary>0xFF00, 0xFF01: more responses follow.</summary>
    Pending,

    /// <summary>0x0001 and 0xBxxx: completed with a warning.</summary>
    Warning,

    /// <summary>Every other code: the operation failed.</summary>
    Failure,
}
