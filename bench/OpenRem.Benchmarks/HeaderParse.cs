using System.Diagnostics;
using System.Globalization;
using OpenRem.Dicom;
using OpenRem.Dicom.IO;
using OpenRem.Dicom.Serialization;

namespace OpenRem.Benchmarks;

/// <summary>
/// Header-only parse and listing of every corpus file in one process, against `dcmdump -q -M +sb 7fe0,0010` (which skips
/// loading long values and stops before pixel data) over the same files in one process; both as whole processes, both listing to
/// /dev/null, alternated over several rounds; medians and their ratio are printed.
/// </summary>
internal static class HeaderParse
{
    public static int ParseFiles(string[] files)
    {
        var failed = 0;
        foreach (var file in files)
        {
            try
            {
                var dicom = DicomFile.Open(file, DicomReaderOptions.HeaderOnly);
                DicomDumpWriter.Write(TextWriter.Null, dicom);
            }
            catch (DicomFileException e)
            {
                Console.Error.WriteLine(e.Message);
                failed++;
            }
        }

        Console.Out.WriteLine($"{files.Length - failed} files parsed, {failed} failed");
        return 0;
    }

    public static async Task<int> CompareWithDcmdumpAsync(string[] args)
    {
        var rounds = args.Length >= 2 && args[0] == "--rounds" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;
        var files = Corpus.Files();
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("Unknown process path.");
        var ours = new List<double>();
        var dcmdump = new List<double>();

        // One warm-up of each so that the page cache holds every file for both.
        await TimeAsync("dcmdump", ["-q", "-M", "+sb", "7fe0,0010", .. files]);
        await TimeAsync(self, ["parse-headers", .. files]);
        for (var round = 0; round < rounds; round++)
        {
            dcmdump.Add(await TimeAsync("dcmdump", ["-q", "-M", "+sb", "7fe0,0010", .. files]));
            ours.Add(await TimeAsync(self, ["parse-headers", .. files]));
        }

        var oursMedian = Median(ours);
        var dcmdumpMedian = Median(dcmdump);
        Console.WriteLine($"files: {files.Count}, rounds: {rounds}");
        Console.WriteLine($"dcmdump -q -M +sb 7fe0,0010:       median {dcmdumpMedian:F3} s  [{string.Join(' ', dcmdump.Select(t => t.ToString("F3", CultureInfo.InvariantCulture)))}]");
        Console.WriteLine($"OpenRem header-only (one process): median {oursMedian:F3} s  [{string.Join(' ', ours.Select(t => t.ToString("F3", CultureInfo.InvariantCulture)))}]");
        Console.WriteLine($"ratio OpenRem / dcmdump: {oursMedian / dcmdumpMedian:F2}");
        return 0;
    }

    private static async Task<double> TimeAsync(string program, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Cannot start {program}.");
        var drainOut = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        var drainErr = process.StandardError.BaseStream.CopyToAsync(Stream.Null);
        await process.WaitForExitAsync();
        await Task.WhenAll(drainOut, drainErr);
        return watch.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
