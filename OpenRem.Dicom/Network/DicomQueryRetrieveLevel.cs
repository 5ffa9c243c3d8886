namespace OpenRem.Dicom.Network;

/// <summary>The Query/Retrieve Level (0008,0052) of a C-FIND or C-MOVE identifier.</summary>
public enum DicomQueryRetrieveLevel
{
    Patient,
    Study,
    Series,
    Image,
}
