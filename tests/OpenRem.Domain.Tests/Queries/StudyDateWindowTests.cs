using Microsoft.Extensions.Time.Testing;
using OpenRem.Domain.Queries;

namespace OpenRem.Domain.Tests.Queries;

public sealed class StudyDateWindowTests
{
    private static readonly DateOnly Today = new(2024, 3, 15);

    [Fact]
    public void No_dates_ask_for_every_date_with_an_empty_study_date()
    {
        var keys = StudyDateWindow.AllDates.ToKeys(Today);

        Assert.Equal(string.Empty, keys.StudyDate);
        Assert.Equal(string.Empty, keys.StudyTime);
        Assert.Equal("all dates", keys.Text);
    }

    [Fact]
    public void Equal_from_and_until_dates_ask_for_that_single_date()
    {
        var keys = new StudyDateWindow(new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 1)).ToKeys(Today);

        Assert.Equal("20240301", keys.StudyDate);
    }

    [Fact]
    public void A_from_date_alone_runs_until_today()
    {
        var keys = new StudyDateWindow(new DateOnly(2024, 3, 1), null).ToKeys(Today);

        Assert.Equal("20240301-20240315", keys.StudyDate);
    }

    [Fact]
    public void An_until_date_alone_runs_from_1900()
    {
        var keys = new StudyDateWindow(null, new DateOnly(2024, 3, 1)).ToKeys(Today);

        Assert.Equal("19000101-20240301", keys.StudyDate);
    }

    [Fact]
    public void From_and_until_make_a_range()
    {
        var keys = new StudyDateWindow(new DateOnly(2024, 2, 1), new DateOnly(2024, 3, 1)).ToKeys(Today);

        Assert.Equal("20240201-20240301", keys.StudyDate);
        Assert.Equal(string.Empty, keys.StudyTime);
        Assert.Equal("20240201-20240301", keys.Text);
    }

    [Fact]
    public void Reversed_dates_are_refused_instead_of_silently_swapped()
    {
        var window = new StudyDateWindow(new DateOnly(2024, 3, 1), new DateOnly(2024, 2, 1));

        Assert.Equal(["Date from is after date until."], window.Validate(Today));
    }

    [Fact]
    public void A_from_date_in_the_future_is_refused()
    {
        var window = new StudyDateWindow(Today.AddDays(1), null);

        Assert.Equal(["Date from is in the future."], window.Validate(Today));
    }

    [Theory]
    [InlineData(8, 30, 12, 0, "083000-120059")]
    [InlineData(12, 0, 12, 0, "120000-120059")]
    public void A_time_window_on_a_single_day_includes_the_whole_until_minute(int fromHour, int fromMinute, int untilHour, int untilMinute, string expected)
    {
        var window = StudyDateWindow.SingleDay(new DateOnly(2024, 3, 1), new TimeOnly(fromHour, fromMinute), new TimeOnly(untilHour, untilMinute));

        var keys = window.ToKeys(Today);

        Assert.Empty(window.Validate(Today));
        Assert.Equal("20240301", keys.StudyDate);
        Assert.Equal(expected, keys.StudyTime);
        Assert.Equal("20240301 " + expected, keys.Text);
    }

    [Fact]
    public void A_time_from_alone_runs_to_the_last_second_of_the_day()
    {
        var keys = StudyDateWindow.SingleDay(new DateOnly(2024, 3, 1), from: new TimeOnly(22, 15)).ToKeys(Today);

        Assert.Equal("221500-235959", keys.StudyTime);
    }

    [Fact]
    public void A_time_until_alone_runs_from_midnight()
    {
        var keys = StudyDateWindow.SingleDay(new DateOnly(2024, 3, 1), until: new TimeOnly(6, 5)).ToKeys(Today);

        Assert.Equal("000000-060559", keys.StudyTime);
    }

    [Fact]
    public void A_reversed_time_window_is_refused_because_swapping_it_would_ask_for_the_opposite_hours()
    {
        var window = StudyDateWindow.SingleDay(new DateOnly(2024, 3, 1), new TimeOnly(22, 0), new TimeOnly(2, 0));

        Assert.Equal(["Time from is after time until."], window.Validate(Today));
    }

    [Fact]
    public void A_time_window_without_a_single_date_is_refused()
    {
        var window = new StudyDateWindow(new DateOnly(2024, 3, 1), null, new TimeOnly(8, 0));

        Assert.Equal(["A time window needs a single date."], window.Validate(Today));
    }

    [Fact]
    public void From_yesterday_is_computed_from_the_clock_each_time_it_is_asked_for_B15()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2024, 3, 15, 23, 30, 0, TimeSpan.Zero));
        time.SetLocalTimeZone(TimeZoneInfo.Utc);

        var before = StudyDateWindow.FromYesterday(time);
        time.Advance(TimeSpan.FromHours(1));
        var after = StudyDateWindow.FromYesterday(time);

        Assert.Equal(new DateOnly(2024, 3, 14), before.From);
        Assert.Equal(new DateOnly(2024, 3, 15), after.From);
        Assert.Null(after.Until);
        Assert.Equal("20240315-20240316", after.ToKeys(StudyDateWindow.Today(time)).StudyDate);
    }

    [Fact]
    public void Today_is_the_local_date_of_the_clock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2024, 3, 15, 23, 30, 0, TimeSpan.Zero));
        time.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("UTC+2", TimeSpan.FromHours(2), "UTC+2", "UTC+2"));

        Assert.Equal(new DateOnly(2024, 3, 16), StudyDateWindow.Today(time));
    }
}
