namespace OpenRem.Dicom.Tests.Uids;

public sealed class DicomTransferSyntaxTests
{
    public static TheoryData<DicomTransferSyntax, bool, Endian, bool, bool, bool> Properties => new()
    {
        // transfer syntax, explicit VR, endian, deflate, encapsulated, retired
        { DicomTransferSyntax.ImplicitVRLittleEndian, false, Endian.Little, false, false, false },
        { DicomTransferSyntax.ExplicitVRLittleEndian, true, Endian.Little, false, false, false },
        { DicomTransferSyntax.ExplicitVRBigEndian, true, Endian.Big, false, false, true },
        { DicomTransferSyntax.DeflatedExplicitVRLittleEndian, true, Endian.Little, true, false, false },
        { DicomTransferSyntax.EncapsulatedUncompressedExplicitVRLittleEndian, true, Endian.Little, false, true, false },
        { DicomTransferSyntax.JPEGBaseline8Bit, true, Endian.Little, false, true, false },
        { DicomTransferSyntax.JPEGExtended12Bit, true, Endian.Little, false, true, false },
        { DicomTransferSyntax.JPEGExtended35, true, Endian.Little, false, true, true },
        { DicomTransferSyntax.JPEGLossless, true, Endian.Little, false, true, false },
        { DicomTransferSyntax.JPEGLosslessSV1, true, Endian.Little, false, true, false },
        { DicomTransferSyntax.JPEGLSLossless, true, Endian.Little, false, true, false },
        { DicomTransferSyntax.JPEG2000Lossless, true, Endian.Little, false, true, false },
        { DicomTransferSyntax.JPEG2000, true, Endian.Little, false, true, false },
        { DicomTransferSyntax.JPIPReferenced, true, Endian.Little, false, false, false },
        { DicomTransferSyntax.JPIPReferencedDeflate, true, Endian.Little, true, false, false },
        { DicomTransferSyntax.MPEG2MPML, true, Endian.Little, false, true, false },
        { DicomTransferSyntax.HEVCM10P51, true, Endian.Little, false, true, false },
        { DicomTransferSyntax.RLELossless, true, Endian.Little, false, true, false },
        { DicomTransferSyntax.RFC2557MIMEEncapsulation, true, Endian.Little, false, false, true },
        { DicomTransferSyntax.SMPTEST211020UncompressedProgressiveActiveVideo, true, Endian.Little, false, false, false },
        { DicomTransferSyntax.Papyrus3ImplicitVRLittleEndian, false, Endian.Little, false, false, true },
    };

    [Theory]
    [MemberData(nameof(Properties))]
    public void Properties_follow_the_standard(DicomTransferSyntax syntax, bool explicitVR, Endian endian, bool deflate, bool encapsulated, bool retired)
    {
        Assert.Equal(explicitVR, syntax.IsExplicitVR);
        Assert.Equal(endian, syntax.Endian);
        Assert.Equal(deflate, syntax.IsDeflate);
        Assert.Equal(encapsulated, syntax.IsEncapsulated);
        Assert.Equal(retired, syntax.IsRetired);
        Assert.Equal(DicomUidType.TransferSyntax, syntax.UID.Type);
        Assert.Same(syntax, DicomTransferSyntax.Lookup(syntax.UID.UID));
    }

    [Fact]
    public void Uids_and_names_are_the_tables()
    {
        Assert.Same(DicomUID.ExplicitVRLittleEndian, DicomTransferSyntax.ExplicitVRLittleEndian.UID);
        Assert.Equal("1.2.840.10008.1.2", DicomTransferSyntax.ImplicitVRLittleEndian.UID.UID);
        Assert.Equal("1.2.840.10008.1.2.4.50", DicomTransferSyntax.JPEGBaseline8Bit.UID.UID);
        Assert.Equal("Explicit VR Little Endian", DicomTransferSyntax.ExplicitVRLittleEndian.ToString());
    }

    [Fact]
    public void Fo_dicom_names_are_the_same_instances()
    {
        Assert.Same(DicomTransferSyntax.JPEGBaseline8Bit, DicomTransferSyntax.JPEGProcess1);
        Assert.Same(DicomTransferSyntax.JPEGExtended12Bit, DicomTransferSyntax.JPEGProcess2_4);
        Assert.Same(DicomTransferSyntax.JPEGLossless, DicomTransferSyntax.JPEGProcess14);
        Assert.Same(DicomTransferSyntax.JPEGLosslessSV1, DicomTransferSyntax.JPEGProcess14SV1);
        Assert.Same(DicomTransferSyntax.JPEG2000, DicomTransferSyntax.JPEG2000Lossy);
    }

    [Fact]
    public void Lookup_trims_padding()
    {
        Assert.Same(DicomTransferSyntax.ExplicitVRLittleEndian, DicomTransferSyntax.Lookup("1.2.840.10008.1.2.1\0"));
        Assert.Same(DicomTransferSyntax.ImplicitVRLittleEndian, DicomTransferSyntax.Parse("1.2.840.10008.1.2 "));
        Assert.Same(DicomTransferSyntax.RLELossless, DicomTransferSyntax.Lookup(DicomUID.RLELossless));
    }

    [Theory]
    [InlineData("1.2.840.10008.1.2.4.201")] // HTJ2K Lossless, newer than the table
    [InlineData("1.2.3.4")]
    public void An_unknown_uid_is_explicit_little_endian_encapsulated(string uid)
    {
        var syntax = DicomTransferSyntax.Lookup(uid);

        Assert.Equal(uid, syntax.UID.UID);
        Assert.True(syntax.IsExplicitVR);
        Assert.Equal(Endian.Little, syntax.Endian);
        Assert.False(syntax.IsDeflate);
        Assert.True(syntax.IsEncapsulated);
        Assert.False(syntax.IsRetired);
        Assert.False(DicomTransferSyntax.TryGetKnown(uid, out _));
        Assert.DoesNotContain(syntax, DicomTransferSyntax.KnownEntries);
        Assert.Equal(syntax, DicomTransferSyntax.Lookup(uid));
        Assert.True(syntax == DicomTransferSyntax.Parse(uid));
    }

    [Fact]
    public void Every_transfer_syntax_uid_has_a_transfer_syntax()
    {
        var uids = DicomUID.Enumerate().Where(uid => uid.Type == DicomUidType.TransferSyntax).ToList();
        var known = DicomTransferSyntax.KnownEntries.ToList();

        Assert.Equal(uids.Count, known.Count);
        Assert.All(uids, uid => Assert.True(DicomTransferSyntax.TryGetKnown(uid.UID, out _), uid.UID));
        Assert.Equal(
            ["1.2.840.10008.1.2", "1.2.840.10008.1.20"],
            known.Where(ts => !ts.IsExplicitVR).Select(ts => ts.UID.UID).Order(StringComparer.Ordinal));
        Assert.Equal(["1.2.840.10008.1.2.2"], known.Where(ts => ts.Endian == Endian.Big).Select(ts => ts.UID.UID));
    }
}
