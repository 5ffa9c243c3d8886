using System.Diagnostics;
using System.Globalization;
using System.Text;
using OpenRem.Dicom.Network.Client;
using OpenRem.Testing.Peers;

namespace OpenRem.Web.Tests.EndToEnd;

/// <summary>
/// The application's executable running as the web application (its store nodes listening on 127.0.0.1), on a data
/// directory, until it is stopped with SIGTERM or killed with SIGKILL. Its output is kept for failure messages.
/// </summary>
internal sealed class RunningApp : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private RunningApp(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int ProcessId => _process.Id;

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts the application and waits until the store node on <paramref name="storePort"/> answers a C-ECHO as <paramref name="storeAeTitle"/>.</summary>
    public static async Task<RunningApp> StartAsync(string dataDirectory, int storePort, string storeAeTitle, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = dataDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OpenRem.Web.dll"));
        start.Environment["OpenRem__DataDirectory"] = dataDirectory;
        start.Environment["OpenRem__StoreNodes__BindAddress"] = "127.0.0.1";
        start.Environment["OpenRem__StoreNodes__ReconcileInterval"] = "00:00:01";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:" + FreePort.Next().ToString(CultureInfo.InvariantCulture);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var app = new RunningApp(Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started."));
        try
        {
            await app.WaitForStoreNodeAsync(storePort, storeAeTitle, cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return app;
    }

    /// <summary>SIGKILL: the process ends at once, as in a crash or a power cut of the process alone.</summary>
    public async Task KillAsync()
    {
        PosixSignal.SendKill(_process.Id);
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, then waits for the process to end (SIGKILL after 30 s).</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            PosixSignal.SendTerminate(_process.Id);
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                PosixSignal.SendKill(_process.Id);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
    }

    private async Task WaitForStoreNodeAsync(int port, string aeTitle, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartLimit)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The application exited with {_process.ExitCode} before its store node listened:\n{Log}");
            }

            try
            {
                var client = new DicomClient("127.0.0.1", port, "ECHOSCU", aeTitle);
                await client.SendCEchoAsync(cancellationToken);
                return;
            }
            catch (Exception e) when (e is OpenRem.Dicom.Network.DicomNetworkException or IOException)
            {
                await Task.Delay(250, cancellationToken);
            }
        }

        throw new TimeoutException($"The application's store node did not answer a C-ECHO on port {port} within {StartLimit}:\n{Log}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }
}
