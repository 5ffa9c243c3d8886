namespace OpenRem.Dicom.Tests.Network.Server;

/// <summary>Small synthetic objects to store.</summary>
internal static class TestObjects
{
    public const string XRayDoseSr = "1.2.840.10008.5.1.4.1.1.88.67";

    public static DicomDataset DoseReport(string? sopInstanceUid = null, string studyUid = "1.2.826.0.1.3680043.10.1077.1", string seriesUid = "1.2.826.0.1.3680043.10.1077.1.1")
    {
        var dataset = new DicomDataset();
        dataset.AddOrUpdate(DicomTag.SOPClassUID, XRayDoseSr);
        dataset.AddOrUpdate(DicomTag.SOPInstanceUID, sopInstanceUid ?? DicomUIDGenerator.GenerateDerivedFromUUID().UID);
        dataset.AddOrUpdate(DicomTag.StudyInstanceUID, studyUid);
        dataset.AddOrUpdate(DicomTag.SeriesInstanceUID, seriesUid);
        dataset.AddOrUpdate(DicomTag.Modality, "SR");
        dataset.AddOrUpdate(DicomTag.PatientName, "Test^Patient");
        dataset.AddOrUpdate(DicomTag.ImageComments, new string('X', 20_000));
        return dataset;
    }
}
