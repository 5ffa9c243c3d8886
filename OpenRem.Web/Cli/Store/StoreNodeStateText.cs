using System.Diagnostics;
using System.Globalization;
using OpenRem.Domain.Nodes;
using OpenRem.Infrastructure.StoreNodes;

namespace OpenRem.Web.Cli.Store;

/// <summary>A store node's state in words, from the last state its process wrote and whether that process still runs.</summary>
internal static class StoreNodeStateText
{
    public static string Of(StoreNodeReport report)
    {
        if (report.Node.Kind == StoreNodeKind.External)
        {
            return $"external, at {report.Node.Host?.Value}:{report.Node.Port.ToString(CultureInfo.InvariantCulture)}";
        }

        return report.Status switch
        {
            null => "never started (start the application to run it)",
            { IsListening: true } status when IsRunning(status.ProcessId) => $"listening on {status.ListeningOn}",
            { IsListening: true } => "not running (the application that ran it stopped unexpectedly)",
            { LastError: { } error } status when IsRunning(status.ProcessId) => "not listening: " + error,
            _ => "not running (the application is stopped)",
        };
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
