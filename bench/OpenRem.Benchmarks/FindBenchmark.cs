using System.Diagnostics;
using System.Globalization;
using OpenRem.Dicom.Network;
using OpenRem.Testing.Peers;

namespace OpenRem.Benchmarks;

/// <summary>
/// <c>find</c>: a study-level C-FIND that returns every study of an Orthanc loaded with N synthetic studies, by DCMTK's
/// findscu and by our client (<see cref="FindClient"/>), each a whole process (start-up, association, query, release),
/// alternating over several rounds, findscu with TCP_NODELAY=1 and its output drained. The studies are made once and
/// the loaded Orthanc storage is kept in a cache folder, so later runs start Orthanc from a copy in a few seconds.
/// </summary>
internal static class FindBenchmark
{
    /// <summary>The return keys of <see cref="DicomCFindRequest.CreateStudyQuery"/>, in the same order, for findscu.</summary>
    private static readonly string[] StudyKeys =
    [
        "QueryRetrieveLevel=STUDY", "PatientID", "PatientName", "StudyDate", "StudyTime", "AccessionNumber", "StudyID",
        "ModalitiesInStudy", "StudyInstanceUID", "StudyDescription", "NumberOfStudyRelatedSeries", "NumberOfStudyRelatedInstances",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var studies = Options.Int(args, "--studies", 2000);
        var rounds = Options.Int(args, "--rounds", 5);
        var cache = Path.GetFullPath(Options.Text(args, "--cache", Path.Combine(Path.GetTempPath(), "openrem-bench-cache")));
        var seed = await SeedStorageAsync(cache, studies).ConfigureAwait(false);

        await using var orthanc = await OrthancPeer.StartAsync(new OrthancOptions { SeedStorageDirectory = seed }).ConfigureAwait(false);
        var statistics = await orthanc.GetStatisticsAsync().ConfigureAwait(false);
        Console.WriteLine($"Orthanc on 127.0.0.1:{orthanc.DicomPort} with {statistics.Studies} studies (started from the cached storage in {orthanc.StartupTime.TotalSeconds:F1} s)");
        if (statistics.Studies != studies)
        {
            throw new InvalidOperationException($"Orthanc holds {statistics.Studies} studies, not {studies}; delete {Path.GetDirectoryName(seed)} and run again.");
        }

        // One of each first: checks that both get every study, and warms Orthanc's and the system's caches.
        var findscuMatches = await CountFindscuMatchesAsync(orthanc).ConfigureAwait(false);
        var oursMatches = await RunOursAsync(orthanc, expected: -1).ConfigureAwait(false);
        Console.WriteLine($"warm-up: findscu {findscuMatches} answers, ours {oursMatches.Matches} answers");
        if (findscuMatches != studies || oursMatches.Matches != studies)
        {
            throw new InvalidOperationException($"Expected {studies} answers from each.");
        }

        var findscu = new List<double>();
        var ours = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            double f, o;
            if (round % 2 == 1)
            {
                f = await RunFindscuAsync(orthanc).ConfigureAwait(false);
                o = (await RunOursAsync(orthanc, studies).ConfigureAwait(false)).Seconds;
            }
            else
            {
                o = (await RunOursAsync(orthanc, studies).ConfigureAwait(false)).Seconds;
                f = await RunFindscuAsync(orthanc).ConfigureAwait(false);
            }

            findscu.Add(f);
            ours.Add(o);
            Console.WriteLine($"round {round}: findscu {f:F3} s, ours {o:F3} s");
        }

