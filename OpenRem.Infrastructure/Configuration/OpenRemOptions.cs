namespace OpenRem.Infrastructure.Configuration;

/// <summary>The <c>OpenRem</c> section of the configuration.</summary>
public sealed class OpenRemOptions
{
    /// <summary>Name of the configuration section.</summary>
    public const string SectionName = "OpenRem";

    /// <summary>The data directory used when none is configured.</summary>
    public const string DefaultDataDirectory = "./data";

    /// <summary>
    /// Folder for everything OpenRem writes: database, received DICOM files, logs. Configured as
    /// <c>OpenRem:DataDirectory</c> (environment variable <c>OpenRem__DataDirectory</c>); a relative path is taken
    /// from the working directory. Once the application has started this is the absolute path, and the folder exists.
    /// </summary>
    public string DataDirectory { get; set; } = DefaultDataDirectory;
}
