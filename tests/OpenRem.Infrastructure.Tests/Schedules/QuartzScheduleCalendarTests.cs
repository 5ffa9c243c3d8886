using OpenRem.Domain.Schedules;
using OpenRem.Infrastructure.Schedules;

namespace OpenRem.Infrastructure.Tests.Schedules;

public sealed class QuartzScheduleCalendarTests
{
    private static readonly TimeZoneInfo Site = TimeZoneInfo.CreateCustomTimeZone("Site", TimeSpan.FromHours(2), "Site", "Site");
    private static readonly DateTimeOffset Anchor = new(2024, 6, 3, 9, 7, 30, TimeSpan.Zero);
    private readonly QuartzScheduleCalendar _calendar = new();

    [Fact]
    public void An_interval_runs_first_at_its_anchor_then_every_interval_from_it()
    {
        var every15 = ScheduleFrequency.EveryMinutes(15);

        Assert.Equal(Anchor, _calendar.NextRunAfter(every15, Anchor, Anchor.AddSeconds(-1), Site));
        Assert.Equal(Anchor.AddMinutes(15), _calendar.NextRunAfter(every15, Anchor, Anchor, Site));
        Assert.Equal(Anchor.AddMinutes(45), _calendar.NextRunAfter(every15, Anchor, Anchor.AddMinutes(31), Site));
        Assert.Equal(Anchor.AddHours(4), _calendar.NextRunAfter(ScheduleFrequency.EveryMinutes(120), Anchor, Anchor.AddHours(3), Site));
    }

    [Fact]
    public void Hourly_runs_at_its_minute_of_every_hour()
    {
        var hourly = ScheduleFrequency.HourlyAt(5);

        Assert.Equal(new DateTimeOffset(2024, 6, 3, 10, 5, 0, TimeSpan.Zero), _calendar.NextRunAfter(hourly, Anchor, Anchor, Site));
        Assert.Equal(new DateTimeOffset(2024, 6, 3, 11, 5, 0, TimeSpan.Zero), _calendar.NextRunAfter(hourly, Anchor, new DateTimeOffset(2024, 6, 3, 10, 5, 0, TimeSpan.Zero), Site));
    }

    [Fact]
    public void Daily_runs_at_its_local_time_in_the_sites_zone()
    {
        var daily = ScheduleFrequency.DailyAt(new TimeOnly(6, 30));

        // 06:30 at the site (UTC+2) is 04:30 UTC; at 09:07 UTC the day's run has passed.
        Assert.Equal(new DateTimeOffset(2024, 6, 4, 4, 30, 0, TimeSpan.Zero), _calendar.NextRunAfter(daily, Anchor, Anchor, Site));
        Assert.Equal(new DateTimeOffset(2024, 6, 4, 4, 30, 0, TimeSpan.Zero), _calendar.NextRunAfter(daily, Anchor, new DateTimeOffset(2024, 6, 4, 4, 29, 59, TimeSpan.Zero), Site));
    }

    [Fact]
    public void A_cron_expression_runs_at_its_times_in_the_sites_zone()
    {
        var weekdays = ScheduleFrequency.Cron("0 0 7 ? * MON-FRI");

        // Friday June 7, 2024 09:00 UTC: the next weekday at 07:00 site time is Monday June 10, 05:00 UTC.
        var friday = new DateTimeOffset(2024, 6, 7, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2024, 6, 10, 5, 0, 0, TimeSpan.Zero), _calendar.NextRunAfter(weekdays, Anchor, friday, Site));
        Assert.Null(_calendar.NextRunAfter(ScheduleFrequency.Cron("0 0 0 1 1 ? 2020"), Anchor, Anchor, Site));
    }

    [Theory]
    [InlineData("0 5 * * * ?")]
    [InlineData("0 0/15 * * * ?")]
    [InlineData("0 0 6 ? * MON-FRI 2030")]
    [InlineData("0 15 10 L * ?")]
    public void Valid_cron_expressions_have_no_error(string expression)
    {
        Assert.Null(_calendar.CronError(expression));
    }

    [Theory]
    [InlineData("0 61 * * * ?")]
    [InlineData("0 5 * 32 * ?")]
    [InlineData("0 5 25 * * ?")]
    [InlineData("x 5 * * * ?")]
    public void Invalid_cron_expressions_are_refused_with_quartzs_reason(string expression)
    {
        var error = _calendar.CronError(expression);

        Assert.NotNull(error);
        Assert.StartsWith($"'{expression}' is not a valid Quartz cron expression: ", error, StringComparison.Ordinal);
        Assert.True(error.Length > $"'{expression}' is not a valid Quartz cron expression: ".Length);
    }

    [Fact]
    public void Settings_with_an_invalid_cron_expression_do_not_validate_through_the_calendar()
    {
        var settings = new ScheduleSettings
        {
            Name = "Nightly",
            RemoteNodeId = 1,
            StoreNodeId = 2,
            Modalities = Domain.Queries.ModalitySelection.Of(Domain.Modalities.ModalityGroup.Ct),
            Window = ScheduleWindow.Yesterday,
            Frequency = ScheduleFrequency.Cron("0 61 * * * ?"),
        };

        var error = Assert.Single(settings.Validate([], _calendar));

        Assert.Equal(nameof(ScheduleSettings.Frequency), error.Field);
        Assert.Contains("'0 61 * * * ?' is not a valid Quartz cron expression", error.Message, StringComparison.Ordinal);
    }
}
