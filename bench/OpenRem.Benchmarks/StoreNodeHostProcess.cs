using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenRem.Domain.Nodes;
using OpenRem.Infrastructure.Configuration;
using OpenRem.Infrastructure.Import;
using OpenRem.Infrastructure.Persistence;
using OpenRem.Infrastructure.Persistence.Nodes;
using OpenRem.Infrastructure.StoreNodes;
using Serilog;
using Serilog.Events;

namespace OpenRem.Benchmarks;

/// <summary>
/// <c>store-node-serve PORT DATADIR</c>: our whole store node as a process of its own, with the services the
/// application registers for it (store folder, importer, start-up recovery, host) over a database migrated in
/// <c>DATADIR</c>, one store node run by this application (AE title OPENREM) on 127.0.0.1:PORT. Prints
/// <c>listening PORT</c> once the node listens, serves until standard input closes or SIGTERM, then prints the objects
/// received and imported and the process's peak working set. Warnings and errors are logged to standard error.
/// </summary>
internal static class StoreNodeHostProcess
{
    public const string AeTitle = "OPENREM";

    public static async Task<int> ServeAsync(string[] args)
    {
        var port = int.Parse(args[0], CultureInfo.InvariantCulture);
        var dataDirectory = Path.GetFullPath(args[1]);
        Directory.CreateDirectory(dataDirectory);
        using var stop = new CancellationTokenSource();
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });

        await using var services = BuildServices(dataDirectory);
        await services.MigrateOpenRemDatabaseAsync(stop.Token).ConfigureAwait(false);
        var node = await services.GetRequiredService<IStoreNodeRepository>().AddAsync(
            new StoreNodeSettings { Name = "Benchmark", AeTitle = AeTitle, Port = port, Kind = StoreNodeKind.RunByThisApp },
            stop.Token).ConfigureAwait(false);
        var host = services.GetRequiredService<StoreNodeHost>();
        await host.StartAsync(stop.Token).ConfigureAwait(false);
        while (host.Current.SingleOrDefault(state => state.StoreNodeId == node.Id)?.IsListening != true)
        {
            await Task.Delay(20, stop.Token).ConfigureAwait(false);
        }

        Console.WriteLine($"listening {port}");
        var stdinClosed = Task.Run(() => Console.In.ReadToEnd(), CancellationToken.None);
        await Task.WhenAny(stdinClosed, Task.Delay(Timeout.Infinite, stop.Token)).ConfigureAwait(false);
        var last = host.Current.SingleOrDefault(state => state.StoreNodeId == node.Id);
        await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        Console.WriteLine($"received={last?.ObjectsReceived} imported={last?.ObjectsImported} notImported={last?.ObjectsNotImported} peakKiB={ProcessMemory.PeakWorkingSetKiB()}");
        return 0;
    }

    /// <summary>The store node services as the application registers them, logging warnings and errors only.</summary>
    private static ServiceProvider BuildServices(string dataDirectory)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddSerilog(
                new LoggerConfiguration().MinimumLevel.Warning().WriteTo.Console(formatProvider: CultureInfo.InvariantCulture, standardErrorFromLevel: LogEventLevel.Verbose).CreateLogger(),
                dispose: true));
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<OpenRemOptions>().Configure(options => options.DataDirectory = dataDirectory);
        services.AddOptions<StoreNodeOptions>().Configure(options => options.BindAddress = "127.0.0.1");
        services.AddOpenRemPersistence(dataDirectory);
        services.AddOpenRemStoreNodes();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
