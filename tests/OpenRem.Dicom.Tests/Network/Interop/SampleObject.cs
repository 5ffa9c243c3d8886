namespace OpenRem.Dicom.Tests.Network.Interop;

/// <summary>One shared sample file and the UIDs that place it in its study.</summary>
internal sealed record SampleObject(string Path, string StudyInstanceUid, string SeriesInstanceUid, string SopInstanceUid)
{
    public string FileName => System.IO.Path.GetFileName(Path);

    /// <summary>How a received copy is found: the SOP Instance UID alone is not enough (two samples share one in different studies).</summary>
    public (string Study, string Instance) Key => (StudyInstanceUid, SopInstanceUid);
}
