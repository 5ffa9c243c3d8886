namespace OpenRem.Dicom.Network;

/// <summary>Builds the typed message for a received command set from its Command Field.</summary>
public static class DicomMessageFactory
{
    public static DicomMessage Create(DicomDataset command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!command.TryGetSingleValue<ushort>(DicomTag.CommandField, out var field))
        {
            throw new DicomNetworkException("The command set has no Command Field (0000,0100).");
        }

        return (DicomCommandField)field switch
        {
            DicomCommandField.CEchoRequest => new DicomCEchoRequest(command),
            DicomCommandField.CEchoResponse => new DicomCEchoResponse(command),
            DicomCommandField.CFindRequest => new DicomCFindRequest(command),
            DicomCommandField.CFindResponse => new DicomCFindResponse(command),
            DicomCommandField.CMoveRequest => new DicomCMoveRequest(command),
            DicomCommandField.CMoveResponse => new DicomCMoveResponse(command),
            DicomCommandField.CStoreRequest => new DicomCStoreRequest(command),
            DicomCommandField.CStoreResponse => new DicomCStoreResponse(command),
            DicomCommandField.CCancelRequest => new DicomCCancelRequest(command),
            _ => throw new DicomNetworkException($"The command set has Command Field 0x{field:X4}, which this library does not handle."),
        };
    }
}
