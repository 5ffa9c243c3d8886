namespace OpenRem.Dicom.Tests.Serialization;

/// <summary>
/// A place where pydicom's JSON is wrong and ours differs on purpose: the file (short name), the JSON path
/// of the element (a prefix; empty for the whole file) and why. <see cref="Refused"/> marks a file that
/// pydicom reads into something (it reads with force) but that is broken, so we refuse it with an offset.
/// </summary>
internal sealed record PydicomDeviation(string File, string Path, string Reason, bool Refused = false);
