using System.Diagnostics;
using System.Text;

namespace OpenRem.Testing.Peers;

/// <summary>
/// Runs a command to its end and collects its output. A command that runs out of time or is cancelled is killed with
/// its whole process tree; running out of time throws an <see cref="ExternalCommandException"/>.
/// </summary>
internal static class ExternalCommandRunner
{
    private static readonly TimeSpan ReapTimeout = TimeSpan.FromSeconds(10);

    public static async Task<ExternalCommandResult> RunAsync(ExternalCommand command, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var info = new ProcessStartInfo(command.FileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = command.WorkingDirectory ?? "",
        };
        foreach (var argument in command.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in command.Environment)
        {
            info.Environment[name] = value;
        }

        var output = new StringBuilder();
        var errors = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(errors, line.Data);

        var stopwatch = Stopwatch.StartNew();
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new ExternalCommandException($"Cannot start {command.Display}: {exception.Message}", command.Display, null, "");
        }

        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(command.Timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await KillAsync(process).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            var soFar = Read(errors);
            throw new ExternalCommandException(
                $"{command.Display} did not finish within {command.Timeout.TotalSeconds:0.#} s and was killed.{Environment.NewLine}{LogTail.Of(Read(output) + soFar, 60)}",
                command.Display,
                null,
                soFar);
        }

        return new ExternalCommandResult(command, process.ExitCode, Read(output), Read(errors), stopwatch.Elapsed);
    }

    private static async Task KillAsync(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It ended on its own in the meantime.
        }

        using var reap = new CancellationTokenSource(ReapTimeout);
        try
        {
            await process.WaitForExitAsync(reap.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Killed, but something still holds its output pipes; nothing more can be done here.
        }
    }

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (buffer)
        {
            buffer.Append(line).Append('\n');
        }
    }

    private static string Read(StringBuilder buffer)
    {
        lock (buffer)
        {
            return buffer.ToString();
        }
    }
}
