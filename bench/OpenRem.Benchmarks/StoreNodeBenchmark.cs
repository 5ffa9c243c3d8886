using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenRem.Infrastructure.Persistence;

namespace OpenRem.Benchmarks;

/// <summary>
/// <c>store-node</c>: DCMTK's storescu (TCP_NODELAY=1) sends the small set of <see cref="StoreScpBenchmark"/> over one
/// association to <c>storescp +B</c> and to <c>storescp</c> (no import; the default keeps each object in memory) and to
/// our whole store node with its import (a process of its own, see <see cref="StoreNodeHostProcess"/>, over a fresh
/// data directory each round), in an order that rotates per round.
/// Times are storescu's wall time. For ours it also reports the import lag, from storescu's exit until the database
/// holds every object (polled through a context on the node's data directory), and the node's peak working set.
/// </summary>
internal static class StoreNodeBenchmark
{
    private static readonly TimeSpan ImportLimit = TimeSpan.FromMinutes(5);

    public static async Task<int> RunAsync(string[] args)
    {
        var small = Options.Int(args, "--small", 2000);
        var rounds = Options.Int(args, "--rounds", 3);
        var work = Directory.CreateTempSubdirectory("openrem-bench-node-").FullName;
        try
        {
            var smallDir = Directory.CreateDirectory(Path.Combine(work, "small")).FullName;
            var smallBytes = StoreScpBenchmark.WriteCopies(StoreScpBenchmark.SmallSource, smallDir, small);
            Console.WriteLine($"{small} small objects ({smallBytes / 1e6:F1} MB), {rounds} round(s), storescu with TCP_NODELAY=1");
            var storescp = new Dictionary<StoreScpBenchmark.Receiver, List<StoreScpBenchmark.Measurement>>
            {
                [StoreScpBenchmark.Receiver.StorescpBitPreserving] = [],
                [StoreScpBenchmark.Receiver.StorescpDefault] = [],
            };
            var ours = new List<NodeMeasurement>();
            StoreScpBenchmark.Receiver?[] order = [StoreScpBenchmark.Receiver.StorescpBitPreserving, StoreScpBenchmark.Receiver.StorescpDefault, null];
            for (var round = 1; round <= rounds; round++)
            {
                // The order rotates per round, so that no receiver always runs first or last.
                foreach (var receiver in order.Skip((round - 1) % order.Length).Concat(order.Take((round - 1) % order.Length)))
                {
                    if (receiver is not { } dcmtk)
                    {
                        var m = await MeasureOursAsync(work, smallDir, small);
                        ours.Add(m);
                        Console.WriteLine($"round {round} ours (with import)  {m.Seconds,7:F2} s ({small / m.Seconds,6:F1} objects/s) import lag {m.ImportLagSeconds,6:F2} s peak {m.PeakKiB / 1024.0,6:F1} MiB");
                    }
                    else
                    {
                        var m = await StoreScpBenchmark.MeasureAsync(dcmtk, work, smallDir);
                        storescp[dcmtk].Add(m);
                        Console.WriteLine($"round {round} {StoreScpBenchmark.Name(dcmtk),-18} {m.Seconds,7:F2} s ({small / m.Seconds,6:F1} objects/s) peak {m.PeakKiB / 1024.0,6:F1} MiB");
                    }
                }
            }

            var oursSeconds = Median(ours.Select(m => m.Seconds));
            var lag = Median(ours.Select(m => m.ImportLagSeconds));
            Console.WriteLine();
            foreach (var (receiver, measurements) in storescp)
            {
                var reference = StoreScpBenchmark.Median(measurements);
                Console.WriteLine($"median {StoreScpBenchmark.Name(receiver)}: {reference.Seconds:F2} s ({small / reference.Seconds:F1} objects/s), peak {reference.PeakKiB / 1024.0:F1} MiB");
            }

            Console.WriteLine($"median ours (with import): {oursSeconds:F2} s ({small / oursSeconds:F1} objects/s), peak {ours.Max(m => m.PeakKiB) / 1024.0:F1} MiB");
            foreach (var (receiver, measurements) in storescp)
            {
                Console.WriteLine($"ratio ours/{StoreScpBenchmark.Name(receiver)}: {oursSeconds / StoreScpBenchmark.Median(measurements).Seconds:F2} (goal <= 1.5)");
            }

            Console.WriteLine($"median import lag after storescu's exit: {lag:F2} s (max {ours.Max(m => m.ImportLagSeconds):F2} s)");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>
    /// Starts our store node over a fresh data directory, has storescu send the small set, then waits until the
    /// database holds every object; reads the node's peak memory, stops it.
    /// </summary>
    private static async Task<NodeMeasurement> MeasureOursAsync(string work, string source, int expected)
    {
        var dataDirectory = Directory.CreateDirectory(Path.Combine(work, "data-" + Guid.NewGuid().ToString("N"))).FullName;
        var port = StoreScpBenchmark.FreePort();
        var info = Processes.StartInfo(Environment.ProcessPath!, "store-node-serve", port.ToString(CultureInfo.InvariantCulture), dataDirectory);
        info.RedirectStandardInput = true;
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Cannot start {info.FileName}.");
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            var ready = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            if (ready != $"listening {port}")
            {
                throw new InvalidOperationException($"Our store node did not start: {ready} {await errors}");
            }

            // The counting context is built and its query compiled before sending, so the lag is the import's alone.
            await using var services = new ServiceCollection().AddOpenRemPersistence(dataDirectory).BuildServiceProvider();
            var databases = services.GetRequiredService<IDbContextFactory<OpenRemDbContext>>();
            await CountImportedAsync(databases);
            var seconds = await StoreScpBenchmark.SendAsync(source, port);
            var lag = await WaitForImportAsync(databases, expected);
            return new NodeMeasurement(seconds, lag, ProcessMemory.PeakWorkingSetKiB(process.Id));
        }
        finally
        {
            process.StandardInput.Close();
            if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                process.Kill();
            }

            await process.WaitForExitAsync();
            var stopped = await process.StandardOutput.ReadToEndAsync();
            var logged = await errors;
            if (logged.Length > 0)
            {
                Console.Error.WriteLine($"our store node logged: {logged.Trim()}");
            }

            if (process.ExitCode != 0)
            {
                Console.Error.WriteLine($"our store node exited with {process.ExitCode}: {stopped.Trim()}");
            }

            SqliteConnection.ClearAllPools();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    /// <summary>Seconds from now until the node's database holds <paramref name="expected"/> imported objects.</summary>
    private static async Task<double> WaitForImportAsync(IDbContextFactory<OpenRemDbContext> databases, int expected)
    {
        var watch = Stopwatch.StartNew();
        var count = 0;
        while (watch.Elapsed < ImportLimit)
        {
            count = await CountImportedAsync(databases);
            if (count >= expected)
            {
                return watch.Elapsed.TotalSeconds;
            }

            await Task.Delay(10);
        }

        throw new InvalidOperationException($"Our store node imported {count} of {expected} objects in {ImportLimit.TotalMinutes:F0} minutes.");
    }

    private static async Task<int> CountImportedAsync(IDbContextFactory<OpenRemDbContext> databases)
    {
        await using var db = await databases.CreateDbContextAsync();
        return await db.ImportedObjects.CountAsync();
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private sealed record NodeMeasurement(double Seconds, double ImportLagSeconds, long PeakKiB);
}
