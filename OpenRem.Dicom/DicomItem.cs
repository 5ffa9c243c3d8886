namespace OpenRem.Dicom;

/// <summary>An entry of a dataset: an element with a value, a sequence, or encapsulated pixel data.</summary>
public abstract class DicomItem(DicomTag tag, DicomVR valueRepresentation)
{
    public DicomTag Tag { get; } = tag;

    public DicomVR ValueRepresentation { get; internal set; } = valueRepresentation;

    public override string ToString() => $"{Tag} {ValueRepresentation}";
}
