namespace OpenRem.Dicom.Tests.Text;

/// <summary>A text element of a pydicom test file: raw bytes, the (0008,0005) in effect, and pydicom's values.</summary>
internal sealed record PydicomTextElement(string File, string Path, string VR, string SpecificCharacterSet, byte[] RawValue, IReadOnlyList<string> Values);
