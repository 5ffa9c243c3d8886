namespace OpenRem.Dicom.Network;

/// <summary>
/// C-STORE-RQ: sends one object. The SOP class and instance UIDs come from the file's meta information or,
/// failing that, from the data set; <see cref="TransferSyntax"/> is the syntax the data set is held in.
/// </summary>
public sealed class DicomCStoreRequest : DicomPriorityRequest
{
    public DicomCStoreRequest(DicomFile file, DicomPriority priority = DicomPriority.Medium)
        : this(RequireFile(file).Dataset, file.FileMetaInfo.TransferSyntax, priority, file.FileMetaInfo.MediaStorageSOPClassUID, file.FileMetaInfo.MediaStorageSOPInstanceUID)
    {
    }

    public DicomCStoreRequest(DicomDataset dataset, DicomTransferSyntax transferSyntax, DicomPriority priority = DicomPriority.Medium)
        : this(dataset, transferSyntax, priority, null, null)
    {
    }

    /// <summary>A request as received.</summary>
    public DicomCStoreRequest(DicomDataset command)
        : base(command)
    {
        TransferSyntax = DicomTransferSyntax.ImplicitVRLittleEndian;
    }

    private DicomCStoreRequest(DicomDataset dataset, DicomTransferSyntax transferSyntax, DicomPriority priority, string? sopClassUid, string? sopInstanceUid)
        : base(DicomCommandField.CStoreRequest, DicomUID.Parse(FirstUid(sopClassUid, dataset, DicomTag.SOPClassUID)), priority)
    {
        ArgumentNullException.ThrowIfNull(transferSyntax);
        SOPInstanceUID = FirstUid(sopInstanceUid, dataset, DicomTag.SOPInstanceUID);
        TransferSyntax = transferSyntax;
        Dataset = dataset;
    }

    /// <summary>The Affected SOP Instance UID (0000,1000).</summary>
    public string SOPInstanceUID
    {
        get => GetOptionalString(DicomTag.AffectedSOPInstanceUID) ?? string.Empty;
        set => Command.AddOrUpdate(DicomTag.AffectedSOPInstanceUID, value);
    }

    /// <summary>The transfer syntax the data set is held in.</summary>
    public DicomTransferSyntax TransferSyntax { get; }

    /// <summary>Move Originator Application Entity Title (0000,1030), set by a C-MOVE SCP on its sub-operations.</summary>
    public string? MoveOriginatorAE
    {
        get => GetOptionalString(DicomTag.MoveOriginatorApplicationEntityTitle);
        set => SetOptionalString(DicomTag.MoveOriginatorApplicationEntityTitle, value);
    }

    /// <summary>Move Originator Message ID (0000,1031).</summary>
    public int? MoveOriginatorMessageID
    {
        get => GetOptionalUShort(DicomTag.MoveOriginatorMessageID);
        set => SetOptionalUShort(DicomTag.MoveOriginatorMessageID, value);
    }

    private static DicomFile RequireFile(DicomFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file;
    }

    private static string FirstUid(string? fromMeta, DicomDataset dataset, DicomTag tag)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (!string.IsNullOrWhiteSpace(fromMeta))
        {
            return fromMeta.TrimEnd(' ', '\0');
        }

        return dataset.TryGetString(tag, out var uid) && uid.Length > 0
            ? uid.TrimEnd(' ', '\0')
            : throw new DicomDataException($"The object to store has no {tag} and no file meta information naming it.");
    }
}
