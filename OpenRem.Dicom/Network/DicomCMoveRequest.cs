namespace OpenRem.Dicom.Network;

/// <summary>
/// C-MOVE-RQ: asks the peer to send the matching instances to the Move Destination (0000,0600), an AE title
/// the peer knows with its host and port. Study Root unless given, or Patient Root for a patient-level move.
/// </summary>
public sealed class DicomCMoveRequest : DicomPriorityRequest
{
    /// <summary>A move at the given level; add the unique keys to <see cref="DicomMessage.Dataset"/>.</summary>
    public DicomCMoveRequest(string destinationAe, DicomQueryRetrieveLevel level, DicomPriority priority = DicomPriority.Medium)
        : this(DefaultSopClass(level), destinationAe, level, priority)
    {
    }

    public DicomCMoveRequest(DicomUID sopClassUid, string destinationAe, DicomQueryRetrieveLevel level, DicomPriority priority = DicomPriority.Medium)
        : base(DicomCommandField.CMoveRequest, sopClassUid, priority)
    {
        DestinationAE = destinationAe;
        Dataset = new DicomDataset();
        Level = level;
    }

    /// <summary>A study-level move of one study.</summary>
    public DicomCMoveRequest(string destinationAe, string studyInstanceUid, DicomPriority priority = DicomPriority.Medium)
        : this(destinationAe, DicomQueryRetrieveLevel.Study, priority)
    {
        Dataset!.AddOrUpdate(DicomTag.StudyInstanceUID, studyInstanceUid);
    }

    /// <summary>A series-level move of one series.</summary>
    public DicomCMoveRequest(string destinationAe, string studyInstanceUid, string seriesInstanceUid, DicomPriority priority = DicomPriority.Medium)
        : this(destinationAe, DicomQueryRetrieveLevel.Series, priority)
    {
        Dataset!.AddOrUpdate(DicomTag.StudyInstanceUID, studyInstanceUid);
        Dataset.AddOrUpdate(DicomTag.SeriesInstanceUID, seriesInstanceUid);
    }

    /// <summary>An image-level move of one instance.</summary>
    public DicomCMoveRequest(string destinationAe, string studyInstanceUid, string seriesInstanceUid, string sopInstanceUid, DicomPriority priority = DicomPriority.Medium)
        : this(destinationAe, DicomQueryRetrieveLevel.Image, priority)
    {
        Dataset!.AddOrUpdate(DicomTag.StudyInstanceUID, studyInstanceUid);
        Dataset.AddOrUpdate(DicomTag.SeriesInstanceUID, seriesInstanceUid);
        Dataset.AddOrUpdate(DicomTag.SOPInstanceUID, sopInstanceUid);
    }

    /// <summary>A request as received.</summary>
    public DicomCMoveRequest(DicomDataset command)
        : base(command)
    {
    }

    /// <summary>The Move Destination (0000,0600), without padding.</summary>
    public string DestinationAE
    {
        get => GetOptionalString(DicomTag.MoveDestination) ?? string.Empty;
        set => Command.AddOrUpdate(DicomTag.MoveDestination, RequireAeTitle(value));
    }

    /// <summary>The Query/Retrieve Level (0008,0052) of the identifier.</summary>
    public DicomQueryRetrieveLevel Level
    {
        get => QueryRetrieveIdentifier.GetLevel(Dataset);
        set => Dataset = QueryRetrieveIdentifier.SetLevel(Dataset, value);
    }

    private static string RequireAeTitle(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var trimmed = value.Trim();
        return trimmed.Length is >= 1 and <= 16
            ? trimmed
            : throw new ArgumentException($"The move destination \"{value}\" is not an AE title of 1 to 16 characters.", nameof(value));
    }

    private static DicomUID DefaultSopClass(DicomQueryRetrieveLevel level) =>
        level == DicomQueryRetrieveLevel.Patient
            ? DicomUID.PatientRootQueryRetrieveInformationModelMove
            : DicomUID.StudyRootQueryRetrieveInformationModelMove;
}
