namespace OpenRem.Dicom;

/// <summary>How OpenRem.Dicom names itself in files and associations.</summary>
public static class DicomImplementation
{
    /// <summary>Implementation Class UID, under the UUID-derived root 2.25 (PS3.5 Annex B.2).</summary>
    public const string ClassUID = "2.25.150921371958734195723489315417305693715";

    /// <summary>Implementation Version Name (at most 16 characters).</summary>
    public const string VersionName = "OPENREM_1";
}
