namespace OpenRem.Infrastructure.Configuration;

/// <summary>Resolves the configured data directory and makes sure it can be used before anything is written to it.</summary>
public static class DataDirectory
{
    private const string SettingHint =
        "Set OpenRem:DataDirectory (environment variable OpenRem__DataDirectory) to a folder this process may write.";

    /// <summary>
    /// Resolves <paramref name="configured"/> against <paramref name="baseDirectory"/>, creates the folder when it is
    /// missing and checks that a file can be written in it.
    /// </summary>
    /// <returns>The absolute path of the data directory.</returns>
    /// <exception cref="InvalidOperationException">The setting is empty, or the folder cannot be created or written; the message says which folder and why.</exception>
    public static string Prepare(string? configured, string baseDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(baseDirectory);
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException($"No data directory is configured: OpenRem:DataDirectory is empty. {SettingHint}");
        }

        var path = Path.GetFullPath(configured.Trim(), baseDirectory);
        try
        {
            Directory.CreateDirectory(path);
            var probe = Path.Combine(path, $".openrem-write-check-{Guid.NewGuid():N}");
            using (File.Create(probe, bufferSize: 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new InvalidOperationException(
                $"The data directory '{path}' cannot be created or written: {exception.Message} {SettingHint}",
                exception);
        }

        return path;
    }
}
