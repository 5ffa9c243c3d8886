using OpenRem.Domain.Schedules;

namespace OpenRem.Domain.Tests.Schedules;

public sealed class ScheduleFrequencyTests
{
    [Theory]
    [InlineData("1 minute", 1, "every minute")]
    [InlineData("15 minutes", 15, "every 15 minutes")]
    [InlineData("15 Mins", 15, "every 15 minutes")]
    [InlineData("2 hours", 120, "every 2 hours")]
    [InlineData("1 hour", 60, "every hour")]
    [InlineData("90 minutes", 90, "every 90 minutes")]
    public void Intervals_parse_to_minutes(string text, int minutes, string description)
    {
        Assert.True(ScheduleFrequency.TryParseEvery(text, out var frequency, out _));

        Assert.Equal((ScheduleFrequencyKind.EveryMinutes, minutes), (frequency.Kind, frequency.Minutes));
        Assert.Equal(description, frequency.Describe());
        Assert.Null(frequency.Validate());
    }

    [Theory]
    [InlineData("0 minutes", "lies between 1 minute and 168 hours")]
    [InlineData("169 hours", "lies between 1 minute and 168 hours")]
    [InlineData("fifteen minutes", "write for example '1 minute', '15 minutes' or '2 hours'")]
    [InlineData("15", "write for example")]
    [InlineData("2 days", "write for example")]
    public void Other_intervals_are_refused(string text, string expected)
    {
        Assert.False(ScheduleFrequency.TryParseEvery(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_daily_time_is_hh_mm()
    {
        Assert.True(ScheduleFrequency.TryParseDailyAt("06:30", out var daily, out _));
        Assert.Equal("daily at 06:30", daily.Describe());
        Assert.False(ScheduleFrequency.TryParseDailyAt("25:00", out _, out var error));
        Assert.Contains("HH:mm", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(60)]
    public void An_hourly_minute_outside_0_to_59_does_not_validate(int minute)
    {
        Assert.Equal("The minute of the hour lies between 0 and 59.", ScheduleFrequency.HourlyAt(minute).Validate());
    }

    [Theory]
    [InlineData("0 5 * * *", false)]
    [InlineData("5 * * * *", false)]
    [InlineData("0 5 * * * ?", true)]
    [InlineData("0 0 6 ? * MON-FRI 2030", true)]
    [InlineData("0 0 6 ? * MON-FRI 2030 x", false)]
    public void A_cron_expression_has_six_or_seven_fields(string expression, bool valid)
    {
        var error = ScheduleFrequency.Cron(expression).Validate();

        Assert.Equal(valid, error is null);
        if (!valid)
        {
            Assert.Contains("6 or 7 fields, seconds first", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_kind_reads_back_from_its_stored_text()
    {
        ScheduleFrequency[] frequencies =
        [
            ScheduleFrequency.EveryMinutes(15),
            ScheduleFrequency.EveryMinutes(120),
            ScheduleFrequency.HourlyAt(5),
            ScheduleFrequency.DailyAt(new TimeOnly(6, 30)),
            ScheduleFrequency.Cron("0  5 * * * ?"),
        ];

        Assert.All(frequencies, frequency => Assert.Equal(frequency, ScheduleFrequency.Parse(frequency.ToString())));
        Assert.Equal("cron 0 5 * * * ?", frequencies[^1].ToString());
        Assert.Equal("hourly at minute 5", frequencies[2].Describe());
    }
}
