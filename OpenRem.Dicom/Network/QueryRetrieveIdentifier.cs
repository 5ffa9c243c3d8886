namespace OpenRem.Dicom.Network;

/// <summary>Reads and writes the Query/Retrieve Level (0008,0052) of C-FIND and C-MOVE identifiers.</summary>
internal static class QueryRetrieveIdentifier
{
    public static DicomQueryRetrieveLevel GetLevel(DicomDataset? identifier)
    {
        if (identifier is null || !identifier.TryGetString(DicomTag.QueryRetrieveLevel, out var text))
        {
            throw new DicomDataException("The identifier has no Query/Retrieve Level (0008,0052).");
        }

        return DicomQueryRetrieveLevelText.TryParse(text, out var level)
            ? level
            : throw new DicomDataException($"The identifier's Query/Retrieve Level \"{text}\" is not PATIENT, STUDY, SERIES or IMAGE.");
    }

    public static DicomDataset SetLevel(DicomDataset? identifier, DicomQueryRetrieveLevel level)
    {
        var dataset = identifier ?? new DicomDataset();
        dataset.AddOrUpdate(DicomTag.QueryRetrieveLevel, level.ToCodeString());
        return dataset;
    }
}
