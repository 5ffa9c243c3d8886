namespace OpenRem.Dicom;

/// <summary>The private dictionary's entries of one creator: in table order, and by lookup key.</summary>
internal sealed record PrivateCreatorEntries(DicomDictionaryEntry[] InTableOrder, IReadOnlyDictionary<ulong, DicomDictionaryEntry> ByKey);
