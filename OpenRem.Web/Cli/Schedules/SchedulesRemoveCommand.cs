using System.CommandLine;
using OpenRem.Infrastructure.Persistence.Schedules;

namespace OpenRem.Web.Cli.Schedules;

/// <summary><c>schedules remove ID</c>: deletes the schedule; the queries it made stay. An unknown ID is a failure (exit code 1).</summary>
internal sealed class SchedulesRemoveCommand(Option<string> dataDirectory)
{
    private readonly Argument<int> _id = new("ID") { Description = "The schedule's ID, as 'schedules list' shows it." };

    public Command Create()
    {
        var command = new Command("remove", "Remove a schedule; the queries it made stay in the history.") { _id };
        command.SetAction((parseResult, cancellationToken) =>
            ScheduleCommandRun.RunAsync(parseResult, dataDirectory, "remove", async (services, output, error) =>
            {
                var id = parseResult.GetValue(_id);
                if (!await services.GetRequiredService<IScheduleRepository>().RemoveAsync(id, cancellationToken))
                {
                    await error.WriteLineAsync($"schedules remove: no schedule has ID {id}; 'schedules list' shows the IDs.");
                    return ScheduleCommandRun.Failure;
                }

                await output.WriteLineAsync($"Removed schedule {id}.");
                return ScheduleCommandRun.Success;
            }, cancellationToken));
        return command;
    }
}
