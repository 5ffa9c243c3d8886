namespace OpenRem.Dicom;

/// <summary>Dictionary facts about a tag.</summary>
public readonly partial struct DicomTag
{
    /// <summary>The standard dictionary's entry for this tag (see <see cref="DicomDictionary.Lookup(DicomTag)"/>).</summary>
    public DicomDictionaryEntry DictionaryEntry => DicomDictionary.Default.Lookup(this);
}
