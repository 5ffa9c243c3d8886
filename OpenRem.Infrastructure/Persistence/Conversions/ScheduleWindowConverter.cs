using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OpenRem.Domain.Schedules;

namespace OpenRem.Infrastructure.Persistence.Conversions;

/// <summary>Stores a <see cref="ScheduleWindow"/> as its text, for example <c>last 2 hours</c>.</summary>
internal sealed class ScheduleWindowConverter() : ValueConverter<ScheduleWindow, string>(
    window => window.ToString(),
    text => ScheduleWindow.Parse(text))
{
    public const int MaxLength = 40;
}
