namespace OpenRem.Dicom;

/// <summary>The byte order of the binary values in a data set.</summary>
public enum Endian
{
    Little,
    Big,
}
