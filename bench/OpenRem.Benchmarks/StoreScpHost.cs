using System.Globalization;
using System.Runtime.InteropServices;
using OpenRem.Dicom.Network.Server;

namespace OpenRem.Benchmarks;

/// <summary>
/// <c>store-scp-serve PORT DIR</c>: our Store SCP as a process of its own, on 127.0.0.1 (AE title OPENREM), so that it
/// is measured like storescp. Prints <c>listening PORT</c>, serves until standard input closes or SIGTERM, then prints
/// the objects received, the process's peak working set and its garbage collector's figures.
/// </summary>
internal static class StoreScpHost
{
    public static async Task<int> ServeAsync(string[] args)
    {
        var port = int.Parse(args[0], CultureInfo.InvariantCulture);
        var directory = args[1];
        using var stop = new CancellationTokenSource();
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        await using var server = DicomServerFactory.CreateStoreScp(port, "127.0.0.1", new DicomServerOptions
        {
            CalledAE = "OPENREM",
            StoreDirectory = directory,
            StorageLayout = StorageLayout.Flat,
            NotificationCapacity = 1,
        });
        Console.WriteLine($"listening {server.Port}");
        var stdinClosed = Task.Run(() => Console.In.ReadToEnd(), CancellationToken.None);
        await Task.WhenAny(stdinClosed, Task.Delay(Timeout.Infinite, stop.Token)).ConfigureAwait(false);
        await server.StopAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        var gc = GC.GetGCMemoryInfo();
        Console.WriteLine($"objects={server.Status.ObjectsReceived} peakKiB={ProcessMemory.PeakWorkingSetKiB()} allocatedKiB={GC.GetTotalAllocatedBytes() / 1024} " +
            $"gen0={GC.CollectionCount(0)} gen1={GC.CollectionCount(1)} gen2={GC.CollectionCount(2)} committedKiB={gc.TotalCommittedBytes / 1024} heapKiB={gc.HeapSizeBytes / 1024} concurrent={gc.Concurrent}");
        return 0;
    }
}
