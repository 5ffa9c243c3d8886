using Microsoft.Extensions.Time.Testing;

namespace OpenRem.Domain.Tests.Support;

internal static class TestClock
{
    /// <summary>A clock at 2024-03-15 10:00 UTC whose local time zone is UTC.</summary>
    public static FakeTimeProvider Create()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2024, 3, 15, 10, 0, 0, TimeSpan.Zero));
        time.SetLocalTimeZone(TimeZoneInfo.Utc);
        return time;
    }
}
