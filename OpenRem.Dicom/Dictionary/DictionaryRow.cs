namespace OpenRem.Dicom;

/// <summary>One line of a generated dictionary table, split into its fields.</summary>
internal readonly record struct DictionaryRow(
    TagPattern Pattern,
    IReadOnlyList<DicomVR> ValueRepresentations,
    string ValueMultiplicity,
    bool IsRetired,
    string Keyword,
    string Name);
