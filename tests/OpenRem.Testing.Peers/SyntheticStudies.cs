using System.Globalization;

namespace OpenRem.Testing.Peers;

/// <summary>
/// Makes load-test studies with the shared make-synthetic.py (Debian's python3-pydicom): a few seconds to compile the
/// sample templates, then about 1.5 ms per study (2,000 studies: about 11 s, 2,393 files, 79 MB).
/// </summary>
public static class SyntheticStudies
{
    /// <summary>Writes <paramref name="studies"/> studies into <paramref name="outputDirectory"/>, dated from 2015-01-01 to 2024-12-31.</summary>
    public static Task<SyntheticStudySet> GenerateAsync(string outputDirectory, int studies, CancellationToken cancellationToken = default) =>
        GenerateAsync(outputDirectory, studies, new DateOnly(2015, 1, 1), new DateOnly(2024, 12, 31), cancellationToken);

    /// <summary>Writes <paramref name="studies"/> studies into <paramref name="outputDirectory"/>, StudyDate spread from first to last.</summary>
    public static async Task<SyntheticStudySet> GenerateAsync(
        string outputDirectory, int studies, DateOnly first, DateOnly last, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(studies);
        PeerTool.RequireAll(PeerTool.Python, PeerTool.Pydicom);
        var script = SharedMaterial.PeerScript("make-synthetic.py");
        var output = Path.GetFullPath(outputDirectory);
        if (File.Exists(Path.Combine(output, "manifest.csv")))
        {
            throw new ArgumentException($"{output} already holds a synthetic study set; give each set its own folder.", nameof(outputDirectory));
        }

        var command = new ExternalCommand(
            PeerTool.Python.Path,
            [
                script, "--out", output, "--studies", studies.ToString(CultureInfo.InvariantCulture),
                "--start", first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "--end", last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ])
        {
            Timeout = TimeSpan.FromMinutes(10) + TimeSpan.FromMilliseconds(20.0 * studies),
        };
        var result = await ExternalCommandRunner.RunAsync(command, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw result.Failure("make-synthetic.py failed");
        }

        return Read(output) with { Elapsed = result.Elapsed };
    }

    /// <summary>
    /// The set already in <paramref name="outputDirectory"/> when its manifest lists exactly <paramref name="studies"/>
    /// studies (made earlier with the default dates), else a new one written there; for benchmarks that reuse a set.
    /// </summary>
    public static async Task<SyntheticStudySet> GenerateOrReuseAsync(string outputDirectory, int studies, CancellationToken cancellationToken = default)
    {
        var manifest = Path.Combine(Path.GetFullPath(outputDirectory), "manifest.csv");
        if (File.Exists(manifest))
        {
            var existing = Read(outputDirectory);
            return existing.Studies.Count == studies
                ? existing
                : throw new ArgumentException($"{outputDirectory} holds {existing.Studies.Count} synthetic studies, not {studies}.", nameof(outputDirectory));
        }

        return await GenerateAsync(outputDirectory, studies, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A set written earlier, from its manifest.csv.</summary>
    public static SyntheticStudySet Read(string directory)
    {
        var full = Path.GetFullPath(directory);
        var studies = ReadManifest(Path.Combine(full, "manifest.csv"));
        var files = Directory.EnumerateFiles(full, "*.dcm", SearchOption.AllDirectories).Count();
        return new SyntheticStudySet(full, studies, files, TimeSpan.Zero);
    }

    private static List<SyntheticStudy> ReadManifest(string path)
    {
        var studies = new List<SyntheticStudy>();
        foreach (var line in File.ReadLines(path).Skip(1).Where(line => line.Length > 0))
        {
            var fields = line.Split(',', 6);
            if (fields.Length < 5)
            {
                throw new InvalidDataException($"Unexpected line in {path}: {line}");
            }

            studies.Add(new SyntheticStudy(int.Parse(fields[0], CultureInfo.InvariantCulture), fields[1], fields[2], fields[3], fields[4]));
        }

        return studies;
    }
}
