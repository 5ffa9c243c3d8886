namespace OpenRem.Web.Cli;

/// <summary>Writes rows of text as a table under a header, each column as wide as its widest cell, two spaces apart.</summary>
internal static class TextTable
{
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var cells = rows.Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Count).Select(column => cells.Max(line => line[column].Length)).ToArray();
        foreach (var line in cells)
        {
            var padded = line.Select((cell, column) => column == line.Count - 1 ? cell : cell.PadRight(widths[column]));
            await output.WriteLineAsync(string.Join("  ", padded));
        }
    }
}
