namespace OpenRem.Testing.Peers;

/// <summary>The last lines of a text or of a log file, for exception messages.</summary>
internal static class LogTail
{
    public static string Of(string text, int lines)
    {
        var all = text.TrimEnd().Split('\n');
        var shown = all.Length <= lines ? all : [$"... ({all.Length - lines} earlier lines not shown)", .. all[^lines..]];
        return string.Join('\n', shown);
    }

    /// <summary>A titled block with the end of a log file, or a line saying that it does not exist.</summary>
    public static string OfFile(string path, int lines)
    {
        if (!File.Exists(path))
        {
            return $"--- {path}: no such file ---";
        }

        string text;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            text = reader.ReadToEnd();
        }
        catch (IOException exception)
        {
            return $"--- {path}: cannot be read ({exception.Message}) ---";
        }

        return $"--- {path} (last {lines} lines) ---\n{Of(text, lines)}";
    }
}
