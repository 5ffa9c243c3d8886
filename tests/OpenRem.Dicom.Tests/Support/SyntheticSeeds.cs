namespace OpenRem.Dicom.Tests.Support;

/// <summary>Small files in every transfer syntax and length form, built by the tests (fuzz seeds and reader cases).</summary>
internal static class SyntheticSeeds
{
    public const string ImplicitLittle = "1.2.840.10008.1.2";
    public const string ExplicitLittle = "1.2.840.10008.1.2.1";
    public const string Deflated = "1.2.840.10008.1.2.1.99";
    public const string ExplicitBig = "1.2.840.10008.1.2.2";
    public const string JpegBaseline = "1.2.840.10008.1.2.4.50";

    public static IEnumerable<byte[]> All()
    {
        yield return EncodedDataset.Part10(Dataset(explicitVr: false, bigEndian: false), ImplicitLittle);
        yield return EncodedDataset.Part10(Dataset(explicitVr: true, bigEndian: false), ExplicitLittle);
        yield return EncodedDataset.Part10(Dataset(explicitVr: true, bigEndian: true), ExplicitBig);
        yield return EncodedDataset.Part10(Dataset(explicitVr: true, bigEndian: false), Deflated, deflate: true);
        yield return EncodedDataset.Part10(Encapsulated(), JpegBaseline);
        yield return Dataset(explicitVr: false, bigEndian: false);
    }

    /// <summary>A dataset with text, numbers, a nested sequence with undefined and defined lengths, and private elements.</summary>
    public static byte[] Dataset(bool explicitVr, bool bigEndian)
    {
        var inner = new EncodedDataset(explicitVr, bigEndian)
            .Text(0x0008, 0x0100, "SH", "113691")
            .Text(0x0008, 0x0102, "SH", "DCM")
            .Text(0x0008, 0x0104, "LO", "IEC Body Dosimetry Phantom")
            .ToArray();
        var item = new EncodedDataset(explicitVr, bigEndian)
            .Text(0x0040, 0xA010, "CS", "CONTAINS")
            .Sequence(0x0040, 0xA043)
            .Item(inner)
            .SequenceEnd()
            .Text(0x0040, 0xA30A, "DS", "12.5")
            .Float64(0x0040, 0xA161, 0.25, -1e300)
            .ToArray();
        return new EncodedDataset(explicitVr, bigEndian)
            .Text(0x0008, 0x0005, "CS", "ISO_IR 100")
            .Text(0x0008, 0x0016, "UI", "1.2.840.10008.5.1.4.1.1.88.67")
            .Text(0x0008, 0x0018, "UI", "1.2.3.4.5")
            .Text(0x0008, 0x0020, "DA", "20240102")
            .Text(0x0008, 0x0060, "CS", "SR")
            .Text(0x0010, 0x0010, "PN", "Müller^Jörg", System.Text.Encoding.Latin1)
            .Text(0x0018, 0x1150, "IS", "12\\-3")
            .Text(0x0019, 0x0010, "LO", "OPENREM TEST")
            .Text(0x0019, 0x1010, "LO", "private value")
            .UInt16(0x0028, 0x0010, "US", 512)
            .UInt16(0x0028, 0x0011, "US", 256, 1)
            .Sequence(0x0040, 0xA730)
            .Item(item)
            .Item(item, undefinedLength: false)
            .SequenceEnd()
            .ToArray();
    }

    public static byte[] Encapsulated() =>
        new EncodedDataset()
            .Text(0x0008, 0x0018, "UI", "1.2.3.4.6")
            .UInt16(0x0028, 0x0100, "US", 8)
            .Sequence(0x7FE0, 0x0010, EncodedDataset.Undefined, "OB")
            .Item([], undefinedLength: false)
            .Item([0xFF, 0xD8, 0xFF, 0xD9], undefinedLength: false)
            .Item([1, 2, 3, 4, 5, 6], undefinedLength: false)
            .SequenceEnd()
            .ToArray();
}
