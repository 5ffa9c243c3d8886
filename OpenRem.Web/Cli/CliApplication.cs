using System.CommandLine;
using System.CommandLine.Invocation;
using OpenRem.Web.Cli.Nodes;
using OpenRem.Web.Cli.Schedules;
using OpenRem.Web.Cli.Store;
using OpenRem.Web.Cli.Qr;

namespace OpenRem.Web.Cli;

/// <summary>
/// The command line of the OpenRem executable. With a verb, or with <c>--help</c> or <c>--version</c>, the command
/// line runs and the process exits with its exit code; otherwise (no arguments, or host options such as
/// <c>--urls</c>) the web application starts.
/// </summary>
public static class CliApplication
{
    /// <summary>Every verb; adding a verb is adding its class and one entry here (see <see cref="ICliVerb"/>).</summary>
    internal static IReadOnlyList<ICliVerb> Verbs { get; } =
    [
        new VersionVerb(),
        new DumpVerb(),
        new DicomVerb(),
        new NodesVerb(),
        new StoreVerb(),
        new SchedulesVerb(),
        new QrVerb(QrServices.CreateAsync),
    ];

    /// <summary>The exit code of a command line that does not parse (unknown verb or option, missing or bad value).</summary>
    public const int UsageErrorExitCode = 2;

    /// <summary>Builds the root command with every verb and the standard <c>--help</c> and <c>--version</c> options.</summary>
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand(
            $"{ProductInfo.Name} retrieves radiation-dose objects from a PACS for dose monitoring. "
            + "Without a verb it runs the web application; host options such as --urls are passed to it.");

        foreach (var option in root.Options.OfType<VersionOption>())
        {
            option.Action = new ProductVersionAction();
        }

        foreach (var verb in Verbs)
        {
            root.Add(verb.CreateCommand());
        }

        return root;
    }

    /// <summary>
    /// True when <paramref name="args"/> are for the command line: the first argument is a verb (any word not starting
    /// with <c>-</c> or <c>/</c>, so that an unknown verb is reported) or one of the root command's own options.
    /// </summary>
    public static bool IsCommandLineInvocation(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0)
        {
            return false;
        }

        var first = args[0];
        if (first.Length == 0 || (first[0] != '-' && first[0] != '/'))
        {
            return true;
        }

        return CreateRootCommand().Options
            .SelectMany(option => option.Aliases.Append(option.Name))
            .Contains(first, StringComparer.Ordinal);
    }

    /// <summary>
    /// Parses <paramref name="args"/> and runs the chosen verb or option; returns the exit code, which is
    /// <see cref="UsageErrorExitCode"/> when the command line does not parse.
    /// </summary>
    public static async Task<int> InvokeAsync(
        IReadOnlyList<string> args,
        InvocationConfiguration? configuration = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var parseResult = CreateRootCommand().Parse(args);
        var exitCode = await parseResult.InvokeAsync(configuration, cancellationToken);
        return parseResult.Action is ParseErrorAction && exitCode != 0 ? UsageErrorExitCode : exitCode;
    }
}
