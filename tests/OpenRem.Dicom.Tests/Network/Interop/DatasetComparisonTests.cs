using OpenRem.Dicom.Tests.Support;

namespace OpenRem.Dicom.Tests.Network.Interop;

/// <summary>The element-by-element comparison the interop tests rely on: blind to the encoding, not to the content.</summary>
public sealed class DatasetComparisonTests
{
    private static string TestFile(string name)
    {
        TestPaths.RequirePydicom();
        return Path.Combine(TestPaths.PydicomDataDirectory, "test_files", name);
    }

    [Theory]
    [InlineData("MR_small_implicit.dcm")]
    [InlineData("MR_small_bigendian.dcm")]
    [InlineData("MR_small_expb.dcm")]
    public void One_object_in_another_transfer_syntax_shows_no_difference(string other)
    {
        var explicitLittle = DicomFile.Open(TestFile("MR_small.dcm"));
        var encodedOtherwise = DicomFile.Open(TestFile(other));

        Assert.NotEqual(explicitLittle.FileMetaInfo.TransferSyntax, encodedOtherwise.FileMetaInfo.TransferSyntax);
        Assert.Null(DatasetComparison.Difference(explicitLittle.Dataset, encodedOtherwise.Dataset));
    }

    [Fact]
    public void A_changed_text_value_is_a_difference_that_names_the_element()
    {
        var original = DicomFile.Open(TestFile("MR_small.dcm")).Dataset;
        var changed = original.Clone().AddOrUpdate(DicomTag.PatientName, "Someone^Else");

        var difference = DatasetComparison.Difference(original, changed);

        Assert.NotNull(difference);
        Assert.Contains("(0010,0010) PN [Someone^Else]", difference, StringComparison.Ordinal);
    }

    [Fact]
    public void One_changed_byte_of_pixel_data_is_a_difference()
    {
        var original = DicomFile.Open(TestFile("MR_small.dcm")).Dataset;
        var pixels = Assert.IsType<DicomElement>(original.GetDicomItem<DicomElement>(DicomTag.PixelData));
        var bytes = pixels.Buffer.Data.ToArray();
        bytes[^1] ^= 1;
        var changed = original.Clone().AddOrUpdate(new DicomElement(DicomTag.PixelData, pixels.ValueRepresentation, bytes));

        Assert.Contains("(7FE0,0010)", DatasetComparison.Difference(original, changed), StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_changed_inside_a_sequence_item_is_a_difference()
    {
        var original = DicomFile.Open(TestFile("test-SR.dcm")).Dataset;
        var changed = original.Clone();
        changed.GetSequence(DicomTag.ContentSequence).Items[0].AddOrUpdate(DicomTag.RelationshipType, "HAS PROPERTIES");

        Assert.Contains("(0040,A730)[0](0040,A010)", DatasetComparison.Difference(original, changed), StringComparison.Ordinal);
    }

    [Fact]
    public void Group_lengths_and_trailing_padding_are_left_out()
    {
        var original = DicomFile.Open(TestFile("MR_small.dcm")).Dataset;
        var padded = original.Clone()
            .AddOrUpdate(new DicomElement(new DicomTag(0x0008, 0x0000), DicomVR.UL, new byte[] { 1, 0, 0, 0 }))
            .AddOrUpdate(new DicomElement(new DicomTag(0xFFFC, 0xFFFC), DicomVR.OB, new byte[] { 0, 0 }));

        Assert.Null(DatasetComparison.Difference(original, padded));
        Assert.DoesNotContain(DatasetComparison.Describe(padded), line => line.StartsWith("(0008,0000)", StringComparison.Ordinal));
    }
}
