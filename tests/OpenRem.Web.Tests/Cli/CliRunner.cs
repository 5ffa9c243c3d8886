using System.CommandLine;
using OpenRem.Web.Cli;

namespace OpenRem.Web.Tests.Cli;

/// <summary>Runs the command line in-process and captures its exit code, output and error output.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Output, string Error)> InvokeAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApplication.InvokeAsync(
            args,
            new InvocationConfiguration { Output = output, Error = error },
            TestContext.Current.CancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }
}
