using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Infrastructure.Archive;
using OpenRem.Infrastructure.Configuration;
using OpenRem.Infrastructure.Jobs;
using OpenRem.Infrastructure.Logging;
using OpenRem.Infrastructure.Persistence;
using OpenRem.Infrastructure.Persistence.Progress;
using OpenRem.Infrastructure.Progress;
using OpenRem.Infrastructure.Running;
using OpenRem.Infrastructure.Schedules;
using OpenRem.Infrastructure.StoreNodes;
using Serilog;

namespace OpenRem.Infrastructure;

/// <summary>Registers what OpenRem.Infrastructure provides to a host.</summary>
public static class DependencyInjection
{
    private const string SettingsFileName = "appsettings.json";

    /// <summary>
    /// Adds the settings file shipped beside the executable (below every other configuration source), the
    /// <see cref="OpenRemOptions"/> with the data directory resolved, created and checked, and Serilog configured from
    /// the <c>Serilog</c> section, and the database (<c>openrem.db</c> in the data directory, migrated when the host
    /// starts) with its repositories.
    /// </summary>
    /// <exception cref="InvalidOperationException">The data directory cannot be used; the message says why.</exception>
    public static TBuilder AddOpenRemInfrastructure<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);

        AddSettingsFileBesideExecutable(builder);

        var configured = builder.Configuration.GetSection(OpenRemOptions.SectionName).Get<OpenRemOptions>() ?? new OpenRemOptions();
        var dataDirectory = DataDirectory.Prepare(configured.DataDirectory, Environment.CurrentDirectory);

        builder.Services.AddOptions<OpenRemOptions>()
            .BindConfiguration(OpenRemOptions.SectionName)
            .Configure(options => options.DataDirectory = dataDirectory);

        builder.Services.AddSerilog((services, logger) => logger
            .ReadSettings(builder.Configuration, dataDirectory)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());

        builder.Services.AddOpenRemPersistence(dataDirectory);

        // The Domain's archive port: C-FIND and C-MOVE through OpenRem.Dicom's client.
        builder.Services.AddSingleton<IRemoteArchiveConnector, DicomRemoteArchiveConnector>();
        builder.Services.AddSingleton<INodeEcho, DicomNodeEcho>();

        // The live progress of running queries: published by every run, followed by pages, the hub and the command line.
        builder.Services.AddOptions<QueryProgressFeedOptions>();
        builder.Services.AddSingleton<QueryProgressFeed>();
        builder.Services.AddSingleton<IQueryProgressFeed>(services => services.GetRequiredService<QueryProgressFeed>());
        builder.Services.AddSingleton<IQueryProgressPublisher>(services => services.GetRequiredService<QueryProgressFeed>());

        // Runs a stored query's phases for the command line, the jobs and the schedules.
        builder.Services.AddSingleton<RunningQueries>();
        builder.Services.AddSingleton<StoredQueryRunner>();

        // Marks the queries a stopped process left running as interrupted; the host calls it at start, before any job.
        builder.Services.AddSingleton<InterruptedQuerySweep>();

        // Runs a schedule once; the scheduler's jobs and the command line call it.
        builder.Services.AddOptions<ScheduleRunOptions>().BindConfiguration(ScheduleRunOptions.SectionName);
        builder.Services.AddSingleton<ScheduledQueryRunner>();

        // The store nodes run by this application, what they receive imported; started with the host only.
        builder.Services.AddOptions<StoreNodeOptions>().BindConfiguration(StoreNodeOptions.SectionName);
        builder.Services.AddOpenRemStoreNodes();

        // Queries, retrieves, schedules and the echo round as background jobs; started with a host only.
        builder.Services.AddOpenRemJobs(builder.Configuration);

        return builder;
    }

    /// <summary>
    /// The host reads <c>appsettings.json</c> from its content root, which is the working directory. The copy built
    /// beside the executable is added as well, as the lowest source, so that the application has its settings from
    /// whatever folder it is started; a file in the content root still overrides it.
    /// </summary>
    private static void AddSettingsFileBesideExecutable(IHostApplicationBuilder builder)
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, SettingsFileName);
        var inContentRoot = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, SettingsFileName));
        if (!File.Exists(shipped) || string.Equals(Path.GetFullPath(shipped), inContentRoot, StringComparison.Ordinal))
        {
            return;
        }

        var source = new JsonConfigurationSource { Path = shipped, Optional = true, ReloadOnChange = false };
        source.ResolveFileProvider();
        builder.Configuration.Sources.Insert(0, source);
    }
}
