using Microsoft.Extensions.DependencyInjection;
using OpenRem.Infrastructure.Import;

namespace OpenRem.Infrastructure.StoreNodes;

/// <summary>Registers the store nodes run by this application and the import of what they receive.</summary>
public static class StoreNodeServices
{
    /// <summary>
    /// Adds the store folder, the importer, the start-up recovery, the reports, and <see cref="StoreNodeHost"/> as the
    /// <see cref="IStoreNodeStatuses"/> and as a hosted service (started with a host; a process without one starts it
    /// itself). Needs the persistence services, <c>OpenRemOptions</c> and <c>StoreNodeOptions</c>.
    /// </summary>
    public static IServiceCollection AddOpenRemStoreNodes(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<StoreFolder>();
        services.AddSingleton<ObjectImporter>();
        services.AddSingleton<StoreRecovery>();
        services.AddSingleton<StoreNodeReports>();
        services.AddSingleton<StoreNodeHost>();
        services.AddSingleton<IStoreNodeStatuses>(provider => provider.GetRequiredService<StoreNodeHost>());
        services.AddHostedService(provider => provider.GetRequiredService<StoreNodeHost>());
        return services;
    }
}
