using System.CommandLine;
using OpenRem.Domain.Nodes;

namespace OpenRem.Web.Cli.Nodes;

/// <summary>
/// Runs the body of a <c>nodes</c> subcommand with the database's services, and turns failures into exit codes:
/// settings that do not validate are a usage error (2, one line per field on stderr), a data directory or
/// database that cannot be used, or any other failure, 1.
/// </summary>
internal static class NodeCommandRun
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
        RunCommandAsync(parseResult, dataDirectory, "nodes " + verb, body, cancellationToken);

    /// <summary>As the other overload, with the messages prefixed by <paramref name="commandPath"/> (e.g. <c>store status</c>).</summary>
    public static async Task<int> RunCommandAsync(
        ParseResult parseResult,
        Option<string> dataDirectory,
        string commandPath,
        Func<IServiceProvider, TextWriter, TextWriter, Task<int>> body,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        try
        {
            await using var services = await CliHost.StartAsync(parseResult.GetValue(dataDirectory), cancellationToken);
            return await body(services, output, error);
        }
        catch (InvalidNodeSettingsException exception)
        {
            foreach (var problem in exception.Errors)
            {
                await error.WriteLineAsync($"{commandPath}: {OptionOf(problem.Field)}: {problem.Message}");
            }

            return UsageError;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await error.WriteLineAsync($"{commandPath}: {exception.Message}");
            return Failure;
        }
    }

    /// <summary>The command-line option a settings field comes from.</summary>
    private static string OptionOf(string field) => field switch
    {
        nameof(RemoteNodeSettings.Name) => "--name",
        nameof(RemoteNodeSettings.AeTitle) => "--aet",
        nameof(RemoteNodeSettings.CallingAeTitle) => "--calling-aet",
        nameof(RemoteNodeSettings.Host) => "--host",
        nameof(RemoteNodeSettings.Port) => "--port",
        nameof(StoreNodeSettings.AllowedCallingAeTitles) => "--allow",
        _ => field,
    };
}
