using System.CommandLine;
using System.CommandLine.Invocation;

namespace OpenRem.Web.Cli;

/// <summary>
/// The action of <c>--version</c>: the product's version, read from this assembly rather than from whichever
/// assembly started the process.
/// </summary>
internal sealed class ProductVersionAction : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        parseResult.InvocationConfiguration.Output.WriteLine(ProductInfo.Version);
        return 0;
    }
}
