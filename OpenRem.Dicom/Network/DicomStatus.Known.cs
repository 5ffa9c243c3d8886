namespace OpenRem.Dicom.Network;

/// <summary>The statuses of PS3.7 Annex C and PS3.4 (B.2.3, C.4.1.1.4, C.4.2.1.5) that OpenRem meets.</summary>
public sealed partial class DicomStatus
{
    public static readonly DicomStatus Success = new(0x0000, DicomState.Success, "Success");
    public static readonly DicomStatus Pending = new(0xFF00, DicomState.Pending, "Pending");
    public static readonly DicomStatus QueryRetrieveOptionalKeysNotSupported = new(0xFF01, DicomState.Pending, "Pending: one or more optional keys were not supported");
    public static readonly DicomStatus Cancel = new(0xFE00, DicomState.Cancel, "Cancelled: terminated by a cancel request");
    public static readonly DicomStatus Warning = new(0x0001, DicomState.Warning, "Warning");

    public static readonly DicomStatus QueryRetrieveSubOpsOneOrMoreFailures = new(0xB000, DicomState.Warning, "Warning: sub-operations complete, one or more failures or warnings");
    public static readonly DicomStatus StorageCoercionOfDataElements = new(0xB000, DicomState.Warning, "Warning: coercion of data elements");
    public static readonly DicomStatus StorageElementsDiscarded = new(0xB006, DicomState.Warning, "Warning: elements discarded");
    public static readonly DicomStatus StorageDataSetDoesNotMatchSOPClassWarning = new(0xB007, DicomState.Warning, "Warning: data set does not match SOP class");

    public static readonly DicomStatus QueryRetrieveOutOfResources = new(0xA700, DicomState.Failure, "Refused: out of resources");
    public static readonly DicomStatus QueryRetrieveUnableToCalculateNumberOfMatches = new(0xA701, DicomState.Failure, "Refused: out of resources, unable to calculate number of matches");
    public static readonly DicomStatus QueryRetrieveUnableToPerformSuboperations = new(0xA702, DicomState.Failure, "Refused: out of resources, unable to perform sub-operations");
    public static readonly DicomStatus QueryRetrieveMoveDestinationUnknown = new(0xA801, DicomState.Failure, "Refused: move destination unknown");
    public static readonly DicomStatus QueryRetrieveIdentifierDoesNotMatchSOPClass = new(0xA900, DicomState.Failure, "Failed: identifier does not match SOP class");
    public static readonly DicomStatus QueryRetrieveUnableToProcess = new(0xC000, DicomState.Failure, "Failed: unable to process");

    public static readonly DicomStatus StorageOutOfResources = new(0xA700, DicomState.Failure, "Refused: out of resources");
    public static readonly DicomStatus StorageDataSetDoesNotMatchSOPClassError = new(0xA900, DicomState.Failure, "Error: data set does not match SOP class");
    public static readonly DicomStatus StorageCannotUnderstand = new(0xC000, DicomState.Failure, "Error: cannot understand");

    public static readonly DicomStatus ProcessingFailure = new(0x0110, DicomState.Failure, "Failure: processing failure");
    public static readonly DicomStatus InvalidSOPInstance = new(0x0117, DicomState.Failure, "Failure: invalid SOP instance");
    public static readonly DicomStatus SOPClassNotSupported = new(0x0122, DicomState.Failure, "Refused: SOP class not supported");
    public static readonly DicomStatus NotAuthorized = new(0x0124, DicomState.Failure, "Refused: not authorized");
    public static readonly DicomStatus DuplicateInvocation = new(0x0210, DicomState.Failure, "Failure: duplicate invocation");
    public static readonly DicomStatus UnrecognizedOperation = new(0x0211, DicomState.Failure, "Failure: unrecognized operation");
    public static readonly DicomStatus MistypedArgument = new(0x0212, DicomState.Failure, "Failure: mistyped argument");

    private static readonly StatusPattern[] GeneralStatuses =
    [
        new(Success, 0xFFFF),
        new(Pending, 0xFFFF),
        new(QueryRetrieveOptionalKeysNotSupported, 0xFFFF),
        new(Cancel, 0xFFFF),
        new(Warning, 0xFFFF),
        new(ProcessingFailure, 0xFFFF),
        new(InvalidSOPInstance, 0xFFFF),
        new(SOPClassNotSupported, 0xFFFF),
        new(NotAuthorized, 0xFFFF),
        new(DuplicateInvocation, 0xFFFF),
        new(UnrecognizedOperation, 0xFFFF),
        new(MistypedArgument, 0xFFFF),
    ];

    private static readonly StatusPattern[] QueryRetrieveStatuses =
    [
        new(QueryRetrieveSubOpsOneOrMoreFailures, 0xFFFF),
        new(QueryRetrieveUnableToCalculateNumberOfMatches, 0xFFFF),
        new(QueryRetrieveUnableToPerformSuboperations, 0xFFFF),
        new(QueryRetrieveMoveDestinationUnknown, 0xFFFF),
        new(QueryRetrieveOutOfResources, 0xFFFF),
        new(QueryRetrieveIdentifierDoesNotMatchSOPClass, 0xFF00),
        new(QueryRetrieveUnableToProcess, 0xF000),
    ];

    private static readonly StatusPattern[] StorageStatuses =
    [
        new(StorageCoercionOfDataElements, 0xFFFF),
        new(StorageElementsDiscarded, 0xFFFF),
        new(StorageDataSetDoesNotMatchSOPClassWarning, 0xFFFF),
        new(StorageOutOfResources, 0xFF00),
        new(StorageDataSetDoesNotMatchSOPClassError, 0xFF00),
        new(StorageCannotUnderstand, 0xF000),
    ];
}
