using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Ports;
using OpenRem.Infrastructure.StoreNodes;
using OpenRem.Web.Cli.Nodes;

namespace OpenRem.Web.Cli.Store;

/// <summary>
/// <c>store status ID</c>: one store node in detail, what it has received, and a C-ECHO to it now. Exits 0 when it
/// answers the echo, 1 when it does not or there is no such node.
/// </summary>
internal sealed class StoreStatusCommand(Option<string> dataDirectory)
{
    private readonly Argument<int> _id = new("ID") { Description = "The store node's ID, as 'store list' shows it." };

    public Command Create()
    {
        var command = new Command("status", "Show a store node's state, what it received and whether it answers a C-ECHO now.") { _id };
        command.SetAction((parseResult, cancellationToken) =>
            NodeCommandRun.RunCommandAsync(parseResult, dataDirectory, "store status", async (services, output, error) =>
            {
                var id = parseResult.GetValue(_id);
                var report = await services.GetRequiredService<StoreNodeReports>().FindAsync(id, cancellationToken);
                if (report is null)
                {
                    await error.WriteLineAsync($"store status: there is no store node with ID {id.ToString(CultureInfo.InvariantCulture)}; 'store list' shows them.");
                    return NodeCommandRun.Failure;
                }

                var echo = await services.GetRequiredService<INodeEcho>().EchoAsync(report.Node, cancellationToken);
                await WriteAsync(output, report, echo);
                return echo.IsSuccess ? NodeCommandRun.Success : NodeCommandRun.Failure;
            }, cancellationToken));
        return command;
    }

    private static async Task WriteAsync(TextWriter output, StoreNodeReport report, NodeEchoResult echo)
    {
        var node = report.Node;
        var runBy = node.Kind == StoreNodeKind.RunByThisApp ? "run by this application" : "external";
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Store node {node.Id}: {node.Name} (AE title {node.AeTitle}, port {node.Port}), {runBy}"));
        await output.WriteLineAsync("State: " + StoreNodeStateText.Of(report));
        if (node.AllowedCallingAeTitles.Count > 0)
        {
            await output.WriteLineAsync("Accepts calling AE titles: " + string.Join(", ", node.AllowedCallingAeTitles));
        }

        if (report.Status is { } status)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Open associations: {status.OpenAssociations}"));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Since it last started: {status.ObjectsReceived} received, {status.ObjectsImported} imported, {status.ObjectsNotImported} not imported"));
            await output.WriteLineAsync("Last error: " + (status.LastError ?? "none"));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"State written at {status.UpdatedAt:u} by process {status.ProcessId}"));
        }

        var last = report.LastReceivedAt?.ToString("u", CultureInfo.InvariantCulture) ?? "never";
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"In all: {report.ObjectsReceived} received, {report.ObjectsNotImported} not imported; last received {last}"));
        await output.WriteLineAsync("C-ECHO: " + echo.Text);
    }
}
