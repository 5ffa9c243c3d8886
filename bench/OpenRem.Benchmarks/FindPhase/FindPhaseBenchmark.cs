using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Queries;
using OpenRem.Infrastructure.Archive;
using OpenRem.Testing.Peers;
using FindPhaseRun = OpenRem.Domain.Find.FindPhase;

namespace OpenRem.Benchmarks.FindPhase;

/// <summary>
/// <c>find-phase</c>: the whole find phase of a CT, MG, FL, DX and NM query for one busy day on Orthanc (N synthetic
/// studies of several series each, all on one date), through the real archive adapter, with one association (the
/// reference's way) and with several in parallel, alternating over rounds. Then the same phase replayed from the
/// recorded answers, without the network: the time of the filtering itself.
/// </summary>
internal static class FindPhaseBenchmark
{
    /// <summary>The busy day; every synthetic study is dated on it.</summary>
    private const string Day = "2024-03-05";

    /// <summary>Sample studies of several series, of every modality group: PET/CT, mammography, CT reports, CR, NM, DX.</summary>
    private const string Templates = "NM-PetIm-Siemens|NM-RRDSR-Siemens.dcm|NM-CT-RDSR|MG-Im-GE_Seno|CT-RDSR-Siemens-Multi|DX-Im-Carestream_DR7500|NM-NmIm-Siemens-s1|DX-Im-GE_XR220|CT-SC-Philips";

    public static async Task<int> RunAsync(string[] args)
    {
        var studies = Options.Int(args, "--studies", 1500);
        var rounds = Options.Int(args, "--rounds", 3);
        var parallel = Options.Int(args, "--parallel", 4);
        var cache = Path.GetFullPath(Options.Text(args, "--cache", Path.Combine(Path.GetTempPath(), "openrem-bench-cache")));
        var orthancJson = Options.Text(args, "--orthanc-json", "");
        var seed = await SeedStorageAsync(cache, studies).ConfigureAwait(false);

        await using var orthanc = await OrthancPeer.StartAsync(new OrthancOptions { SeedStorageDirectory = seed, ExtraJson = orthancJson }).ConfigureAwait(false);
        var statistics = await orthanc.GetStatisticsAsync().ConfigureAwait(false);
        Console.WriteLine($"Orthanc on 127.0.0.1:{orthanc.DicomPort}: {statistics.Studies} studies, {statistics.Series} series, {statistics.Instances} instances");

        var connector = new DicomRemoteArchiveConnector(NullLoggerFactory.Instance);
        var recording = new RecordingArchive(connector);
        var warmUp = await RunPhaseAsync(recording, orthanc, 1).ConfigureAwait(false);
        Console.WriteLine($"warm-up (1 association): {warmUp.Seconds:F2} s; {warmUp.Outcome}");

        var one = new List<double>();
        var many = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            var order = round % 2 == 1 ? new[] { 1, parallel } : [parallel, 1];
            foreach (var associations in order)
            {
                var run = await RunPhaseAsync(connector, orthanc, associations).ConfigureAwait(false);
                if (run.Outcome != warmUp.Outcome)
                {
                    throw new InvalidOperationException($"{associations} association(s) reached another outcome: {run.Outcome}");
                }

                (associations == 1 ? one : many).Add(run.Seconds);
                Console.WriteLine($"round {round}: {associations} association(s) {run.Seconds:F2} s");
            }
        }

        var replay = new ReplayArchive(recording.Answers);
        var filtering = new List<double>();
        for (var round = 0; round < 5; round++)
        {
            var run = await RunPhaseAsync(replay, orthanc, 1).ConfigureAwait(false);
            filtering.Add(run.Seconds);
        }

        var (m1, mn) = (Median(one), Median(many));
        Console.WriteLine();
        Console.WriteLine($"find phase, median of {rounds} rounds: 1 association {m1:F2} s, {parallel} associations {mn:F2} s; speed-up {m1 / mn:F2}x");
        Console.WriteLine($"filtering alone (replayed answers, no network), median of 5: {Median(filtering):F3} s");
        return 0;
    }

    private static async Task<(double Seconds, string Outcome)> RunPhaseAsync(
        OpenRem.Domain.Ports.Archive.IRemoteArchiveConnector connector, OrthancPeer orthanc, int associations)
    {
        var node = RemoteNode.Create(
            new RemoteNodeSettings
            {
                Name = "orthanc",
                AeTitle = orthanc.AeTitle,
                CallingAeTitle = "OPENREM",
                Host = orthanc.Host,
                Port = orthanc.DicomPort,
                MaxParallelAssociations = associations,
            },
            []);
        var store = StoreNode.Create(new StoreNodeSettings { Name = "store", AeTitle = "OPENREM_STORE", Port = 11113 }, []);
        var query = Query.Create(
            new QueryRequest
            {
                RemoteNodeId = 1,
                StoreNodeId = 2,
                Modalities = ModalitySelection.Of(ModalityGroup.Ct, ModalityGroup.Mammography, ModalityGroup.Fluoroscopy, ModalityGroup.Radiography, ModalityGroup.NuclearMedicine),
                Options = QueryOptions.Default,
                Filters = StudyFilters.None,
                Dates = StudyDateWindow.SingleDay(DateOnly.Parse(Day, CultureInfo.InvariantCulture)),
            },
            node,
            store,
            TimeProvider.System);
        var watch = Stopwatch.StartNew();
        var state = await new FindPhaseRun(connector, new NothingImported(), new SilentProgress(), TimeProvider.System)
            .RunAsync(query, node, CancellationToken.None).ConfigureAwait(false);
        var seconds = watch.Elapsed.TotalSeconds;
        var counts = query.FindCounts;
        var outcome = $"{state}: {counts.StudyMatches} study, {counts.SeriesMatches} series and {counts.ImageMatches} image answers; "
            + $"{counts.StudiesKept} studies and {counts.SeriesKept} series kept";
        return (seconds, outcome);
    }

    /// <summary>The storage/ folder of a stopped Orthanc loaded with the busy day, made once per cache.</summary>
    private static async Task<string> SeedStorageAsync(string cache, int studies)
    {
        var work = Path.Combine(cache, $"orthanc-day-{studies}");
        var storage = Path.Combine(work, "storage");
        var loaded = Path.Combine(work, "loaded");
        if (File.Exists(loaded))
        {
            return storage;
        }

        var files = Path.Combine(cache, $"day-{studies}");
        if (Directory.Exists(files))
        {
            Directory.Delete(files, recursive: true);
        }

        var generate = Processes.StartInfo(
            "/usr/bin/python3",
            SharedMaterial.PeerScript("make-synthetic.py"), "--src", SharedMaterial.SamplesDirectory, "--out", files,
            "--studies", studies.ToString(CultureInfo.InvariantCulture), "--start", Day, "--end", Day,
            "--include", Templates, "--max-template-bytes", "4000000");
        var (exitCode, output) = await Processes.RunAsync(generate).ConfigureAwait(false);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"make-synthetic.py failed ({exitCode}): {output}");
        }

        Console.WriteLine(output.Trim());
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        await using (var orthanc = await OrthancPeer.StartAsync(new OrthancOptions { WorkDirectory = work, KeepWorkDirectory = true, LoadJobs = Environment.ProcessorCount * 2 }).ConfigureAwait(false))
        {
            var load = await orthanc.UploadAsync([files]).ConfigureAwait(false);
            Console.WriteLine($"uploaded {load.Stored} files in {load.Elapsed.TotalSeconds:F0} s ({load.Failed} failed)");
        }

        await File.WriteAllTextAsync(loaded, studies.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        return storage;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
