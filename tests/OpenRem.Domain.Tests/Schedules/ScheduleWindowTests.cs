using OpenRem.Domain.Queries;
using OpenRem.Domain.Schedules;

namespace OpenRem.Domain.Tests.Schedules;

public sealed class ScheduleWindowTests
{
    private static readonly TimeZoneInfo Site = TimeZoneInfo.CreateCustomTimeZone("Site", TimeSpan.FromHours(1), "Site", "Site");

    [Theory]
    [InlineData("last 2 hours", ScheduleWindowKind.LastHours, 2, "last 2 hours", "the last 2 hours")]
    [InlineData("Last Hour", ScheduleWindowKind.LastHours, 1, "last hour", "the last hour")]
    [InlineData("last 1 hours", ScheduleWindowKind.LastHours, 1, "last hour", "the last hour")]
    [InlineData("  LAST   3  days ", ScheduleWindowKind.LastDays, 3, "last 3 days", "the last 3 days")]
    [InlineData("last day", ScheduleWindowKind.LastDays, 1, "last day", "the last day")]
    [InlineData("today", ScheduleWindowKind.Today, 1, "today", "today")]
    [InlineData("YESTERDAY", ScheduleWindowKind.Yesterday, 1, "yesterday", "yesterday")]
    public void Windows_parse_in_any_case_and_read_back(string text, ScheduleWindowKind kind, int count, string canonical, string description)
    {
        var window = ScheduleWindow.Parse(text);

        Assert.Equal((kind, count), (window.Kind, window.Count));
        Assert.Equal(canonical, window.ToString());
        Assert.Equal(description, window.Describe());
        Assert.Equal(window, ScheduleWindow.Parse(window.ToString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("2 hours")]
    [InlineData("last hours")]
    [InlineData("last week")]
    [InlineData("last -2 days")]
    [InlineData("tomorrow")]
    public void Other_texts_are_refused_saying_what_to_write(string? text)
    {
        Assert.False(ScheduleWindow.TryParse(text, out var window, out var error));
        Assert.Null(window);
        Assert.Contains("'last N hours', 'last hour', 'last N days', 'last day', 'today' or 'yesterday'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("last 0 hours", "hours lies between 1 and 8784")]
    [InlineData("last 367 days", "days lies between 1 and 366")]
    [InlineData("last 99999999999 hours", "hours lies between 1 and 8784")]
    public void Counts_out_of_range_are_refused(string text, string expected)
    {
        Assert.False(ScheduleWindow.TryParse(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_hours_on_one_local_date_ask_for_that_date_from_the_start_minute_to_the_minute_before_the_run()
    {
        var run = At(2024, 6, 3, 10, 0);

        var resolved = ScheduleWindow.LastHours(2).Resolve(run, null, Site);

        Assert.Equal(new StudyDateKeys("20240603", "080000-095959", "20240603 080000-095959"), Keys(resolved));
        Assert.Equal((run.AddHours(-2), run), (resolved.Start, resolved.End));
    }

    [Fact]
    public void A_window_across_local_midnight_asks_for_whole_dates()
    {
        var resolved = ScheduleWindow.LastHours(2).Resolve(At(2024, 6, 4, 1, 0), null, Site);

        Assert.Equal(new StudyDateWindow(new DateOnly(2024, 6, 3), new DateOnly(2024, 6, 4)), resolved.Dates);
        Assert.Equal(("20240603-20240604", string.Empty), (Keys(resolved).StudyDate, Keys(resolved).StudyTime));
    }

    [Fact]
    public void Local_dates_are_those_of_the_site_not_of_utc()
    {
        // 23:30 UTC on June 3 is 00:30 on June 4 at the site.
        var run = new DateTimeOffset(2024, 6, 3, 23, 30, 0, TimeSpan.Zero);

        var resolved = ScheduleWindow.Today.Resolve(run, null, Site);

        Assert.Equal(StudyDateWindow.SingleDay(new DateOnly(2024, 6, 4), new TimeOnly(0, 0), new TimeOnly(0, 29)), resolved.Dates);
    }

    [Fact]
    public void Yesterday_is_the_whole_previous_local_date_and_ends_at_midnight()
    {
        var run = At(2024, 6, 3, 6, 15);

        var resolved = ScheduleWindow.Yesterday.Resolve(run, null, Site);

        Assert.Equal(StudyDateWindow.SingleDay(new DateOnly(2024, 6, 2), new TimeOnly(0, 0), new TimeOnly(23, 59)), resolved.Dates);
        Assert.Equal(At(2024, 6, 3, 0, 0), resolved.End);
    }

    [Fact]
    public void The_last_days_ask_for_every_date_they_touch()
    {
        var resolved = ScheduleWindow.LastDays(2).Resolve(At(2024, 6, 3, 10, 0), null, Site);

        Assert.Equal(new StudyDateWindow(new DateOnly(2024, 6, 1), new DateOnly(2024, 6, 3)), resolved.Dates);
    }

    [Fact]
    public void An_earlier_covered_until_moves_the_start_back_and_a_later_one_changes_nothing()
    {
        var run = At(2024, 6, 3, 15, 0);

        var back = ScheduleWindow.LastHours(2).Resolve(run, At(2024, 6, 3, 10, 0), Site);
        var normal = ScheduleWindow.LastHours(2).Resolve(run, At(2024, 6, 3, 14, 0), Site);

        Assert.Equal("100000-145959", Keys(back).StudyTime);
        Assert.Equal("130000-145959", Keys(normal).StudyTime);
    }

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(1));

    private static StudyDateKeys Keys(ResolvedScheduleWindow resolved) => resolved.Dates.ToKeys(DateOnly.FromDateTime(resolved.End.DateTime));
}
