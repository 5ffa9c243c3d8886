using System.CommandLine;
using System.Globalization;
using OpenRem.Domain.Nodes;
using OpenRem.Infrastructure.Persistence.Nodes;

namespace OpenRem.Web.Cli.Nodes;

/// <summary><c>nodes list</c>: every node as a table of ID, kind, name, AE title, host and port, by ID.</summary>
internal sealed class NodesListCommand(Option<string> dataDirectory)
{
    public Command Create()
    {
        var command = new Command("list", "Show every node: ID, kind (qr or store), name, AE title, host and port.");
        command.SetAction((parseResult, cancellationToken) =>
            NodeCommandRun.RunAsync(parseResult, dataDirectory, "list", async (services, output, _) =>
            {
                var remotes = await services.GetRequiredService<IRemoteNodeRepository>().ListAsync(cancellationToken);
                var stores = await services.GetRequiredService<IStoreNodeRepository>().ListAsync(cancellationToken);
                var rows = remotes.Select(Row).Concat(stores.Select(Row)).OrderBy(row => row.Id).ToList();
                if (rows.Count == 0)
                {
                    await output.WriteLineAsync("No nodes. Add one with 'nodes add-qr' or 'nodes add-store'.");
                    return NodeCommandRun.Success;
                }

                await NodeTable.WriteAsync(output, rows);
                return NodeCommandRun.Success;
            }, cancellationToken));
        return command;
    }

    private static NodeRow Row(RemoteNode node) =>
        new(node.Id, "qr", node.Name, node.AeTitle.Value, node.Host.Value, node.Port.ToString(CultureInfo.InvariantCulture));

    private static NodeRow Row(StoreNode node) =>
        new(node.Id, "store", node.Name, node.AeTitle.Value, node.Host?.Value ?? "(this app)", node.Port.ToString(CultureInfo.InvariantCulture));
}
