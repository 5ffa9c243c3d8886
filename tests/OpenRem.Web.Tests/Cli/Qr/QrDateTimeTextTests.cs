using OpenRem.Web.Cli.Qr;

namespace OpenRem.Web.Tests.Cli.Qr;

public sealed class QrDateTimeTextTests
{
    [Theory]
    [InlineData("2024-03-05", 2024, 3, 5)]
    [InlineData("2024-3-5", 2024, 3, 5)]
    [InlineData("2024-12-31", 2024, 12, 31)]
    [InlineData("2024-10-1", 2024, 10, 1)]
    [InlineData("2024-1-15", 2024, 1, 15)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("2024-03- 5", 2024, 3, 5)]
    [InlineData("0001-01-01", 1, 1, 1)]
    public void A_year_month_day_date_is_read_with_or_without_leading_zeros(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), QrDateTimeText.ParseDate(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("20240305")]
    [InlineData("24-03-05")]
    [InlineData("2024/03/05")]
    [InlineData("05-03-2024")]
    [InlineData("2024-13-01")]
    [InlineData("2024-00-10")]
    [InlineData("2024-03-00")]
    [InlineData("2024-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("0000-01-01")]
    [InlineData("2024-03-05x")]
    [InlineData(" 2024-03-05")]
    [InlineData("2024-03-05 ")]
    [InlineData("2024-003-05")]
    [InlineData("yesterday")]
    public void Anything_else_is_not_a_date(string text)
    {
        Assert.Null(QrDateTimeText.ParseDate(text));
    }

    [Theory]
    [InlineData("0930", 9, 30)]
    [InlineData("930", 9, 30)]
    [InlineData("0000", 0, 0)]
    [InlineData("2359", 23, 59)]
    [InlineData("123", 12, 3)]
    [InlineData("15", 1, 5)]
    [InlineData("09:30", 9, 30)]
    [InlineData("9:30", 9, 30)]
    [InlineData("23:59", 23, 59)]
    public void A_time_is_hours_and_minutes_as_a_percent_H_percent_M_pattern_reads_them_or_with_a_colon(string text, int hour, int minute)
    {
        Assert.Equal(new TimeOnly(hour, minute), QrDateTimeText.ParseTime(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2400")]
    [InlineData("0960")]
    [InlineData("12345")]
    [InlineData("093000")]
    [InlineData("24:00")]
    [InlineData("09:60")]
    [InlineData("09:3")]
    [InlineData("9.30")]
    [InlineData("noon")]
    [InlineData(" 930")]
    public void Anything_else_is_not_a_time(string text)
    {
        Assert.Null(QrDateTimeText.ParseTime(text));
    }
}
