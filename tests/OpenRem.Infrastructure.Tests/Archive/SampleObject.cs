namespace OpenRem.Infrastructure.Tests.Archive;

/// <summary>What one shared sample file says about itself, read with OpenRem.Dicom; null where the file has no such element.</summary>
internal sealed record SampleObject(
    string FileName,
    string PatientId,
    string StudyInstanceUid,
    string SeriesInstanceUid,
    string SopInstanceUid,
    string SopClassUid,
    string Modality,
    int? SeriesNumber,
    int? InstanceNumber,
    string? StudyDate,
    string? StudyDescription,
    string? SeriesDescription,
    string? StationName);
