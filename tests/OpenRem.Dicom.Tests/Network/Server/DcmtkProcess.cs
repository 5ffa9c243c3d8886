using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OpenRem.Dicom.Tests.Network.Server;

/// <summary>Runs DCMTK's tools on 127.0.0.1 with Nagle off (TCP_NODELAY=1); stops what it started by PID.</summary>
internal static class DcmtkProcess
{
    /// <summary>Fails, never skips, when DCMTK is not installed.</summary>
    public static string Require(string tool)
    {
        var path = Path.Combine("/usr/bin", tool);
        if (!File.Exists(path))
        {
            Assert.Fail($"DCMTK's {tool} is missing: install it with: apt-get install dcmtk");
        }

        return path;
    }

    /// <summary>Runs a tool to its end (at most 60 s); returns its exit code and its output and errors together.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string tool, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        using var process = Process.Start(Info(Require(tool), arguments)) ?? throw new InvalidOperationException($"Cannot start {tool}.");
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
            return (process.ExitCode, await output + await errors);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }

    /// <summary>Starts a long-running tool (storescp); dispose the result to stop it.</summary>
    public static async Task<RunningTool> StartAsync(string tool, int port, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var process = Process.Start(Info(Require(tool), arguments)) ?? throw new InvalidOperationException($"Cannot start {tool}.");
        var running = new RunningTool(process);
        try
        {
            await WaitForPortAsync(port, cancellationToken);
            return running;
        }
        catch
        {
            running.Dispose();
            throw;
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static ProcessStartInfo Info(string path, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(path) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["TCP_NODELAY"] = "1";
        return info;
    }

    private static async Task WaitForPortAsync(int port, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50, cancellationToken);
            }
        }

        throw new InvalidOperationException($"Nothing listens on port {port}.");
    }

    /// <summary>A started tool, killed by its PID when disposed.</summary>
    internal sealed class RunningTool(Process process) : IDisposable
    {
        public void Dispose()
        {
            if (!process.HasExited)
            {
                process.Kill();
                process.WaitForExit(5000);
            }

            process.Dispose();
        }
    }
}
