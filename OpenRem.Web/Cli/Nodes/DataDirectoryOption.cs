using System.CommandLine;

namespace OpenRem.Web.Cli.Nodes;

/// <summary><c>--data-directory DIR</c>: the data directory to use instead of the configured one (OpenRem:DataDirectory).</summary>
internal static class DataDirectoryOption
{
    public static Option<string> Create() => new("--data-directory")
    {
        Description = "The data directory holding openrem.db; by default OpenRem:DataDirectory from the settings.",
        Recursive = true,
    };
}
