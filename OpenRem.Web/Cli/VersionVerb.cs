using System.CommandLine;

namespace OpenRem.Web.Cli;

/// <summary><c>version</c>: prints the product name and version.</summary>
internal sealed class VersionVerb : ICliVerb
{
    public Command CreateCommand()
    {
        var command = new Command("version", "Show the product name and version.");
        command.SetAction(parseResult =>
        {
            parseResult.InvocationConfiguration.Output.WriteLine($"{ProductInfo.Name} {ProductInfo.Version}");
            return 0;
        });
        return command;
    }
}
