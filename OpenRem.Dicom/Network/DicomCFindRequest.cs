namespace OpenRem.Dicom.Network;

/// <summary>
/// C-FIND-RQ: the identifier in <see cref="DicomMessage.Dataset"/> holds the Query/Retrieve Level, the matching
/// keys (with values) and the return keys (empty). The SOP class is Study Root unless given, or Patient Root for
/// a patient-level query.
/// </summary>
public sealed class DicomCFindRequest : DicomPriorityRequest
{
    public DicomCFindRequest(DicomQueryRetrieveLevel level, DicomPriority priority = DicomPriority.Medium)
        : this(DefaultSopClass(level), level, priority)
    {
    }

    public DicomCFindRequest(DicomUID sopClassUid, DicomQueryRetrieveLevel level, DicomPriority priority = DicomPriority.Medium)
        : base(DicomCommandField.CFindRequest, sopClassUid, priority)
    {
        Dataset = new DicomDataset();
        Level = level;
    }

    /// <summary>A request as received.</summary>
    public DicomCFindRequest(DicomDataset command)
        : base(command)
    {
    }

    /// <summary>The Query/Retrieve Level (0008,0052) of the identifier.</summary>
    public DicomQueryRetrieveLevel Level
    {
        get => QueryRetrieveIdentifier.GetLevel(Dataset);
        set => Dataset = QueryRetrieveIdentifier.SetLevel(Dataset, value);
    }

    /// <summary>
    /// A study-level query. Arguments that are null become empty return keys; <paramref name="studyDate"/> may be
    /// a date or a range such as "20100405-20100406", "-20100406" or "20100405-".
    /// </summary>
    public static DicomCFindRequest CreateStudyQuery(
        string? patientId = null,
        string? patientName = null,
        string? studyDate = null,
        string? accessionNumber = null,
        string? studyId = null,
        string? modalitiesInStudy = null,
        string? studyInstanceUid = null)
    {
        var request = new DicomCFindRequest(DicomQueryRetrieveLevel.Study);
        var keys = request.Dataset!;
        keys.AddOrUpdate(DicomTag.PatientID, patientId ?? string.Empty);
        keys.AddOrUpdate(DicomTag.PatientName, patientName ?? string.Empty);
        keys.AddOrUpdate(DicomTag.StudyDate, studyDate ?? string.Empty);
        keys.AddOrUpdate(DicomTag.StudyTime, string.Empty);
        keys.AddOrUpdate(DicomTag.AccessionNumber, accessionNumber ?? string.Empty);
        keys.AddOrUpdate(DicomTag.StudyID, studyId ?? string.Empty);
        keys.AddOrUpdate(DicomTag.ModalitiesInStudy, modalitiesInStudy ?? string.Empty);
        keys.AddOrUpdate(DicomTag.StudyInstanceUID, studyInstanceUid ?? string.Empty);
        keys.AddOrUpdate(DicomTag.StudyDescription, string.Empty);
        keys.AddOrUpdate(DicomTag.NumberOfStudyRelatedSeries, string.Empty);
        keys.AddOrUpdate(DicomTag.NumberOfStudyRelatedInstances, string.Empty);
        return request;
    }

    /// <summary>A series-level query under one study.</summary>
    public static DicomCFindRequest CreateSeriesQuery(string studyInstanceUid, string? modality = null)
    {
        ArgumentNullException.ThrowIfNull(studyInstanceUid);
        var request = new DicomCFindRequest(DicomQueryRetrieveLevel.Series);
        var keys = request.Dataset!;
        keys.AddOrUpdate(DicomTag.StudyInstanceUID, studyInstanceUid);
        keys.AddOrUpdate(DicomTag.SeriesInstanceUID, string.Empty);
        keys.AddOrUpdate(DicomTag.SeriesNumber, string.Empty);
        keys.AddOrUpdate(DicomTag.SeriesDescription, string.Empty);
        keys.AddOrUpdate(DicomTag.Modality, modality ?? string.Empty);
        keys.AddOrUpdate(DicomTag.SeriesDate, string.Empty);
        keys.AddOrUpdate(DicomTag.SeriesTime, string.Empty);
        keys.AddOrUpdate(DicomTag.StationName, string.Empty);
        keys.AddOrUpdate(DicomTag.NumberOfSeriesRelatedInstances, string.Empty);
        return request;
    }

    /// <summary>An image-level query under one series.</summary>
    public static DicomCFindRequest CreateImageQuery(string studyInstanceUid, string seriesInstanceUid)
    {
        ArgumentNullException.ThrowIfNull(studyInstanceUid);
        ArgumentNullException.ThrowIfNull(seriesInstanceUid);
        var request = new DicomCFindRequest(DicomQueryRetrieveLevel.Image);
        var keys = request.Dataset!;
        keys.AddOrUpdate(DicomTag.StudyInstanceUID, studyInstanceUid);
        keys.AddOrUpdate(DicomTag.SeriesInstanceUID, seriesInstanceUid);
        keys.AddOrUpdate(DicomTag.SOPInstanceUID, string.Empty);
        keys.AddOrUpdate(DicomTag.SOPClassUID, string.Empty);
        keys.AddOrUpdate(DicomTag.InstanceNumber, string.Empty);
        return request;
    }

    private static DicomUID DefaultSopClass(DicomQueryRetrieveLevel level) =>
        level == DicomQueryRetrieveLevel.Patient
            ? DicomUID.PatientRootQueryRetrieveInformationModelFind
            : DicomUID.StudyRootQueryRetrieveInformationModelFind;
}
