using System.Reflection;

namespace OpenRem.Dicom.Tests.Dictionary;

public sealed class DicomDictionaryTests
{
    private static DicomDictionary Dictionary => DicomDictionary.Default;

    [Theory]
    [InlineData("00100010", "PN", "PatientName")]
    [InlineData("00280010", "US", "Rows")]
    [InlineData("7FE00010", "OB or OW", "PixelData")]
    [InlineData("00280106", "US or SS", "SmallestImagePixelValue")]
    [InlineData("00281200", "US or SS or OW", "GrayLookupTableData")]
    [InlineData("00283006", "US or OW", "LUTData")]
    [InlineData("00000000", "UL", "CommandGroupLength")]
    [InlineData("00000900", "US", "Status")]
    [InlineData("00020000", "UL", "FileMetaInformationGroupLength")]
    [InlineData("00020010", "UI", "TransferSyntaxUID")]
    [InlineData("FFFEE000", "NONE", "Item")]
    [InlineData("FFFEE00D", "NONE", "ItemDelimitationItem")]
    [InlineData("FFFEE0DD", "NONE", "SequenceDelimitationItem")]
    [InlineData("0040A730", "SQ", "ContentSequence")]
    [InlineData("0072006D", "UN", "SelectorUNValue")]
    [InlineData("60023000", "OB or OW", "OverlayData")]
    [InlineData("60000010", "US", "OverlayRows")]
    [InlineData("60FE0050", "SS", "OverlayOrigin")]
    [InlineData("50100010", "US", "NumberOfPoints")]
    [InlineData("50103000", "OB or OW", "CurveData")]
    [InlineData("50FE200C", "OB or OW", "AudioSampleData")]
    [InlineData("7F100010", "OB or OW", "VariablePixelData")]
    [InlineData("00203105", "CS", "SourceImageIDs")]
    [InlineData("00280412", "LO", "CoefficientCoding")]
    [InlineData("10000011", "US", "RunLengthTriplet")]
    [InlineData("1010ABCD", "US", "ZonalMap")]
    [InlineData("00190010", "LO", "PrivateCreator")]
    [InlineData("7FE100FF", "LO", "PrivateCreator")]
    [InlineData("00090000", "UL", "GenericGroupLength")]
    [InlineData("00080000", "UL", "GenericGroupLength")]
    [InlineData("10000000", "UL", "GenericGroupLength")]
    [InlineData("00100011", "UN", "Unknown")]
    [InlineData("00089999", "UN", "Unknown")]
    [InlineData("00191010", "UN", "Unknown")]
    [InlineData("00190005", "UN", "Unknown")]
    [InlineData("60013000", "UN", "Unknown")]
    public void Lookup_gives_the_VR_and_keyword(string tagText, string vrs, string keyword)
    {
        var tag = DicomTag.Parse(tagText);

        var entry = Dictionary.Lookup(tag);

        Assert.Equal(vrs, string.Join(" or ", entry.ValueRepresentations.Select(vr => vr.Code)));
        Assert.Equal(keyword, entry.Keyword);
        Assert.Same(entry, Dictionary[tag]);
        Assert.Same(entry, tag.DictionaryEntry);
        Assert.True(entry.Matches(tag));
    }

    [Fact]
    public void An_exact_entry_has_its_tag_name_and_multiplicity()
    {
        var entry = Dictionary[DicomTag.PatientName];

        Assert.Equal(new DicomTag(0x0010, 0x0010), entry.Tag);
        Assert.Null(entry.Pattern);
        Assert.Equal("Patient's Name", entry.Name);
        Assert.Equal("1", entry.ValueMultiplicity);
        Assert.False(entry.IsRetired);
        Assert.Null(entry.PrivateCreator);
        Assert.Same(DicomVR.PN, Assert.Single(entry.ValueRepresentations));
        Assert.Equal("(0010,0010) PN 1 PatientName", entry.ToString());
        Assert.Equal("2-n", Dictionary[DicomTag.ImageType].ValueMultiplicity);
        Assert.True(Dictionary[DicomTag.CommandLengthToEnd].IsRetired);
    }

    [Fact]
    public void A_repeating_entry_has_its_pattern_and_first_tag()
    {
        var entry = Dictionary[new DicomTag(0x6002, 0x3000)];

        Assert.Equal("60xx3000", entry.Pattern);
        Assert.Equal(new DicomTag(0x6000, 0x3000), entry.Tag);
        Assert.Equal("Overlay Data", entry.Name);
        Assert.True(entry.Matches(new DicomTag(0x60FF, 0x3000)));
        Assert.False(entry.Matches(new DicomTag(0x6100, 0x3000)));
        Assert.Equal("(60xx,3000) OB or OW 1 OverlayData", entry.ToString());
        Assert.Equal("1000xxx0", Dictionary[new DicomTag(0x1000, 0x1230)].Pattern);
    }

