using OpenRem.Domain.Ports;

namespace OpenRem.Web.Cli.Qr;

/// <summary>
/// Writes a query's progress on the command line's error output: each new stage text once, and log lines from
/// Information up (warnings and errors marked as such, debug lines left out), one output line per text line.
/// </summary>
internal sealed class QrConsoleLines(TextWriter error)
{
    private readonly Lock _writing = new();
    private string? _lastStageText;

    /// <summary>Writes <paramref name="text"/> unless it is the stage text written last (a phase logs its closing stage text as well as reporting it).</summary>
    public void WriteStage(string text) => Write(text, prefix: string.Empty);

    public void WriteLog(QueryLogLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var prefix = line.Level switch
        {
            QueryLogLevel.Warning => "Warning: ",
            QueryLogLevel.Error => "Error: ",
            _ => string.Empty,
        };
        if (line.Level != QueryLogLevel.Debug)
        {
            Write(line.Text, prefix);
        }
    }

    /// <summary>Says that progress lines were left out because the output fell behind.</summary>
    public void WriteSkipped() => Write("(Some progress lines were skipped: the output fell behind the query.)", prefix: "Warning: ");

    private void Write(string text, string prefix)
    {
        lock (_writing)
        {
            if (prefix.Length == 0)
            {
                if (string.Equals(text, _lastStageText, StringComparison.Ordinal))
                {
                    return;
                }

                _lastStageText = text;
            }

            foreach (var line in text.Split('\n'))
            {
                error.WriteLine(prefix + line);
            }
        }
    }
}
