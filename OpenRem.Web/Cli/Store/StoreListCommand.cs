using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using OpenRem.Infrastructure.StoreNodes;
using OpenRem.Web.Cli.Nodes;

namespace OpenRem.Web.Cli.Store;

/// <summary><c>store list</c>: every store node with its state, the objects it received and when it last received one.</summary>
internal sealed class StoreListCommand(Option<string> dataDirectory)
{
    private static readonly string[] Header = ["ID", "NAME", "AE TITLE", "PORT", "RECEIVED", "NOT IMPORTED", "LAST RECEIVED", "STATE"];

    public Command Create()
    {
        var command = new Command("list", "Show every store node: its state, how many objects it received and when it last received one.");
        command.SetAction((parseResult, cancellationToken) =>
            NodeCommandRun.RunCommandAsync(parseResult, dataDirectory, "store list", async (services, output, _) =>
            {
                var reports = await services.GetRequiredService<StoreNodeReports>().ListAsync(cancellationToken);
                if (reports.Count == 0)
                {
                    await output.WriteLineAsync("No store nodes. Add one with 'nodes add-store'.");
                    return NodeCommandRun.Success;
                }

                await WriteTableAsync(output, reports);
                return NodeCommandRun.Success;
            }, cancellationToken));
        return command;
    }

    private static Task WriteTableAsync(TextWriter output, IReadOnlyList<StoreNodeReport> reports) =>
        TextTable.WriteAsync(output, Header, reports
            .OrderBy(report => report.Node.Id)
            .Select(report => new[]
            {
                report.Node.Id.ToString(CultureInfo.InvariantCulture),
                report.Node.Name,
                report.Node.AeTitle.Value,
                report.Node.Port.ToString(CultureInfo.InvariantCulture),
                report.ObjectsReceived.ToString(CultureInfo.InvariantCulture),
                report.ObjectsNotImported.ToString(CultureInfo.InvariantCulture),
                report.LastReceivedAt?.ToString("u", CultureInfo.InvariantCulture) ?? "-",
                StoreNodeStateText.Of(report),
            }));
}
