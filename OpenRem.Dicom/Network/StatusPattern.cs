namespace OpenRem.Dicom.Network;

/// <summary>A known status and the bits of a code that must equal its code for it to apply (0xF000 for "Cxxx").</summary>
internal sealed class StatusPattern(DicomStatus status, ushort mask)
{
    public bool Matches(ushort code) => (code & mask) == (status.Code & mask);

    public DicomStatus For(ushort code) =>
        code == status.Code ? status : new DicomStatus(code, status.State, status.Description);
}
