using OpenRem.Dicom.IO;
using OpenRem.Dicom.Tests.Support;

namespace OpenRem.Dicom.Tests.IO;

public sealed class DicomFileReaderTests
{
    public static TheoryData<string, bool, bool, bool> Syntaxes() => new()
    {
        { SyntheticSeeds.ImplicitLittle, false, false, false },
        { SyntheticSeeds.ExplicitLittle, true, false, false },
        { SyntheticSeeds.ExplicitBig, true, true, false },
        { SyntheticSeeds.Deflated, true, false, true },
    };

    [Theory]
    [MemberData(nameof(Syntaxes))]
    public void Reads_the_same_values_in_every_transfer_syntax(string syntax, bool explicitVr, bool bigEndian, bool deflate)
    {
        var bytes = EncodedDataset.Part10(SyntheticSeeds.Dataset(explicitVr, bigEndian), syntax, deflate: deflate);

        var file = DicomFile.Open(new MemoryStream(bytes));
        var ds = file.Dataset;

        Assert.Equal(syntax, file.FileMetaInfo.TransferSyntax.UID.UID);
        Assert.Equal("Müller^Jörg", ds.GetString(DicomTag.PatientName));
        Assert.Equal(new[] { 12, -3 }, ds.GetValues<int>(DicomTag.ExposureTime));
        Assert.Equal(512, ds.GetSingleValue<ushort>(DicomTag.Rows));
        Assert.Equal(new ushort[] { 256, 1 }, ds.GetValues<ushort>(DicomTag.Columns));
        Assert.Equal(new DateTime(2024, 1, 2), ds.GetSingleValue<DateTime>(DicomTag.StudyDate));
        var content = ds.GetSequence(DicomTag.ContentSequence);
        Assert.Equal(2, content.Items.Count);
        foreach (var item in content.Items)
        {
            Assert.Equal(12.5, item.GetSingleValue<double>(DicomTag.NumericValue));
            Assert.Equal(new[] { 0.25, -1e300 }, item.GetValues<double>(DicomTag.FloatingPointValue));
            Assert.Equal("IEC Body Dosimetry Phantom", item.GetSequence(DicomTag.ConceptNameCodeSequence).Items[0].GetString(DicomTag.CodeMeaning));
        }

        Assert.Equal(explicitVr ? DicomVR.LO : DicomVR.UN, ds.GetDicomItem<DicomItem>(new DicomTag(0x0019, 0x1010))!.ValueRepresentation);
        Assert.Equal(DicomVR.LO, ds.GetDicomItem<DicomItem>(new DicomTag(0x0019, 0x0010))!.ValueRepresentation);
    }

    [Fact]
    public void Reads_a_bare_dataset_without_preamble_or_meta_group()
    {
        var file = DicomFile.Open(new MemoryStream(SyntheticSeeds.Dataset(explicitVr: false, bigEndian: false)));

        Assert.Equal(DicomTransferSyntax.ImplicitVRLittleEndian, file.Dataset.InternalTransferSyntax);
        Assert.Equal("1.2.3.4.5", file.Dataset.GetString(DicomTag.SOPInstanceUID));
    }

    [Fact]
    public void Reads_a_meta_group_without_preamble_or_group_length()
    {
        var bytes = EncodedDataset.Part10(SyntheticSeeds.Dataset(true, false), SyntheticSeeds.ExplicitLittle, preamble: false, groupLength: false);

        var file = DicomFile.Open(new MemoryStream(bytes));

        Assert.Equal("1.2.3.4.5", file.FileMetaInfo.MediaStorageSOPInstanceUID);
        Assert.Equal("SR", file.Dataset.GetString(DicomTag.Modality));
    }

    [Fact]
    public void Keeps_encapsulated_pixel_data_fragments()
    {
        var file = DicomFile.Open(new MemoryStream(EncodedDataset.Part10(SyntheticSeeds.Encapsulated(), SyntheticSeeds.JpegBaseline)));

        var pixels = file.Dataset.GetDicomItem<DicomFragmentSequence>(DicomTag.PixelData)!;
        Assert.True(file.Dataset.InternalTransferSyntax.IsEncapsulated);
        Assert.Equal(0, pixels.OffsetTable.Size);
        Assert.Equal(2, pixels.Fragments.Count);
        Assert.Equal(new byte[] { 0xFF, 0xD8, 0xFF, 0xD9 }, pixels.Fragments[0].Data.ToArray());
    }

