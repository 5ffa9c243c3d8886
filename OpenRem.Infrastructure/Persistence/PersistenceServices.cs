using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenRem.Domain.Ports;
using OpenRem.Infrastructure.Import;
using OpenRem.Infrastructure.Persistence.Imported;
using OpenRem.Infrastructure.Persistence.Nodes;
using OpenRem.Infrastructure.Persistence.Progress;
using OpenRem.Infrastructure.Persistence.Queries;
using OpenRem.Infrastructure.Persistence.Schedules;
using OpenRem.Infrastructure.Schedules;

namespace OpenRem.Infrastructure.Persistence;

/// <summary>Registers the database and what is built on it.</summary>
public static class PersistenceServices
{
    /// <summary>
    /// Adds the context factory for <c>openrem.db</c> in <paramref name="dataDirectory"/>, the migration at host
    /// start, the repositories and the Domain ports the database serves.
    /// </summary>
    public static IServiceCollection AddOpenRemPersistence(this IServiceCollection services, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(dataDirectory);

        services.AddDbContextFactory<OpenRemDbContext>(options => options.UseOpenRemDatabase(dataDirectory));
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<QueryProgressOptions>();
        services.AddSingleton<OpenRemDatabaseMigrator>();
        services.AddHostedService<DatabaseMigrationService>();

        services.AddSingleton<IRemoteNodeRepository, RemoteNodeRepository>();
        services.AddSingleton<IStoreNodeRepository, StoreNodeRepository>();
        services.AddSingleton<IQueryRepository, QueryRepository>();
        services.TryAddSingleton<IScheduleCalendar, QuartzScheduleCalendar>();
        services.AddSingleton<IScheduleRepository, ScheduleRepository>();
        services.AddSingleton<IQueryRunSessions, QueryRunSessions>();
        services.AddSingleton<IImportedObjects, ImportedObjectsReader>();
        services.AddSingleton<IRetrieveArrivals, DatabaseRetrieveArrivals>();
        return services;
    }

    /// <summary>Creates or migrates the database now; for processes that do not start the host (command-line verbs).</summary>
    public static Task MigrateOpenRemDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetRequiredService<OpenRemDatabaseMigrator>().MigrateAsync(cancellationToken);
    }
}
