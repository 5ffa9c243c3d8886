namespace OpenRem.Dicom.Tests.Serialization;

/// <summary>
/// A place where pydicom's JSON is wrong and ours differs on purpose: the file (short name), the JSON path
/// of the element (a prefix; empty for the whole file) and why.
/// </summary>
internal sealed record PydicomDeviation(string File, string Path, string Reason);
