using System.CommandLine;
using OpenRem.Domain.Schedules;
using OpenRem.Web.Cli.Nodes;

namespace OpenRem.Web.Cli.Schedules;

/// <summary>
/// Runs the body of a <c>schedules</c> subcommand with the database's services: settings that do not validate are a
/// usage error (2, one line per field on stderr, naming its option); any other failure is 1.
/// </summary>
internal static class ScheduleCommandRun
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int UsageError = 2;

    public static Task<int> RunAsync(
        ParseResult parseResult,
        Option<string> dataDirectory,
        string verb,
        Func<IServiceProvider, TextWriter, TextWriter, Task<int>> body,
        CancellationToken cancellationToken) =>
        NodeCommandRun.RunCommandAsync(parseResult, dataDirectory, "schedules " + verb, async (services, output, error) =>
        {
            try
            {
                return await body(services, output, error);
            }
            catch (InvalidScheduleSettingsException exception)
            {
                foreach (var problem in exception.Errors)
                {
                    await error.WriteLineAsync($"schedules {verb}: {OptionOf(problem.Field)}: {problem.Message}");
                }

                return UsageError;
            }
        }, cancellationToken);

    /// <summary>The command-line option a settings field comes from.</summary>
    private static string OptionOf(string field) => field switch
    {
        nameof(ScheduleSettings.Name) => "--name",
        nameof(ScheduleSettings.RemoteNodeId) => "--qr",
        nameof(ScheduleSettings.StoreNodeId) => "--store",
        nameof(ScheduleSettings.Window) => "--window",
        nameof(ScheduleSettings.Frequency) => "frequency",
        nameof(ScheduleSettings.Modalities) => "modalities",
        _ => field,
    };
}
