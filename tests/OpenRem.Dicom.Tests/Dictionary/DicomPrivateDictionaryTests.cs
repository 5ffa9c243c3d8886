namespace OpenRem.Dicom.Tests.Dictionary;

public sealed class DicomPrivateDictionaryTests
{
    private const string SiemensCsa = "SIEMENS CSA HEADER";

    [Theory]
    [InlineData(0x1010)]
    [InlineData(0x1110)]
    [InlineData(0xFF10)]
    public void A_known_creator_gives_the_entry_in_any_block(int element)
    {
        var tag = new DicomTag(0x0029, (ushort)element);

        Assert.True(DicomDictionary.Default.TryLookupPrivate(SiemensCsa, tag, out var entry));

        Assert.Same(DicomVR.OB, Assert.Single(entry.ValueRepresentations));
        Assert.Equal("CSA Image Header Info", entry.Name);
        Assert.Equal("1", entry.ValueMultiplicity);
        Assert.Equal("0029xx10", entry.Pattern);
        Assert.Equal(SiemensCsa, entry.PrivateCreator);
        Assert.Equal(string.Empty, entry.Keyword);
        Assert.True(entry.Matches(tag));
    }

    [Theory]
    [InlineData(SiemensCsa + " ")]
    [InlineData(SiemensCsa + "\0")]
    [InlineData(SiemensCsa + " \0 ")]
    public void Trailing_padding_of_the_creator_is_ignored(string creator)
    {
        Assert.True(DicomDictionary.Default.TryLookupPrivate(creator, new DicomTag(0x0029, 0x1020), out var entry));
        Assert.Equal("CSA Series Header Info", entry.Name);
        Assert.True(DicomPrivateDictionary.Default.ContainsCreator(creator));
    }

    [Theory]
    [InlineData("siemens csa header")]
    [InlineData(" SIEMENS CSA HEADER")]
    [InlineData("NOT A CREATOR")]
    [InlineData("")]
    public void Other_creators_are_not_matched(string creator)
    {
        Assert.False(DicomDictionary.Default.TryLookupPrivate(creator, new DicomTag(0x0029, 0x1010), out var entry));
        Assert.Null(entry);
    }

    [Fact]
    public void An_element_the_creator_does_not_define_is_not_found()
    {
        Assert.False(DicomDictionary.Default.TryLookupPrivate(SiemensCsa, new DicomTag(0x0029, 0x1011), out _));
        Assert.False(DicomDictionary.Default.TryLookupPrivate(SiemensCsa, new DicomTag(0x0019, 0x1010), out _));
    }

    [Fact]
    public void Group_patterns_with_xx_in_the_group_match()
    {
        // DLX_ANNOT_01 defines (70xx,xx04).
        Assert.True(DicomDictionary.Default.TryLookupPrivate("DLX_ANNOT_01", new DicomTag(0x7001, 0x1004), out var entry));
        Assert.Equal("70xxxx04", entry.Pattern);
        Assert.Same(DicomVR.ST, Assert.Single(entry.ValueRepresentations));
    }

    [Fact]
    public void Keys_with_xx_in_the_element_low_byte_are_kept_but_never_matched()
    {
        // GEMS_ACQU_01 has "001910xx", which pydicom never matches either.
        var entries = DicomPrivateDictionary.Default.GetEntries("GEMS_ACQU_01");
        Assert.Contains(entries, entry => entry.Pattern == "001910xx");
        Assert.False(DicomDictionary.Default.TryLookupPrivate("GEMS_ACQU_01", new DicomTag(0x0019, 0x10FF), out _));
    }

    [Fact]
    public void The_OB_OW_spelling_of_the_private_table_is_two_VRs()
    {
        Assert.True(DicomDictionary.Default.TryLookupPrivate("TOSHIBA_MEC_OT3", new DicomTag(0x7019, 0x1080), out var entry));
        Assert.Equal([DicomVR.OB, DicomVR.OW], entry.ValueRepresentations);
    }

    [Fact]
    public void Lookup_with_a_creator_chooses_like_pydicom_for_implicit_VR()
    {
        var dictionary = DicomDictionary.Default;

        Assert.Equal("CSA Image Header Info", dictionary.Lookup(new DicomTag(0x0029, 0x1010), SiemensCsa).Name);
        Assert.Same(DicomDictionary.UnknownEntry, dictionary.Lookup(new DicomTag(0x0029, 0x1010), "SOMEONE ELSE"));
        Assert.Same(DicomDictionary.UnknownEntry, dictionary.Lookup(new DicomTag(0x0029, 0x1010), null));
        Assert.Same(DicomDictionary.PrivateCreatorEntry, dictionary.Lookup(new DicomTag(0x0029, 0x0010), SiemensCsa));
        Assert.Same(DicomDictionary.GenericGroupLengthEntry, dictionary.Lookup(new DicomTag(0x0029, 0x0000), SiemensCsa));
        Assert.Same(dictionary[DicomTag.PatientName], dictionary.Lookup(DicomTag.PatientName, SiemensCsa));
    }

    [Fact]
    public void Creators_are_listed_in_ordinal_order()
    {
        var creators = DicomPrivateDictionary.Default.Creators.ToList();

        Assert.Equal(DicomPrivateDictionary.Default.CreatorCount, creators.Count);
        Assert.Equal(creators.Order(StringComparer.Ordinal), creators);
        Assert.Contains(SiemensCsa, creators);
        Assert.Empty(DicomPrivateDictionary.Default.GetEntries("NOT A CREATOR"));
    }
}
