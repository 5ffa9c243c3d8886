using System.CommandLine;

namespace OpenRem.Web.Cli.Nodes;

/// <summary>
/// <c>nodes list|add-qr|add-store|remove</c>: the DICOM nodes stored in the database. Remote and store nodes share
/// one series of IDs, so an ID names one node whatever its kind.
/// </summary>
internal sealed class NodesVerb : ICliVerb
{
    public Command CreateCommand()
    {
        var dataDirectory = DataDirectoryOption.Create();
        return new Command("nodes", "List, add and remove the DICOM nodes: remote query-retrieve nodes (PACS) and store nodes.")
        {
            dataDirectory,
            new NodesListCommand(dataDirectory).Create(),
            new NodesAddQrCommand(dataDirectory).Create(),
            new NodesAddStoreCommand(dataDirectory).Create(),
            new NodesRemoveCommand(dataDirectory).Create(),
        };
    }
}
