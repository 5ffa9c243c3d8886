using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using OpenRem.Dicom;
using OpenRem.Dicom.IO;

namespace OpenRem.Benchmarks;

/// <summary>
/// Writes a synthetic multi-frame file of N GiB (header, then pixel data; the pixel data is a sparse
/// region of the file), then reads its header in a fresh process, and a full read with large values left
/// in the file, and reports each process's peak working set (VmHWM).
/// </summary>
internal static class LargeFileMemory
{
    public static int ReadHeaderAndReport(string path)
    {
        var full = Environment.GetEnvironmentVariable("OPENREM_BENCH_FULL_READ") == "1";
        var file = DicomFile.Open(path, full ? DicomReaderOptions.Default : DicomReaderOptions.HeaderOnly);
        var frames = file.Dataset.GetSingleValue<int>(DicomTag.NumberOfFrames);
        Console.WriteLine($"frames={frames} headerOnly={file.IsHeaderOnly} peakKiB={ProcessMemory.PeakWorkingSetKiB()}");
        return 0;
    }

    public static async Task<int> MeasureAsync(string[] args)
    {
        var gib = args.Length >= 2 && args[0] == "--gib" ? double.Parse(args[1], CultureInfo.InvariantCulture) : 1.0;
        var path = Path.Combine(Path.GetTempPath(), $"openrem-bench-{gib}gib-{Environment.ProcessId}.dcm");
        try
        {
            var size = SyntheticPixelFile.Write(path, (long)(gib * 1024 * 1024 * 1024), "1.2.840.10008.5.1.4.1.1.12.1.1", "XA", rows: 1024, columns: 1024);
            Console.WriteLine($"file: {path}, {size / (1024.0 * 1024):F0} MiB");
            Console.WriteLine($"header only: {await RunChildAsync(path, fullRead: false)}");
            Console.WriteLine($"full read (pixel data left in the file): {await RunChildAsync(path, fullRead: true)}");
        }
        finally
        {
            File.Delete(path);
        }

        return 0;
    }

    private static async Task<string> RunChildAsync(string path, bool fullRead)
    {
        var info = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add("read-header");
        info.ArgumentList.Add(path);
        info.Environment["OPENREM_BENCH_FULL_READ"] = fullRead ? "1" : "0";
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return $"{output.Trim()} in {watch.Elapsed.TotalSeconds:F2} s (whole process)";
    }
}
