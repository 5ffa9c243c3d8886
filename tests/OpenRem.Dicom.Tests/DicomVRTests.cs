namespace OpenRem.Dicom.Tests;

/// <summary>The 34 value representations of PS3.5 Table 6.2-1 with their header, padding and character set rules.</summary>
public sealed class DicomVRTests
{
    [Fact]
    public void There_are_the_34_VRs_of_the_standard()
    {
        string[] codes = ["AE", "AS", "AT", "CS", "DA", "DS", "DT", "FD", "FL", "IS", "LO", "LT", "OB", "OD", "OF", "OL", "OV", "OW",
            "PN", "SH", "SL", "SQ", "SS", "ST", "SV", "TM", "UC", "UI", "UL", "UN", "UR", "US", "UT", "UV"];

        Assert.Equal(codes, DicomVR.All.Select(vr => vr.Code).Order(StringComparer.Ordinal));
        Assert.All(codes, code => Assert.Same(DicomVR.Parse(code), DicomVR.TryParse((byte)code[0], (byte)code[1], out var vr) ? vr : null));
        Assert.False(DicomVR.TryParse((byte)'X', (byte)'X', out _));
        Assert.False(DicomVR.TryParse(0x00, 0x02, out _));
    }

    [Theory]
    [InlineData("OB", true)]
    [InlineData("OD", true)]
    [InlineData("OF", true)]
    [InlineData("OL", true)]
    [InlineData("OV", true)]
    [InlineData("OW", true)]
    [InlineData("SQ", true)]
    [InlineData("SV", true)]
    [InlineData("UC", true)]
    [InlineData("UN", true)]
    [InlineData("UR", true)]
    [InlineData("UT", true)]
    [InlineData("UV", true)]
    [InlineData("AE", false)]
    [InlineData("PN", false)]
    [InlineData("US", false)]
    [InlineData("FD", false)]
    public void Explicit_VR_headers_have_a_32_bit_length_only_for_the_long_VRs(string code, bool longLength) =>
        Assert.Equal(longLength, DicomVR.Parse(code).Is32BitLength);

    [Fact]
    public void Padding_and_character_set_rules_follow_the_standard()
    {
        Assert.Equal((byte)0x00, DicomVR.UI.PaddingValue);
        Assert.Equal((byte)0x00, DicomVR.OB.PaddingValue);
        Assert.Equal((byte)' ', DicomVR.CS.PaddingValue);
        Assert.Equal((byte)' ', DicomVR.PN.PaddingValue);
        Assert.Equal(["LO", "LT", "PN", "SH", "ST", "UC", "UT"], DicomVR.All.Where(vr => vr.IsStringEncoded).Select(vr => vr.Code).Order(StringComparer.Ordinal));
        Assert.False(DicomVR.LT.IsMultiValue);
        Assert.False(DicomVR.UT.IsMultiValue);
        Assert.False(DicomVR.UR.IsMultiValue);
        Assert.True(DicomVR.UC.IsMultiValue);
        Assert.Equal(16, DicomVR.AE.MaximumLength);
        Assert.Equal(64, DicomVR.UI.MaximumLength);
        Assert.Equal(8, DicomVR.FD.UnitSize);
    }
}