    [Fact]
    public void An_undefined_length_UN_is_read_as_an_implicit_little_endian_sequence()
    {
        var item = new EncodedDataset(explicitVr: false).Text(0x0008, 0x0100, "SH", "CODE").ToArray();
        var bytes = new EncodedDataset().Sequence(0x0040, 0xA043, EncodedDataset.Undefined, "UN").Item(item).SequenceEnd().ToArray();

        var ds = DicomFile.Open(new MemoryStream(EncodedDataset.Part10(bytes, SyntheticSeeds.ExplicitLittle))).Dataset;

        Assert.Equal("CODE", ds.GetSequence(DicomTag.ConceptNameCodeSequence).Items[0].GetString(DicomTag.CodeValue));
    }

    [Fact]
    public void An_element_sent_as_UN_gets_its_dictionary_VR()
    {
        var bytes = new EncodedDataset().Element(0x0028, 0x0010, "UN", [0x00, 0x02]).ToArray();

        var ds = DicomFile.Open(new MemoryStream(EncodedDataset.Part10(bytes, SyntheticSeeds.ExplicitLittle))).Dataset;

        Assert.Equal(DicomVR.US, ds.GetDicomItem<DicomElement>(DicomTag.Rows)!.ValueRepresentation);
        Assert.Equal(512, ds.GetSingleValue<int>(DicomTag.Rows));
    }

    [Fact]
    public void Header_only_reading_stops_before_pixel_data()
    {
        var bytes = new EncodedDataset()
            .Text(0x0008, 0x0018, "UI", "1.2.3")
            .Element(0x7FE0, 0x0010, "OW", new byte[1024])
            .Text(0x7FE1, 0x0010, "LO", "AFTER")
            .ToArray();

        var file = DicomFile.Open(new MemoryStream(EncodedDataset.Part10(bytes, SyntheticSeeds.ExplicitLittle)), DicomReaderOptions.HeaderOnly);

        Assert.True(file.IsHeaderOnly);
        Assert.True(file.Dataset.Contains(DicomTag.SOPInstanceUID));
        Assert.False(file.Dataset.Contains(DicomTag.PixelData));
        Assert.Single(file.Dataset);
    }

    [Fact]
    public void A_value_above_the_memory_limit_stays_in_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"openrem-large-{Guid.NewGuid():N}.dcm");
        var pixels = Enumerable.Range(0, 4096).Select(i => (byte)i).ToArray();
        File.WriteAllBytes(path, EncodedDataset.Part10(new EncodedDataset().Element(0x7FE0, 0x0010, "OB", pixels).ToArray(), SyntheticSeeds.ExplicitLittle));
        try
        {
            var file = DicomFile.Open(path, DicomReaderOptions.Default with { MaxValueLength = 1024 });

            var element = file.Dataset.GetDicomItem<DicomElement>(DicomTag.PixelData)!;
            Assert.False(element.Buffer.IsMemory);
            Assert.Equal(pixels, element.Buffer.Data.ToArray());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_value_above_the_memory_limit_from_a_stream_is_an_error_with_its_offset()
    {
        var bytes = EncodedDataset.Part10(new EncodedDataset().Element(0x7FE0, 0x0010, "OB", new byte[4096]).ToArray(), SyntheticSeeds.ExplicitLittle);

        var error = Assert.Throws<DicomFileException>(() => DicomFile.Open(new ForwardOnlyStream(bytes), DicomReaderOptions.Default with { MaxValueLength = 1024 }, "big.dcm"));

        Assert.Equal("big.dcm", error.FileName);
        Assert.True(error.Offset > 132);
        Assert.Contains("(7FE0,0010)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_file_fails_with_the_file_name_and_offset()
    {
        var bytes = EncodedDataset.Part10(SyntheticSeeds.Dataset(true, false), SyntheticSeeds.ExplicitLittle);

        var error = Assert.Throws<DicomFileException>(() => DicomFile.Open(new MemoryStream(bytes[..^5]), fileName: "cut.dcm"));

        Assert.StartsWith("cut.dcm: ", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Offset, 132, bytes.Length);
    }

    [Fact]
    public void A_length_larger_than_the_data_is_refused_before_allocating_it()
    {
        var bytes = EncodedDataset.Part10(new EncodedDataset().Element(0x0009, 0x1010, "OB", [1, 2], length: 0x7FFFFFF0).ToArray(), SyntheticSeeds.ExplicitLittle);
        var before = GC.GetAllocatedBytesForCurrentThread();

        Assert.Throws<DicomFileException>(() => DicomFile.Open(new ForwardOnlyStream(bytes)));

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 8 << 20);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused()
    {
        var content = new EncodedDataset(explicitVr: false).Text(0x0008, 0x0100, "SH", "LEAF").ToArray();
        for (var level = 0; level < 200; level++)
        {
            content = new EncodedDataset(explicitVr: false).Sequence(0x0040, 0xA730).Item(content).SequenceEnd().ToArray();
        }

        var error = Assert.Throws<DicomFileException>(() => DicomFile.Open(new MemoryStream(content)));

        Assert.Contains("nested deeper", error.Message, StringComparison.Ordinal);
    }
}
