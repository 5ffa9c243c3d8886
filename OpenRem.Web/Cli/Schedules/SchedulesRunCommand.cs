using System.CommandLine;
using OpenRem.Infrastructure.Persistence.Queries;
using OpenRem.Infrastructure.Schedules;
using OpenRem.Web.Cli.Qr;

namespace OpenRem.Web.Cli.Schedules;

/// <summary>
/// <c>schedules run ID</c>: runs the schedule now in this process, as its scheduled runs do (its window, its claim,
/// its last result), with the query's progress on stderr and its summary on stdout as <c>qr</c> writes them. Exit code
/// 0 when the query did all the schedule asks, 1 otherwise (also when the schedule cannot run or is already running).
/// </summary>
internal sealed class SchedulesRunCommand(Option<string> dataDirectory)
{
    private readonly Argument<int> _id = new("ID") { Description = "The schedule's ID, as 'schedules list' shows it." };

    public Command Create()
    {
        var command = new Command("run", "Run a schedule now and print the query's summary.") { _id };
        command.SetAction((parseResult, cancellationToken) =>
            ScheduleCommandRun.RunAsync(parseResult, dataDirectory, "run", async (services, output, error) =>
            {
                var id = parseResult.GetValue(_id);
                var outcome = await services.GetRequiredService<ScheduledQueryRunner>().RunAsync(
                    id, cancellationToken, progress => new QrConsoleProgress(error, progress));
                if (outcome.QueryId is { } queryId
                    && await services.GetRequiredService<IQueryRepository>().FindAsync(queryId, CancellationToken.None) is { } query)
                {
                    await QrSummaryTextWriter.WriteAsync(output, QrSummaryBuilder.From(query));
                }
                else
                {
                    await error.WriteLineAsync($"schedules run: schedule {id}: {outcome.Text}");
                }

                return outcome.Succeeded ? ScheduleCommandRun.Success : ScheduleCommandRun.Failure;
            }, cancellationToken));
        return command;
    }
}
