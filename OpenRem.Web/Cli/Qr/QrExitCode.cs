namespace OpenRem.Web.Cli.Qr;

/// <summary>The exit codes of the <c>qr</c> verb.</summary>
internal static class QrExitCode
{
    /// <summary>The query ran to its end: retrieved everything kept, or, with <c>--query-only</c>, finished filtering.</summary>
    public const int Success = 0;

    /// <summary>A node did not answer its echo, or the query or the retrieve failed or was cancelled.</summary>
    public const int Failure = 1;

    /// <summary>The command line is wrong (as argparse's exit code), or names a node that does not exist.</summary>
    public const int Usage = 2;
}
