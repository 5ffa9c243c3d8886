using System.CommandLine;
using OpenRem.Infrastructure.Persistence.Schedules;

namespace OpenRem.Web.Cli.Schedules;

/// <summary><c>schedules enable ID</c> or <c>schedules disable ID</c>: turns a schedule on or off. An unknown ID is a failure (exit code 1).</summary>
internal sealed class SchedulesEnableCommand(Option<string> dataDirectory, bool enable)
{
    private readonly Argument<int> _id = new("ID") { Description = "The schedule's ID, as 'schedules list' shows it." };

    private string Verb => enable ? "enable" : "disable";

    public Command Create()
    {
        var command = new Command(Verb, enable ? "Enable a schedule: it runs at its times again." : "Disable a schedule: it does not run until enabled.") { _id };
        command.SetAction((parseResult, cancellationToken) =>
            ScheduleCommandRun.RunAsync(parseResult, dataDirectory, Verb, async (services, output, error) =>
            {
                var id = parseResult.GetValue(_id);
                if (await services.GetRequiredService<IScheduleRepository>().SetEnabledAsync(id, enable, cancellationToken) is null)
                {
                    await error.WriteLineAsync($"schedules {Verb}: no schedule has ID {id}; 'schedules list' shows the IDs.");
                    return ScheduleCommandRun.Failure;
                }

                await output.WriteLineAsync($"Schedule {id} {(enable ? "enabled" : "disabled")}.");
                return ScheduleCommandRun.Success;
            }, cancellationToken));
        return command;
    }
}
