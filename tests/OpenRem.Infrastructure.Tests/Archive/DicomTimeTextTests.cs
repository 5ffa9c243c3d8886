using OpenRem.Infrastructure.Archive;

namespace OpenRem.Infrastructure.Tests.Archive;

public sealed class DicomTimeTextTests
{
    [Theory]
    [InlineData("07", "07:00:00")]
    [InlineData("0715", "07:15:00")]
    [InlineData("071530", "07:15:30")]
    [InlineData("071530.5", "07:15:30.5")]
    [InlineData("071530.123456", "07:15:30.123456")]
    [InlineData("07:15:30", "07:15:30")]
    [InlineData(" 071530 ", "07:15:30")]
    [InlineData("071530+0100", "07:15:30")]
    [InlineData("235960", "23:59:59.999999")]
    public void Valid_times_are_read(string text, string expected)
    {
        Assert.True(DicomTimeText.TryParse(text, out var time));
        Assert.Equal(TimeOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), time);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("7")]
    [InlineData("071")]
    [InlineData("2400")]
    [InlineData("0760")]
    [InlineData("0715.5")]
    [InlineData("071530.1234567")]
    [InlineData("07h15")]
    public void Invalid_times_are_not(string? text)
    {
        Assert.False(DicomTimeText.TryParse(text, out var time));
        Assert.Null(time);
    }
}
