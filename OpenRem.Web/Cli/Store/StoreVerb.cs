using System.CommandLine;
using OpenRem.Web.Cli.Nodes;

namespace OpenRem.Web.Cli.Store;

/// <summary><c>store list|status</c>: the store nodes, what the application's Store SCPs are doing and what they received.</summary>
internal sealed class StoreVerb : ICliVerb
{
    public Command CreateCommand()
    {
        var dataDirectory = DataDirectoryOption.Create();
        return new Command("store", "Show the store nodes: whether they listen, what they received, and whether they answer a C-ECHO.")
        {
            dataDirectory,
            new StoreListCommand(dataDirectory).Create(),
            new StoreStatusCommand(dataDirectory).Create(),
        };
    }
}
