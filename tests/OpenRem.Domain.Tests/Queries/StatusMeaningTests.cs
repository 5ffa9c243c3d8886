using OpenRem.Domain.Statuses;

namespace OpenRem.Domain.Tests.Queries;

public sealed class StatusMeaningTests
{
    [Theory]
    [InlineData(0x0000, DimseStatusKind.Success)]
    [InlineData(0xFF00, DimseStatusKind.Pending)]
    [InlineData(0xFF01, DimseStatusKind.Pending)]
    [InlineData(0xFE00, DimseStatusKind.Cancel)]
    [InlineData(0xB000, DimseStatusKind.Warning)]
    [InlineData(0x0107, DimseStatusKind.Warning)]
    [InlineData(0xA801, DimseStatusKind.Failure)]
    [InlineData(0xC123, DimseStatusKind.Failure)]
    [InlineData(0x0122, DimseStatusKind.Failure)]
    public void Status_codes_fall_into_their_classes(int code, DimseStatusKind kind)
    {
        Assert.Equal(kind, StatusDescription.KindOf((ushort)code));
    }

    [Theory]
    [InlineData(0xA701, "Failure (0xa701) - Refused: Out of resources, unable to calculate number of matches")]
    [InlineData(0xA801, "Failure (0xa801) - Move destination unknown")]
    [InlineData(0xB000, "Warning (0xb000) - Sub-operations completed, one or more failures")]
    [InlineData(0xC0FF, "Failure (0xc0ff) - Unable to Process")]
    [InlineData(0xFE00, "Cancel (0xfe00) - Sub-operations terminated due to Cancel indication")]
    [InlineData(0x0122, "Failure (0x0122) - Refused: SOP Class Not Supported")]
    [InlineData(0xA123, "Unknown (0xa123) - Unknown status")]
    public void Move_statuses_read_with_their_meaning(int code, string text)
    {
        Assert.Equal(text, MoveStatuses.Describe((ushort)code).ToString());
    }

    [Theory]
    [InlineData(0xA700, "Failure (0xa700) - Refused: Out of Resources")]
    [InlineData(0xA900, "Failure (0xa900) - Identifier Does Not Match SOP Class")]
    [InlineData(0xCFFF, "Failure (0xcfff) - Unable to Process")]
    [InlineData(0xFE00, "Cancel (0xfe00) - Matching terminated due to Cancel request")]
    [InlineData(0xA801, "Unknown (0xa801) - Unknown status")]
    public void Find_statuses_read_with_their_meaning(int code, string text)
    {
        Assert.Equal(text, FindStatuses.Describe((ushort)code).ToString());
    }
}
