using OpenRem.Dicom.Network;

namespace OpenRem.Dicom.Tests.Network.Dimse;

public sealed class DicomStatusTests
{
    [Theory]
    [InlineData(0x0000, DicomState.Success)]
    [InlineData(0xFF00, DicomState.Pending)]
    [InlineData(0xFF01, DicomState.Pending)]
    [InlineData(0xFE00, DicomState.Cancel)]
    [InlineData(0x0001, DicomState.Warning)]
    [InlineData(0xB000, DicomState.Warning)]
    [InlineData(0xB007, DicomState.Warning)]
    [InlineData(0xA700, DicomState.Failure)]
    [InlineData(0xA801, DicomState.Failure)]
    [InlineData(0xC123, DicomState.Failure)]
    [InlineData(0x0122, DicomState.Failure)]
    [InlineData(0x0212, DicomState.Failure)]
    public void Codes_are_classified_as_the_standard_says(int code, DicomState state)
    {
        Assert.Equal(state, DicomStatus.Classify((ushort)code));
        Assert.Equal(state, DicomStatus.Lookup((ushort)code).State);
        Assert.Equal(state, DicomStatus.Lookup((ushort)code, isStorage: true).State);
    }

    [Theory]
    [InlineData(0xA701, false, "Refused: out of resources, unable to calculate number of matches (0xA701)")]
    [InlineData(0xA702, false, "Refused: out of resources, unable to perform sub-operations (0xA702)")]
    [InlineData(0xA900, false, "Failed: identifier does not match SOP class (0xA900)")]
    [InlineData(0xC502, false, "Failed: unable to process (0xC502)")]
    [InlineData(0xB000, false, "Warning: sub-operations complete, one or more failures or warnings (0xB000)")]
    [InlineData(0xB000, true, "Warning: coercion of data elements (0xB000)")]
    [InlineData(0xA7FF, true, "Refused: out of resources (0xA7FF)")]
    [InlineData(0xA9AB, true, "Error: data set does not match SOP class (0xA9AB)")]
    [InlineData(0x0124, false, "Refused: not authorized (0x0124)")]
    [InlineData(0x0117, true, "Failure: invalid SOP instance (0x0117)")]
    [InlineData(0xD001, false, "Failure (0xD001)")]
    public void Lookup_describes_codes_and_ranges_per_service(int code, bool isStorage, string expected) =>
        Assert.Equal(expected, DicomStatus.Lookup((ushort)code, isStorage).ToString());

    [Fact]
    public void The_error_comment_follows_the_description_and_does_not_change_equality()
    {
        var status = DicomStatus.Lookup(0xC000).WithErrorComment("matching no resource");

        Assert.Equal("Failed: unable to process (0xC000): matching no resource", status.ToString());
        Assert.Equal(DicomStatus.QueryRetrieveUnableToProcess, status);
    }
}
