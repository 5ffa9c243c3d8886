namespace OpenRem.Dicom;

/// <summary>The File Meta Information group (0002,xxxx) of a Part 10 file, always encoded Explicit VR Little Endian.</summary>
public sealed class DicomFileMetaInformation
{
    public DicomFileMetaInformation()
        : this(new DicomDataset())
    {
    }

    public DicomFileMetaInformation(DicomDataset elements)
    {
        Elements = elements;
    }

    /// <summary>The meta elements as read or as they will be written (group length excluded when writing; it is computed).</summary>
    public DicomDataset Elements { get; }

    public DicomTransferSyntax TransferSyntax
    {
        get => Elements.TryGetString(DicomTag.TransferSyntaxUID, out var uid) && uid.Length > 0
            ? DicomTransferSyntax.Lookup(uid)
            : DicomTransferSyntax.ExplicitVRLittleEndian;
        set => Elements.AddOrUpdate(DicomVR.UI, DicomTag.TransferSyntaxUID, value.UID.UID);
    }

    public string? MediaStorageSOPClassUID
    {
        get => Get(DicomTag.MediaStorageSOPClassUID);
        set => Set(DicomVR.UI, DicomTag.MediaStorageSOPClassUID, value);
    }

    public string? MediaStorageSOPInstanceUID
    {
        get => Get(DicomTag.MediaStorageSOPInstanceUID);
        set => Set(DicomVR.UI, DicomTag.MediaStorageSOPInstanceUID, value);
    }

    public string? ImplementationClassUID
    {
        get => Get(DicomTag.ImplementationClassUID);
        set => Set(DicomVR.UI, DicomTag.ImplementationClassUID, value);
    }

    public string? ImplementationVersionName
    {
        get => Get(DicomTag.ImplementationVersionName);
        set => Set(DicomVR.SH, DicomTag.ImplementationVersionName, value);
    }

    public string? SourceApplicationEntityTitle
    {
        get => Get(DicomTag.SourceApplicationEntityTitle);
        set => Set(DicomVR.AE, DicomTag.SourceApplicationEntityTitle, value);
    }

    /// <summary>Builds the meta group for a dataset: SOP class and instance from the dataset, our implementation UID.</summary>
    public static DicomFileMetaInformation Create(DicomDataset dataset, DicomTransferSyntax transferSyntax)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var meta = new DicomFileMetaInformation();
        meta.Elements.AddOrUpdate(DicomVR.OB, DicomTag.FileMetaInformationVersion, new byte[] { 0x00, 0x01 });
        meta.MediaStorageSOPClassUID = dataset.TryGetString(DicomTag.SOPClassUID, out var cls) ? cls : string.Empty;
        meta.MediaStorageSOPInstanceUID = dataset.TryGetString(DicomTag.SOPInstanceUID, out var inst) ? inst : string.Empty;
        meta.TransferSyntax = transferSyntax;
        meta.ImplementationClassUID = DicomImplementation.ClassUID;
        meta.ImplementationVersionName = DicomImplementation.VersionName;
        return meta;
    }

    private string? Get(DicomTag tag) => Elements.TryGetString(tag, out var value) ? value : null;

    private void Set(DicomVR vr, DicomTag tag, string? value)
    {
        if (value is null)
        {
            Elements.Remove(tag);
        }
        else
        {
            Elements.AddOrUpdate(vr, tag, value);
        }
    }
}
