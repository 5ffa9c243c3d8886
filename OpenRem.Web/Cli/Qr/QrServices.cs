using Microsoft.Extensions.DependencyInjection;

namespace OpenRem.Web.Cli.Qr;

/// <summary>
/// The services of one <c>qr</c> run in the application: the settings, data directory and database of the web
/// application (migrated first), the DICOM archive adapter and echo, and the node lookup on the database.
/// </summary>
internal static class QrServices
{
    public static async Task<IServiceProvider> CreateAsync(CancellationToken cancellationToken)
    {
        return await CliHost.StartAsync(null, cancellationToken, services => services.AddSingleton<IQrNodeLookup, RepositoryNodeLookup>()).ConfigureAwait(false);
    }
}
