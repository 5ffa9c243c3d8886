using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using OpenRem.Dicom;

namespace OpenRem.Benchmarks;

/// <summary>
/// <c>store-scp</c>: DCMTK's storescu sends N small objects over one association, then M large ones, to DCMTK's
/// storescp (with <c>+B</c>, and by default) and to our Store SCP (a process of its own, see <see cref="StoreScpHost"/>),
/// in alternating rounds, all with TCP_NODELAY=1, each receiver a fresh process; then the small set twice to a fresh
/// receiver, timing the second association ("small again": a receiver that has run already, whose code .NET has
/// compiled by then). Reports the median time of each, the ratios ours/storescp and the receivers' peak working sets,
/// then our peak working set while receiving one object of N GiB.
/// </summary>
internal static class StoreScpBenchmark
{
    internal const string SmallSource = "/usr/lib/python3/dist-packages/pydicom/data/test_files/CT_small.dcm";
    private const string CtImageStorage = "1.2.840.10008.5.1.4.1.1.2";

    public static async Task<int> RunAsync(string[] args)
    {
        var small = Options.Int(args, "--small", 2000);
        var large = Options.Int(args, "--large", 20);
        var largeMiB = Options.Int(args, "--large-mib", 50);
        var rounds = Options.Int(args, "--rounds", 3);
        var gib = Options.Int(args, "--gib", 1);
        var work = Directory.CreateTempSubdirectory("openrem-bench-store-").FullName;
        try
        {
            var smallDir = Directory.CreateDirectory(Path.Combine(work, "small")).FullName;
            var largeDir = Directory.CreateDirectory(Path.Combine(work, "large")).FullName;
            var hugeDir = Directory.CreateDirectory(Path.Combine(work, "huge")).FullName;
            var smallBytes = WriteCopies(SmallSource, smallDir, small);
            var largeBytes = 0L;
            for (var i = 0; i < large; i++)
            {
                largeBytes += WriteSynthetic(Path.Combine(largeDir, $"large{i:D3}.dcm"), largeMiB * 1024L * 1024);
            }

            Console.WriteLine($"{small} small objects ({smallBytes / 1e6:F1} MB), {large} x {largeMiB} MiB, {rounds} round(s), storescu with TCP_NODELAY=1");
            var receivers = new[] { Receiver.StorescpBitPreserving, Receiver.StorescpDefault, Receiver.OpenRem };
            var results = receivers.ToDictionary(r => r, _ => (Small: new List<Measurement>(), Large: new List<Measurement>(), Warm: new List<Measurement>()));
            for (var round = 1; round <= rounds; round++)
            {
                foreach (var receiver in round % 2 == 1 ? receivers : receivers.Reverse())
                {
                    var s = await MeasureAsync(receiver, work, smallDir);
                    var l = await MeasureAsync(receiver, work, largeDir);
                    var w = await MeasureAsync(receiver, work, smallDir, smallDir);
                    results[receiver].Small.Add(s);
                    results[receiver].Large.Add(l);
                    results[receiver].Warm.Add(w);
                    Console.WriteLine($"round {round} {Name(receiver),-16} small {s.Seconds,7:F2} s peak {s.PeakKiB / 1024.0,6:F1} MiB | large {l.Seconds,6:F2} s ({largeBytes / 1e6 / l.Seconds,5:F0} MB/s) peak {l.PeakKiB / 1024.0,6:F1} MiB | small again {w.Seconds,6:F2} s");
                }
            }

            Console.WriteLine();
            Console.WriteLine("median                 small (s)  objects/s  peak MiB |  large (s)   MB/s  peak MiB | small again (s)");
            foreach (var receiver in receivers)
            {
                var (s, l, w) = (Median(results[receiver].Small), Median(results[receiver].Large), Median(results[receiver].Warm));
                Console.WriteLine($"{Name(receiver),-22} {s.Seconds,9:F2} {small / s.Seconds,10:F1} {s.PeakKiB / 1024.0,9:F1} | {l.Seconds,9:F2} {largeBytes / 1e6 / l.Seconds,6:F0} {l.PeakKiB / 1024.0,9:F1} | {w.Seconds,9:F2}");
            }

            var ours = (Small: Median(results[Receiver.OpenRem].Small).Seconds, Large: Median(results[Receiver.OpenRem].Large).Seconds, Warm: Median(results[Receiver.OpenRem].Warm).Seconds);
            foreach (var reference in new[] { Receiver.StorescpBitPreserving, Receiver.StorescpDefault })
            {
                Console.WriteLine($"ratio ours/{Name(reference)}: small {ours.Small / Median(results[reference].Small).Seconds:F2}, large {ours.Large / Median(results[reference].Large).Seconds:F2}, small again {ours.Warm / Median(results[reference].Warm).Seconds:F2}");
            }

            var hugeBytes = WriteSynthetic(Path.Combine(hugeDir, "huge.dcm"), gib * 1024L * 1024 * 1024);
            var huge = await MeasureAsync(Receiver.OpenRem, work, hugeDir);
            Console.WriteLine($"one object of {hugeBytes / (1024.0 * 1024):F0} MiB to ours: {huge.Seconds:F2} s, peak working set {huge.PeakKiB / 1024.0:F1} MiB (goal < 64 MiB)");
            var hugeB = await MeasureAsync(Receiver.StorescpBitPreserving, work, hugeDir);
            Console.WriteLine($"the same to storescp +B: {hugeB.Seconds:F2} s, peak working set {hugeB.PeakKiB / 1024.0:F1} MiB");
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    internal enum Receiver
    {
        StorescpBitPreserving,
        StorescpDefault,
        OpenRem,
    }

    internal static string Name(Receiver receiver) => receiver switch
    {
        Receiver.StorescpBitPreserving => "storescp +B",
        Receiver.StorescpDefault => "storescp",
        _ => "ours",
    };

    /// <summary>
    /// Starts the receiver, has storescu send every file of each of <paramref name="sources"/> in turn (one association
    /// each, the received files deleted in between), reads the receiver's peak memory, stops it. The time is the last
    /// send's: with one source, a receiver just started; with more, one that has run already.
    /// </summary>
    internal static async Task<Measurement> MeasureAsync(Receiver receiver, string work, params string[] sources)
    {
        var output = Directory.CreateDirectory(Path.Combine(work, "out-" + Guid.NewGuid().ToString("N"))).FullName;
        var port = FreePort();
        var info = receiver == Receiver.OpenRem
            ? Start(Environment.ProcessPath!, "store-scp-serve", port.ToString(CultureInfo.InvariantCulture), output)
            : Start("storescp", [.. receiver == Receiver.StorescpBitPreserving ? ["+B"] : Array.Empty<string>(), "-aet", "OPENREM", "-od", output, port.ToString(CultureInfo.InvariantCulture)]);
        info.RedirectStandardInput = true;
        info.Environment["TCP_NODELAY"] = "1";
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Cannot start {info.FileName}.");
        try
        {
            await WaitForPortAsync(port);
            var seconds = 0.0;
            foreach (var source in sources)
            {
                foreach (var file in Directory.GetFiles(output, "*", SearchOption.AllDirectories))
                {
                    File.Delete(file);
                }

                seconds = await SendAsync(source, port);
                var expected = Directory.GetFiles(source).Length;
                var stored = Directory.GetFiles(output, "*", SearchOption.AllDirectories).Length;
                if (stored != expected)
                {
                    throw new InvalidOperationException($"{Name(receiver)} stored {stored} of {expected} objects.");
                }
            }

            return new Measurement(seconds, ProcessMemory.PeakWorkingSetKiB(process.Id));
        }
        finally
        {
            if (receiver == Receiver.OpenRem)
            {
                process.StandardInput.Close();
                if (!process.WaitForExit(TimeSpan.FromSeconds(20)))
                {
                    process.Kill();
                }
            }
            else
            {
                process.Kill();
            }

            await process.WaitForExitAsync();
            Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>storescu sends every file of <paramref name="source"/> over one association; returns its wall time.</summary>
    internal static async Task<double> SendAsync(string source, int port)
    {
        var sender = Start("storescu", "-aec", "OPENREM", "+sd", "127.0.0.1", port.ToString(CultureInfo.InvariantCulture), source);
        sender.Environment["TCP_NODELAY"] = "1";
        var watch = Stopwatch.StartNew();
        using (var storescu = Process.Start(sender) ?? throw new InvalidOperationException("Cannot start storescu."))
        {
            var errors = storescu.StandardError.ReadToEndAsync();
            await storescu.StandardOutput.ReadToEndAsync();
            await storescu.WaitForExitAsync();
            if (storescu.ExitCode != 0)
            {
                throw new InvalidOperationException($"storescu failed ({storescu.ExitCode}): {await errors}");
            }
        }

        return watch.Elapsed.TotalSeconds;
    }

    private static ProcessStartInfo Start(string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    private static async Task WaitForPortAsync(int port)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"Nothing listens on port {port}.");
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Copies of one file, each with a new SOP Instance UID. Returns the total size.</summary>
    internal static long WriteCopies(string source, string directory, int count)
    {
        var total = 0L;
        for (var i = 0; i < count; i++)
        {
            var file = DicomFile.Open(source);
            var uid = DicomUIDGenerator.GenerateDerivedFromUUID().UID;
            file.Dataset.AddOrUpdate(DicomTag.SOPInstanceUID, uid);
            file.FileMetaInfo.MediaStorageSOPInstanceUID = uid;
            var path = Path.Combine(directory, $"small{i:D5}.dcm");
            file.Save(path);
            total += new FileInfo(path).Length;
        }

        return total;
    }

    /// <summary>A CT object whose pixel data (zeros, a sparse region of the file) has <paramref name="pixelBytes"/> bytes.</summary>
    private static long WriteSynthetic(string path, long pixelBytes) =>
        SyntheticPixelFile.Write(path, pixelBytes, CtImageStorage, "CT", rows: 512, columns: 512);

    internal static Measurement Median(List<Measurement> values)
    {
        var sorted = values.OrderBy(v => v.Seconds).ToArray();
        return new Measurement(sorted[sorted.Length / 2].Seconds, values.Max(v => v.PeakKiB));
    }

    internal sealed record Measurement(double Seconds, long PeakKiB);
}
