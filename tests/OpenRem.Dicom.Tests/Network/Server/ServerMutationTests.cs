using System.Diagnostics;
using OpenRem.Dicom.Network.Server;
using OpenRem.Dicom.Network.Server.Storage;
using OpenRem.Dicom.Tests.Network.Pdu;

namespace OpenRem.Dicom.Tests.Network.Server;

/// <summary>
/// The acceptor fed mutated PDU streams: what storescu and echoscu sent in the captures, one PDU corrupted (bit flips,
/// hostile lengths, cuts, insertions), or PDUs dropped or repeated. Every association must end, with the connection
/// closed, within a bounded time, nothing thrown, and no file left behind but complete objects.
/// </summary>
public sealed class ServerMutationTests : IDisposable
{
    private const int Inputs = 100_000;
    private static readonly TimeSpan PerInputLimit = TimeSpan.FromSeconds(5);
    private static readonly string[] Scenarios = ["store-ct-maxpdu4096", "store-rdsr", "store-deflated", "store-jpeg-baseline", "echo", "echo-abort"];

    private readonly string _directory = Directory.CreateTempSubdirectory("openrem-scp-fuzz-").FullName;

    [Fact]
    public async Task The_unmutated_captures_are_accepted_and_their_objects_stored()
    {
        var stored = new StoredCounter();
        foreach (var scenario in Scenarios)
        {
            var stream = new InputOnlyStream(Seeds()[scenario].SelectMany(p => p).ToArray(), seed: 1);
            await Service(stream, stored).RunAsync().WaitAsync(PerInputLimit, ServerHarness.TestToken);
            Assert.True(stream.IsDisposed, scenario);
        }

        // CT_small, three dose reports, one JPEG and one deflated object.
        Assert.Equal(6, stored.Count);
    }

    [Fact]
    public async Task A_hundred_thousand_mutated_streams_each_end_closed_in_bounded_time_and_leave_no_partial_file()
    {
        var seeds = Seeds();
        var stored = new StoredCounter();
        var slowest = TimeSpan.Zero;
        var failures = new List<string>();
        await Parallel.ForAsync(0, Inputs, new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = ServerHarness.TestToken }, async (i, _) =>
        {
            var (input, description) = Mutate(seeds, i);
            var stream = new InputOnlyStream(input, i);
            var watch = Stopwatch.StartNew();
            try
            {
                await Service(stream, stored).RunAsync().WaitAsync(PerInputLimit, ServerHarness.TestToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                lock (failures)
                {
                    failures.Add($"input {i} ({description}): {e.GetType().Name}: {e.Message}");
                }
            }

            lock (failures)
            {
                slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
                if (!stream.IsDisposed)
                {
                    failures.Add($"input {i} ({description}): the connection was left open");
                }
            }
        });

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
        Assert.True(slowest < PerInputLimit, $"slowest input took {slowest}");
        Assert.Empty(Directory.GetFiles(Path.Combine(_directory, StorePathPolicy.IncomingFolder)));
        Assert.True(stored.Count > 0, "some mutations keep a storable object");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private StoreScpService Service(InputOnlyStream stream, StoredCounter stored)
    {
        var options = new DicomServerOptions
        {
            StoreDirectory = _directory,
            StorageLayout = StorageLayout.Flat,
            ArtimTimeout = TimeSpan.FromSeconds(2),
            DimseIdleTimeout = TimeSpan.FromSeconds(2),
        };
        Directory.CreateDirectory(Path.Combine(_directory, StorePathPolicy.IncomingFolder));
        return new StoreScpService(new DicomServiceContext(stream, "fuzz", 0, options, isOverLimit: false, stored));
    }

    /// <summary>The requestor's PDUs of each scenario, in wire order.</summary>
    private static Dictionary<string, List<byte[]>> Seeds() =>
        Scenarios.ToDictionary(s => s, s => GoldenVectors.Scenario(s).Where(c => c.FromRequestor).Select(c => c.Bytes).ToList());

    private static (byte[] Input, string Description) Mutate(Dictionary<string, List<byte[]>> seeds, int seed)
    {
        var random = new Random(seed);
        var scenario = Scenarios[random.Next(Scenarios.Length)];
        var pdus = new List<byte[]>(seeds[scenario]);
        string description;
        var which = random.Next(pdus.Count);
        switch (random.Next(10))
        {
            case 0:
                pdus.RemoveAt(which);
                description = $"{scenario}: PDU {which} dropped";
                break;
            case 1:
                pdus.Insert(which, pdus[random.Next(pdus.Count)]);
                description = $"{scenario}: a PDU repeated at {which}";
                break;
            default:
                var (bytes, what) = new PduMutator(seed).Mutate(pdus[which], LengthFieldMap.Find(pdus[which]));
                pdus[which] = bytes;
                description = $"{scenario}: PDU {which} {what}";
                break;
        }

        return (pdus.SelectMany(p => p).ToArray(), description);
    }

    /// <summary>Counts stored objects; errors are expected here and ignored.</summary>
    private sealed class StoredCounter : IDicomServerEvents
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public ValueTask ObjectStoredAsync(StoredObject stored, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return ValueTask.CompletedTask;
        }

        public void ErrorOccurred(string description)
        {
        }
    }
}
