namespace OpenRem.Dicom.Network.Transport;

/// <summary>What to do with a received PDU in the current state.</summary>
public enum PduDisposition
{
    /// <summary>The PDU is valid here: handle it.</summary>
    Process,

    /// <summary>The PDU is dropped (after an abort, while waiting for the close).</summary>
    Ignore,

    /// <summary>The PDU is not valid here: send A-ABORT (service provider, unexpected PDU) and close.</summary>
    AbortUnexpected,
}
