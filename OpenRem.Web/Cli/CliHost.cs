using Microsoft.Extensions.Configuration;
using OpenRem.Infrastructure;
using OpenRem.Infrastructure.Configuration;
using OpenRem.Infrastructure.Logging;
using OpenRem.Infrastructure.Persistence;

namespace OpenRem.Web.Cli;

/// <summary>
/// The services a verb that uses the configuration and the database needs, without the web server: the same
/// settings as the web application (<c>appsettings.json</c>, environment variables), the data directory (or the one
/// given with <c>--data-directory</c>), the database created or migrated. Console logging goes to stderr so that
/// stdout carries only the verb's output. Only the services are built, never a host: nothing is started, and a host
/// built in the same process (a test's web application factory listens for one) is not disturbed.
/// </summary>
internal static class CliHost
{
    /// <summary>Builds the services and migrates the database; the caller disposes the services.</summary>
    /// <exception cref="InvalidOperationException">The data directory cannot be used; the message says why.</exception>
    public static async Task<ServiceProvider> StartAsync(string? dataDirectory, CancellationToken cancellationToken, Action<IServiceCollection>? addServices = null)
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
        var services = builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        try
        {
            await services.MigrateOpenRemDatabaseAsync(cancellationToken);
            return services;
        }
        catch
        {
            await services.DisposeAsync();
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
