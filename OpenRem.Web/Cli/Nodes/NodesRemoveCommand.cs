using System.CommandLine;
using OpenRem.Infrastructure.Persistence.Nodes;

namespace OpenRem.Web.Cli.Nodes;

/// <summary>
/// <c>nodes remove ID</c>: deletes the node with that ID, whatever its kind. The queries that used it keep its name.
/// An ID no node has is a failure (exit code 1).
/// </summary>
internal sealed class NodesRemoveCommand(Option<string> dataDirectory)
{
    private readonly Argument<int> _id = new("ID") { Description = "The node's ID, as 'nodes list' shows it." };

    public Command Create()
    {
        var command = new Command("remove", "Remove a node; the queries that used it keep its name.") { _id };
        command.SetAction((parseResult, cancellationToken) =>
            NodeCommandRun.RunAsync(parseResult, dataDirectory, "remove", async (services, output, error) =>
            {
                var id = parseResult.GetValue(_id);
                var removed = await services.GetRequiredService<IRemoteNodeRepository>().RemoveAsync(id, cancellationToken)
                    || await services.GetRequiredService<IStoreNodeRepository>().RemoveAsync(id, cancellationToken);
                if (!removed)
                {
                    await error.WriteLineAsync($"nodes remove: no node has ID {id}; 'nodes list' shows the IDs.");
                    return NodeCommandRun.Failure;
                }

                await output.WriteLineAsync($"Removed node {id}.");
                return NodeCommandRun.Success;
            }, cancellationToken));
        return command;
    }
}
