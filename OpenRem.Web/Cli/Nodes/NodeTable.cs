using System.Globalization;

namespace OpenRem.Web.Cli.Nodes;

/// <summary>Writes node rows as a table with a header.</summary>
internal static class NodeTable
{
    private static readonly string[] Header = ["ID", "KIND", "NAME", "AE TITLE", "HOST", "PORT"];

    public static Task WriteAsync(TextWriter output, IReadOnlyList<NodeRow> rows) =>
        TextTable.WriteAsync(output, Header, rows.Select(row => new[] { row.Id.ToString(CultureInfo.InvariantCulture), row.Kind, row.Name, row.AeTitle, row.Host, row.Port }));
}
