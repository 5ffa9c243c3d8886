using System.Globalization;
using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Events;
using Serilog.Extensions.Hosting;
using Serilog.Settings.Configuration;

namespace OpenRem.Infrastructure.Logging;

/// <summary>
/// Serilog set-up shared by the web application and the command line: a console logger for start-up, then the
/// logger described by the <c>Serilog</c> configuration section, whose relative file paths lie in the data directory.
/// </summary>
public static class OpenRemLogging
{
    /// <summary>Name of the configuration section read by Serilog.</summary>
    public const string SectionName = "Serilog";

    /// <summary>
    /// The logger used until the configuration has been read (first stage of the two-stage initialisation):
    /// console only. <see cref="DependencyInjection.AddOpenRemInfrastructure{TBuilder}"/> replaces its configuration.
    /// </summary>
    public static ReloadableLogger CreateBootstrapLogger() =>
        new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture)
            .CreateBootstrapLogger();

    /// <summary>
    /// Applies the <c>Serilog</c> section of <paramref name="configuration"/> to <paramref name="loggerConfiguration"/>,
    /// with each relative <c>File</c> sink path taken as relative to <paramref name="dataDirectory"/>.
    /// </summary>
    public static LoggerConfiguration ReadSettings(
        this LoggerConfiguration loggerConfiguration,
        IConfiguration configuration,
        string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(loggerConfiguration);
        ArgumentNullException.ThrowIfNull(configuration);

        var settings = new ConfigurationBuilder()
            .AddConfiguration(configuration)
            .AddInMemoryCollection(FileSinkPathsInDataDirectory(configuration, dataDirectory))
            .Build();

        var options = new ConfigurationReaderOptions(
            typeof(ConsoleLoggerConfigurationExtensions).Assembly,
            typeof(FileLoggerConfigurationExtensions).Assembly,
            typeof(Serilog.Formatting.Compact.CompactJsonFormatter).Assembly)
        {
            SectionName = SectionName,
            FormatProvider = CultureInfo.InvariantCulture,
        };

        return loggerConfiguration.ReadFrom.Configuration(settings, options);
    }

    /// <summary>
    /// The configuration keys to override so that every <c>File</c> sink (also inside wrapper sinks such as
    /// <c>Async</c>) with a relative <c>path</c> writes below <paramref name="dataDirectory"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> FileSinkPathsInDataDirectory(
        IConfiguration configuration,
        string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrEmpty(dataDirectory);

        var overrides = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        CollectFileSinkPaths(configuration.GetSection($"{SectionName}:WriteTo"), dataDirectory, overrides);
        return overrides;
    }

    private static void CollectFileSinkPaths(
        IConfigurationSection writeTo,
        string dataDirectory,
        Dictionary<string, string?> overrides)
    {
        foreach (var sink in writeTo.GetChildren())
        {
            if (string.Equals(sink["Name"], "File", StringComparison.OrdinalIgnoreCase))
            {
                var path = sink.GetSection("Args:path");
                if (!string.IsNullOrEmpty(path.Value) && !Path.IsPathRooted(path.Value))
                {
                    overrides[path.Path] = Path.GetFullPath(path.Value, dataDirectory);
                }
            }

            CollectFileSinkPaths(sink.GetSection("Args:configure"), dataDirectory, overrides);
        }
    }
}
