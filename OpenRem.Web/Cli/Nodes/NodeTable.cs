using System.Globalization;

namespace OpenRem.Web.Cli.Nodes;

/// <summary>Writes node rows as a table with a header, each column as wide as its widest cell.</summary>
internal static class NodeTable
{
    private static readonly string[] Header = ["ID", "KIND", "NAME", "AE TITLE", "HOST", "PORT"];

    public static async Task WriteAsync(TextWriter output, IReadOnlyList<NodeRow> rows)
    {
        var cells = rows
            .Select(row => new[] { row.Id.ToString(CultureInfo.InvariantCulture), row.Kind, row.Name, row.AeTitle, row.Host, row.Port })
            .Prepend(Header)
            .ToList();
        var widths = Enumerable.Range(0, Header.Length).Select(column => cells.Max(line => line[column].Length)).ToArray();
        foreach (var line in cells)
        {
            var padded = line.Select((cell, column) => column == line.Length - 1 ? cell : cell.PadRight(widths[column]));
            await output.WriteLineAsync(string.Join("  ", padded));
        }
    }
}
