namespace OpenRem.Dicom.Network.Server.Storage;

/// <summary>Why a received object was not stored, each with the C-STORE status it is answered with (PS3.4 B.2.3).</summary>
public enum StoreFailure
{
    /// <summary>Stored.</summary>
    None = 0,

    /// <summary>Refused: out of resources (A700), e.g. the disk is full or cannot be written.</summary>
    OutOfResources = 0xA700,

    /// <summary>Error: the dataset does not match the SOP class or instance of its command (A900).</summary>
    DataSetDoesNotMatchSOPClass = 0xA900,

    /// <summary>Error: cannot understand (C000): the dataset cannot be parsed.</summary>
    CannotUnderstand = 0xC000,
}
