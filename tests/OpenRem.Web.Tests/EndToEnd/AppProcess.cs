using OpenRem.Testing.Peers;

namespace OpenRem.Web.Tests.EndToEnd;

/// <summary>Runs the application's executable (the built OpenRem.Web.dll) with a verb, as a cron job would.</summary>
internal static class AppProcess
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string dataDirectory, CancellationToken cancellationToken, params string[] args)
    {
        var command = new ExternalCommand("dotnet", [Path.Combine(AppContext.BaseDirectory, "OpenRem.Web.dll"), .. args])
        {
            Environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["OpenRem__DataDirectory"] = dataDirectory },
            WorkingDirectory = dataDirectory,
            Timeout = Limit,
        };
        var result = await ExternalCommandRunner.RunAsync(command, cancellationToken);
        return (result.ExitCode, result.StandardOutput, result.StandardError);
    }
}
