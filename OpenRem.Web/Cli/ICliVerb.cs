using System.CommandLine;

namespace OpenRem.Web.Cli;

/// <summary>
/// One verb of the command line: <c>OpenRem.Web VERB [arguments] [options]</c>.
/// </summary>
/// <remarks>
/// To add a verb, write one class in this folder that implements this interface and add an instance of it to
/// <see cref="CliApplication.Verbs"/>. <see cref="CreateCommand"/> returns a <see cref="Command"/> named after the
/// verb, with its arguments, options and action (<c>command.SetAction(...)</c>). The action writes to
/// <c>parseResult.InvocationConfiguration.Output</c> and <c>.Error</c> (so tests can capture both) and returns the
/// process exit code. The web host is not started when a verb runs; a verb that needs configuration or services
/// builds its own host.
/// </remarks>
public interface ICliVerb
{
    /// <summary>Creates the command for this verb.</summary>
    Command CreateCommand();
}