    [Fact]
    public void Generic_entries_are_shared_instances()
    {
        Assert.Same(DicomDictionary.PrivateCreatorEntry, Dictionary[new DicomTag(0x0029, 0x0011)]);
        Assert.Same(DicomDictionary.GenericGroupLengthEntry, Dictionary[new DicomTag(0x0029, 0x0000)]);
        Assert.Same(DicomDictionary.UnknownEntry, Dictionary[new DicomTag(0x0029, 0x1010)]);
        Assert.Same(DicomDictionary.UnknownEntry, DicomDictionary.UnknownTag);
        Assert.Same(DicomDictionary.PrivateCreatorEntry, DicomDictionary.PrivateCreatorTag);
        Assert.Equal("xxxx0000", DicomDictionary.GenericGroupLengthEntry.Pattern);
    }

    [Fact]
    public void Entries_without_a_keyword_are_found_by_tag()
    {
        var entry = Dictionary[new DicomTag(0x0008, 0x0202)];

        Assert.Null(entry.Pattern);
        Assert.Equal(string.Empty, entry.Keyword);
        Assert.True(entry.IsRetired);
        Assert.Same(DicomVR.OB, Assert.Single(entry.ValueRepresentations));
        Assert.False(Dictionary.TryGetTag(string.Empty, out _));
    }

    [Theory]
    [InlineData("PatientName", "00100010")]
    [InlineData("CommandGroupLength", "00000000")]
    [InlineData("MessageIDBeingRespondedTo", "00000120")]
    [InlineData("TransferSyntaxUID", "00020010")]
    [InlineData("Item", "FFFEE000")]
    [InlineData("PixelData", "7FE00010")]
    [InlineData("OverlayData", "60003000")]
    [InlineData("CurveData", "50003000")]
    [InlineData("SourceImageIDs", "00203100")]
    [InlineData("EscapeTriplet", "10000000")]
    public void TryGetTag_finds_a_keyword(string keyword, string tagText)
    {
        Assert.True(Dictionary.TryGetTag(keyword, out var tag));
        Assert.Equal(DicomTag.Parse(tagText), tag);
        Assert.True(Dictionary.TryGetEntry(keyword, out var entry));
        Assert.Equal(keyword, entry.Keyword);
    }

    [Theory]
    [InlineData("patientname")]
    [InlineData("PatientsName")]
    [InlineData("PrivateCreator")]
    [InlineData("Unknown")]
    public void TryGetTag_is_case_sensitive_and_knows_only_the_standard_keywords(string keyword)
    {
        Assert.False(Dictionary.TryGetTag(keyword, out _));
        Assert.False(Dictionary.TryGetEntry(keyword, out _));
    }

    [Fact]
    public void Static_tags_are_the_dictionary_tags()
    {
        Assert.Equal(new DicomTag(0x0010, 0x0010), DicomTag.PatientName);
        Assert.Equal(new DicomTag(0x0028, 0x0010), DicomTag.Rows);
        Assert.Equal(new DicomTag(0x7FE0, 0x0010), DicomTag.PixelData);
        Assert.Equal(new DicomTag(0x0000, 0x0000), DicomTag.CommandGroupLength);
        Assert.Equal(new DicomTag(0x0002, 0x0000), DicomTag.FileMetaInformationGroupLength);
        Assert.Equal(new DicomTag(0xFFFE, 0xE000), DicomTag.Item);
        Assert.Equal(new DicomTag(0xFFFE, 0xE00D), DicomTag.ItemDelimitationItem);
        Assert.Equal(new DicomTag(0xFFFE, 0xE0DD), DicomTag.SequenceDelimitationItem);
        Assert.Equal(new DicomTag(0x6000, 0x3000), DicomTag.OverlayData);

        var fields = typeof(DicomTag).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(DicomTag))
            .ToArray();
        var keywords = Dictionary.Where(entry => entry.Keyword.Length > 0).Select(entry => entry.Keyword).ToHashSet(StringComparer.Ordinal);

        // Every keyword has a field except the two repeating ones whose first tag is a group length.
        keywords.ExceptWith(fields.Select(field => field.Name));
        Assert.Equal(["EscapeTriplet", "ZonalMap"], keywords.Order(StringComparer.Ordinal));
        foreach (var field in fields)
        {
            Assert.True(Dictionary.TryGetTag(field.Name, out var tag), field.Name);
            Assert.Equal(tag, (DicomTag)field.GetValue(null)!);
        }
    }

    [Fact]
    public void Enumeration_gives_single_entries_in_tag_order_then_repeating_entries()
    {
        var entries = Dictionary.ToList();

        Assert.Equal(Dictionary.Count + Dictionary.RepeatingEntries.Count, entries.Count);
        var single = entries.Take(Dictionary.Count).ToList();
        Assert.All(single, entry => Assert.Null(entry.Pattern));
        Assert.True(single.Zip(single.Skip(1)).All(pair => pair.First.Tag < pair.Second.Tag));
        Assert.All(entries.Skip(Dictionary.Count), entry => Assert.NotNull(entry.Pattern));
    }
}
