using System.CommandLine;
using System.Globalization;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Schedules;
using OpenRem.Infrastructure.Persistence.Schedules;
using OpenRem.Web.Cli.Nodes;

namespace OpenRem.Web.Cli.Schedules;

/// <summary><c>schedules list</c>: every schedule with its nodes, window, frequency, state, next and last runs and last result.</summary>
internal sealed class SchedulesListCommand(Option<string> dataDirectory)
{
    private static readonly string[] Header = ["ID", "NAME", "NODES", "WINDOW", "FREQUENCY", "ENABLED", "RETRIEVE", "NEXT RUN", "LAST RUN", "LAST RESULT"];

    public Command Create()
    {
        var command = new Command("list", "Show every schedule: nodes, window, frequency, whether it is enabled and retrieves, next and last runs, last result.");
        command.SetAction((parseResult, cancellationToken) =>
            ScheduleCommandRun.RunAsync(parseResult, dataDirectory, "list", async (services, output, _) =>
            {
                var schedules = await services.GetRequiredService<IScheduleRepository>().ListAsync(cancellationToken);
                if (schedules.Count == 0)
                {
                    await output.WriteLineAsync("No schedules. Add one with 'schedules add'.");
                    return ScheduleCommandRun.Success;
                }

                var time = services.GetRequiredService<TimeProvider>();
                var calendar = services.GetRequiredService<IScheduleCalendar>();
                var now = time.GetUtcNow();
                await TextTable.WriteAsync(output, Header, schedules
                    .OrderBy(schedule => schedule.Id)
                    .Select(schedule => Row(schedule, schedule.NextRunAfter(now, calendar, time.LocalTimeZone), time.LocalTimeZone)));
                return ScheduleCommandRun.Success;
            }, cancellationToken));
        return command;
    }

    private static string[] Row(Schedule schedule, DateTimeOffset? nextRun, TimeZoneInfo zone) =>
    [
        schedule.Id.ToString(CultureInfo.InvariantCulture),
        schedule.Name,
        $"{Node(schedule.RemoteNodeName, schedule.RemoteNodeId)} -> {Node(schedule.StoreNodeName, schedule.StoreNodeId)}",
        schedule.Window.ToString(),
        schedule.Frequency.Describe(),
        schedule.Enabled ? "yes" : "no",
        schedule.Retrieve ? "yes" : "no",
        Local(nextRun, zone),
        Local(schedule.LastRunStartedAt, zone),
        schedule.LastResult ?? "-",
    ];

    private static string Node(string name, int? id) => id is { } value ? string.Create(CultureInfo.InvariantCulture, $"{name} ({value})") : name + " (deleted)";

    private static string Local(DateTimeOffset? instant, TimeZoneInfo zone) =>
        instant is { } value ? TimeZoneInfo.ConvertTime(value, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "-";
}
