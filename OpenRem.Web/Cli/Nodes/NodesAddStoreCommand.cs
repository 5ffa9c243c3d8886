using System.CommandLine;
using System.Globalization;
using OpenRem.Domain.Nodes;
using OpenRem.Infrastructure.Persistence.Nodes;

namespace OpenRem.Web.Cli.Nodes;

/// <summary>
/// <c>nodes add-store --name N --aet A --port P [--host H] [--allow AE]...</c>: stores a store node and prints its ID alone on stdout.
/// Without <c>--host</c> this application runs the store on the port; with it, the store is external (Orthanc, say).
/// </summary>
internal sealed class NodesAddStoreCommand(Option<string> dataDirectory)
{
    private readonly Option<string> _name = new("--name") { Description = "A friendly name, unique among store nodes (at most 64 characters).", Required = true };
    private readonly Option<string> _aeTitle = new("--aet") { Description = "The store's AE title: the move destination.", Required = true };
    private readonly Option<int> _port = new("--port") { Description = "TCP port the store listens on (1-65535).", Required = true };
    private readonly Option<string> _host = new("--host") { Description = "Host of an external store; without it this application runs the store." };
    private readonly Option<string[]> _allow = new("--allow") { Description = "A calling AE title the store accepts (repeat the option); any when not given. For a store run by this application.", AllowMultipleArgumentsPerToken = true };

    public Command Create()
    {
        var command = new Command("add-store", "Add a store node, where retrieved objects are sent, and print its ID.")
        {
            _name, _aeTitle, _port, _host, _allow,
        };
        command.SetAction((parseResult, cancellationToken) =>
            NodeCommandRun.RunAsync(parseResult, dataDirectory, "add-store", async (services, output, _) =>
            {
                var host = parseResult.GetValue(_host);
                var settings = new StoreNodeSettings
                {
                    Name = parseResult.GetValue(_name),
                    AeTitle = parseResult.GetValue(_aeTitle),
                    Port = parseResult.GetValue(_port),
                    Kind = host is null ? StoreNodeKind.RunByThisApp : StoreNodeKind.External,
                    Host = host,
                    AllowedCallingAeTitles = parseResult.GetValue(_allow) ?? [],
                };
                var node = await services.GetRequiredService<IStoreNodeRepository>().AddAsync(settings, cancellationToken);
                await output.WriteLineAsync(node.Id.ToString(CultureInfo.InvariantCulture));
                return NodeCommandRun.Success;
            }, cancellationToken));
        return command;
    }
}
