using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OpenRem.Domain.Schedules;

namespace OpenRem.Infrastructure.Persistence.Conversions;

/// <summary>Stores a <see cref="ScheduleFrequency"/> as its text, for example <c>every 15 minutes</c> or <c>cron 0 5 * * * ?</c>.</summary>
internal sealed class ScheduleFrequencyConverter() : ValueConverter<ScheduleFrequency, string>(
    frequency => frequency.ToString(),
    text => ScheduleFrequency.Parse(text))
{
    public const int MaxLength = 200;
}
