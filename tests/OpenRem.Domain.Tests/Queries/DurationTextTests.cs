using OpenRem.Domain.Queries;

namespace OpenRem.Domain.Tests.Queries;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData(0, "0.0 seconds")]
    [InlineData(1_000, "1.0 second")]
    [InlineData(12_340, "12.3 seconds")]
    [InlineData(61_000, "1 minute and 1 second")]
    [InlineData(245_000, "4 minutes and 5 seconds")]
    [InlineData(3_600_000, "1 hour and 0 minutes")]
    [InlineData(4_860_000, "1 hour and 21 minutes")]
    [InlineData(90_000_000, "25 hours and 0 minutes")]
    public void Durations_read_in_the_largest_sensible_units(long milliseconds, string expected)
    {
        Assert.Equal(expected, DurationText.Format(TimeSpan.FromMilliseconds(milliseconds)));
    }

    [Theory]
    [InlineData(1, "study", "1 study")]
    [InlineData(2, "study", "2 studies")]
    [InlineData(0, "request", "0 requests")]
    [InlineData(2, "series", "2 series")]
    public void Counts_take_the_plural_their_noun_needs(int count, string noun, string expected)
    {
        Assert.Equal(expected, DurationText.Count(count, noun));
    }
}
