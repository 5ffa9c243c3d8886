using System.CommandLine;
using System.Globalization;
using OpenRem.Domain.Nodes;
using OpenRem.Infrastructure.Persistence.Nodes;

namespace OpenRem.Web.Cli.Nodes;

/// <summary>
/// <c>nodes add-qr --name N --aet A [--calling-aet C] --host H --port P [--modality-at-study-level]</c>: stores a
/// remote query-retrieve node and prints its ID alone on stdout.
/// </summary>
internal sealed class NodesAddQrCommand(Option<string> dataDirectory)
{
    private readonly Option<string> _name = new("--name") { Description = "A friendly name, unique among query-retrieve nodes (at most 64 characters).", Required = true };
    private readonly Option<string> _aeTitle = new("--aet") { Description = "The remote node's AE title (called AE title).", Required = true };
    private readonly Option<string> _callingAeTitle = new("--calling-aet") { Description = $"Our AE title towards the node; {RemoteNode.DefaultCallingAeTitle} when not given." };
    private readonly Option<string> _host = new("--host") { Description = "Host name or IP address of the node.", Required = true };
    private readonly Option<int> _port = new("--port") { Description = "TCP port of the node (1-65535).", Required = true };
    private readonly Option<bool> _modalityAtStudyLevel = new("--modality-at-study-level") { Description = "Send an empty Modality key in study-level queries (some archives, such as Impax 6.6, need it)." };

    public Command Create()
    {
        var command = new Command("add-qr", "Add a remote query-retrieve node (a PACS) and print its ID.")
        {
            _name, _aeTitle, _callingAeTitle, _host, _port, _modalityAtStudyLevel,
        };
        command.SetAction((parseResult, cancellationToken) =>
            NodeCommandRun.RunAsync(parseResult, dataDirectory, "add-qr", async (services, output, _) =>
            {
                var settings = new RemoteNodeSettings
                {
                    Name = parseResult.GetValue(_name),
                    AeTitle = parseResult.GetValue(_aeTitle),
                    CallingAeTitle = parseResult.GetValue(_callingAeTitle),
                    Host = parseResult.GetValue(_host),
                    Port = parseResult.GetValue(_port),
                    UseModalityTagAtStudyLevel = parseResult.GetValue(_modalityAtStudyLevel),
                };
                var node = await services.GetRequiredService<IRemoteNodeRepository>().AddAsync(settings, cancellationToken);
                await output.WriteLineAsync(node.Id.ToString(CultureInfo.InvariantCulture));
                return NodeCommandRun.Success;
            }, cancellationToken));
        return command;
    }
}
