using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenRem.Infrastructure;
using OpenRem.Infrastructure.Configuration;
using OpenRem.Infrastructure.Logging;
using OpenRem.Infrastructure.Persistence;

namespace OpenRem.Web.Cli;

/// <summary>
/// The services a verb that uses the configuration and the database needs, without the web server: the same
/// settings as the web application (<c>appsettings.json</c>, environment variables), the data directory (or the one
/// given with <c>--data-directory</c>), the database created or migrated. Console logging goes to stderr so that
/// stdout carries only the verb's output.
/// </summary>
internal static class CliHost
{
    /// <summary>Builds the host and migrates the database; the caller disposes the host.</summary>
    /// <exception cref="InvalidOperationException">The data directory cannot be used; the message says why.</exception>
    public static async Task<IHost> StartAsync(string? dataDirectory, CancellationToken cancellationToken, Action<IServiceCollection>? addServices = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = Environment.CurrentDirectory,
        });
        if (!string.IsNullOrWhiteSpace(dataDirectory))
        {
            builder.Configuration.AddInMemoryCollection([new($"{OpenRemOptions.SectionName}:{nameof(OpenRemOptions.DataDirectory)}", dataDirectory)]);
        }

        builder.AddOpenRemInfrastructure();
        addServices?.Invoke(builder.Services);
        builder.Configuration.AddInMemoryCollection(QuietSettings(builder.Configuration));
        var host = builder.Build();
        try
        {
            await host.Services.MigrateOpenRemDatabaseAsync(cancellationToken);
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>Every console sink writes to stderr; EF Core's routine messages (commands, migrations) are left out.</summary>
    private static Dictionary<string, string?> QuietSettings(ConfigurationManager configuration)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            [$"{OpenRemLogging.SectionName}:MinimumLevel:Override:Microsoft.EntityFrameworkCore"] = "Warning",
        };
        foreach (var sink in configuration.GetSection($"{OpenRemLogging.SectionName}:WriteTo").GetChildren())
        {
            if (string.Equals(sink["Name"], "Console", StringComparison.OrdinalIgnoreCase))
            {
                settings[$"{sink.Path}:Args:standardErrorFromLevel"] = "Verbose";
            }
        }

        return settings;
    }
}
