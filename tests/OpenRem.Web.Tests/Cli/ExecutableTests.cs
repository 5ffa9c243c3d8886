using System.Diagnostics;

namespace OpenRem.Web.Tests.Cli;

/// <summary>Runs the built executable, to check that Program dispatches verbs without starting the web host.</summary>
public sealed class ExecutableTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Version_option_prints_the_version_and_exits_without_starting_the_web_host()
    {
        var (exitCode, output, error) = await RunAsync("--version");

        Assert.Equal(0, exitCode);
        Assert.Equal(ProductInfo.Version, output.Trim());
        Assert.DoesNotContain("Now listening", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_verb_exits_with_the_usage_error_code_and_a_message()
    {
        var (exitCode, output, error) = await RunAsync("no-such-verb");

        Assert.Equal(OpenRem.Web.Cli.CliApplication.UsageErrorExitCode, exitCode);
        Assert.Contains("Unrecognized command or argument 'no-such-verb'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output + error, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(typeof(ProductInfo).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        try
        {
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(Timeout);
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await output, await error);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}