        var (mf, mo) = (Median(findscu), Median(ours));
        Console.WriteLine();
        Console.WriteLine($"median of {rounds} rounds, {studies} answers each: findscu {mf:F3} s, ours {mo:F3} s; ratio ours/findscu {mo / mf:F2}");
        return 0;
    }

    /// <summary>The storage/ folder of a stopped Orthanc loaded with <paramref name="studies"/> synthetic studies, made once per cache.</summary>
    private static async Task<string> SeedStorageAsync(string cache, int studies)
    {
        var work = Path.Combine(cache, $"orthanc-{studies}");
        var storage = Path.Combine(work, "storage");
        var loaded = Path.Combine(work, "loaded");
        if (File.Exists(loaded))
        {
            return storage;
        }

        var watch = Stopwatch.StartNew();
        var set = await SyntheticStudies.GenerateOrReuseAsync(Path.Combine(cache, $"synthetic-{studies}"), studies).ConfigureAwait(false);
        Console.WriteLine($"{set.Studies.Count} synthetic studies ({set.FileCount} files) in {set.Directory} after {watch.Elapsed.TotalSeconds:F0} s; loading Orthanc once");
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        await using (var orthanc = await OrthancPeer.StartAsync(new OrthancOptions { WorkDirectory = work, KeepWorkDirectory = true, LoadJobs = Environment.ProcessorCount * 2 }).ConfigureAwait(false))
        {
            var load = await orthanc.UploadAsync([set.Directory]).ConfigureAwait(false);
            var statistics = await orthanc.GetStatisticsAsync().ConfigureAwait(false);
            Console.WriteLine($"uploaded {load.Stored} files in {load.Elapsed.TotalSeconds:F0} s ({load.Failed} failed): {statistics.Studies} studies");
            if (statistics.Studies != studies)
            {
                throw new InvalidOperationException($"Orthanc holds {statistics.Studies} studies after the load, not {studies}.");
            }
        }

        await File.WriteAllTextAsync(loaded, studies.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        return storage;
    }

    private static async Task<double> RunFindscuAsync(OrthancPeer orthanc)
    {
        var watch = Stopwatch.StartNew();
        await RunFindscuProcessAsync(orthanc, verbose: false).ConfigureAwait(false);
        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>findscu with -v logs one "Find Response" line per answer; counted once, outside the timed rounds.</summary>
    private static async Task<int> CountFindscuMatchesAsync(OrthancPeer orthanc)
    {
        var output = await RunFindscuProcessAsync(orthanc, verbose: true).ConfigureAwait(false);
        return output.Split('\n').Count(line => line.Contains("Find Response", StringComparison.Ordinal) && line.Contains("(Pending)", StringComparison.Ordinal));
    }

    private static async Task<string> RunFindscuProcessAsync(OrthancPeer orthanc, bool verbose)
    {
        string[] arguments = [.. verbose ? ["-v"] : Array.Empty<string>(), "-S", "-aet", FindClient.CallingAeTitle, "-aec", orthanc.AeTitle,
            orthanc.Host, orthanc.DicomPort.ToString(CultureInfo.InvariantCulture), .. StudyKeys.SelectMany(key => new[] { "-k", key })];
        var info = Processes.StartInfo("findscu", arguments);
        info.Environment["TCP_NODELAY"] = "1";
        var (exitCode, output) = await Processes.RunAsync(info).ConfigureAwait(false);
        return exitCode == 0 ? output : throw new InvalidOperationException($"findscu failed ({exitCode}): {output}");
    }

    private static async Task<(double Seconds, int Matches)> RunOursAsync(OrthancPeer orthanc, int expected)
    {
        var info = Processes.StartInfo(Environment.ProcessPath!, "find-client", orthanc.Host, orthanc.DicomPort.ToString(CultureInfo.InvariantCulture), orthanc.AeTitle);
        var watch = Stopwatch.StartNew();
        var (exitCode, output) = await Processes.RunAsync(info).ConfigureAwait(false);
        var seconds = watch.Elapsed.TotalSeconds;
        var matches = output.Split(' ', '\n').FirstOrDefault(word => word.StartsWith("matches=", StringComparison.Ordinal)) is { } word
            ? int.Parse(word["matches=".Length..], CultureInfo.InvariantCulture)
            : -1;
        if (exitCode != 0 || (expected >= 0 && matches != expected))
        {
            throw new InvalidOperationException($"find-client failed ({exitCode}): {output}");
        }

        return (seconds, matches);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
