namespace OpenRem.Dicom.Network.Server;

/// <summary>The command set of a response for a request that no typed message answers (an unknown or refused operation).</summary>
internal static class FailureResponseCommand
{
    public static DicomDataset Build(DicomDataset request, DicomStatus status)
    {
        var field = request.GetSingleValueOrDefault<ushort>(DicomTag.CommandField, 0);
        var response = new DicomDataset();
        if (request.TryGetString(DicomTag.AffectedSOPClassUID, out var sopClass) && sopClass.Length > 0)
        {
            response.AddOrUpdate(DicomTag.AffectedSOPClassUID, sopClass);
        }

        response.AddOrUpdate<ushort>(DicomTag.CommandField, (ushort)(field | 0x8000));
        response.AddOrUpdate<ushort>(DicomTag.MessageIDBeingRespondedTo, request.GetSingleValueOrDefault<ushort>(DicomTag.MessageID, 0));
        response.AddOrUpdate<ushort>(DicomTag.CommandDataSetType, DicomMessage.CommandDataSetTypeNull);
        response.AddOrUpdate<ushort>(DicomTag.Status, status.Code);
        if (!string.IsNullOrEmpty(status.ErrorComment))
        {
            response.AddOrUpdate(DicomTag.ErrorComment, Truncate(status.ErrorComment));
        }

        if (request.TryGetString(DicomTag.AffectedSOPInstanceUID, out var instance) && instance.Length > 0)
        {
            response.AddOrUpdate(DicomTag.AffectedSOPInstanceUID, instance);
        }

        return response;
    }

    /// <summary>Error Comment is LO: 64 characters at most.</summary>
    public static string Truncate(string comment) => comment.Length > 64 ? comment[..64] : comment;
}
