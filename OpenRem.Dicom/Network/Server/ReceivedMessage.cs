namespace OpenRem.Dicom.Network.Server;

/// <summary>
/// A complete request as the service handles it: its command, its presentation context, whether a data set came
/// with it and, for C-STORE, the receipt of the object or the failure already decided for it.
/// </summary>
internal sealed record ReceivedMessage(DicomDataset Command, DicomPresentationContext Context, bool HadDataset, StoreReceipt? Receipt, DicomStatus? Failure)
{
    public DicomCommandField Field => (DicomCommandField)Command.GetSingleValueOrDefault<ushort>(DicomTag.CommandField, 0);
}
