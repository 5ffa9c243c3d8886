using System.Text.Json;

namespace OpenRem.Web.Cli.Qr;

/// <summary>Writes a <see cref="QrSummary"/> as one JSON object on one line.</summary>
internal static class QrSummaryJsonWriter
{
    public static string Serialize(QrSummary summary) =>
        JsonSerializer.Serialize(summary, QrSummaryJsonContext.Default.QrSummary);

    public static async Task WriteAsync(TextWriter output, QrSummary summary)
    {
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteLineAsync(Serialize(summary)).ConfigureAwait(false);
    }
}
