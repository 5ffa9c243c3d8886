namespace OpenRem.Dicom.Network;

/// <summary>
/// C-MOVE-RSP with the sub-operation counters (0000,1020-1023). A counter the peer did not send is null: final
/// responses carry no Remaining count, and failures may carry none at all. A final response may carry an
/// identifier with the Failed SOP Instance UID List (0008,0058).
/// </summary>
public sealed class DicomCMoveResponse : DicomResponse
{
    public DicomCMoveResponse(DicomCMoveRequest request, DicomStatus status)
        : base(request, status)
    {
    }

    /// <summary>A response as received.</summary>
    public DicomCMoveResponse(DicomDataset command)
        : base(command)
    {
    }

    public int? Remaining
    {
        get => GetOptionalUShort(DicomTag.NumberOfRemainingSuboperations);
        set => SetOptionalUShort(DicomTag.NumberOfRemainingSuboperations, value);
    }

    public int? Completed
    {
        get => GetOptionalUShort(DicomTag.NumberOfCompletedSuboperations);
        set => SetOptionalUShort(DicomTag.NumberOfCompletedSuboperations, value);
    }

    public int? Failures
    {
        get => GetOptionalUShort(DicomTag.NumberOfFailedSuboperations);
        set => SetOptionalUShort(DicomTag.NumberOfFailedSuboperations, value);
    }

    public int? Warnings
    {
        get => GetOptionalUShort(DicomTag.NumberOfWarningSuboperations);
        set => SetOptionalUShort(DicomTag.NumberOfWarningSuboperations, value);
    }
}
