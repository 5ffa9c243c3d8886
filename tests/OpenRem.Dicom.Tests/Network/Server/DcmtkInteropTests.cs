using System.Buffers.Binary;
using System.Globalization;
using OpenRem.Dicom.IO;
using OpenRem.Dicom.Network.Server;
using OpenRem.Dicom.Tests.Support;

namespace OpenRem.Dicom.Tests.Network.Server;

/// <summary>
/// DCMTK's echoscu and storescu against our Store SCP on 127.0.0.1, and every object also sent to DCMTK's storescp in
/// bit-preserving mode (+B, which writes the received data set bytes unchanged): the data set bytes of both files
/// (everything after the meta group) must be identical.
/// </summary>
[Collection(ProcessTests.Name)]
public sealed class DcmtkInteropTests
{
    /// <summary>Malformed: DCMTK's storescu cannot read it and skips it (see the samples' CATALOGUE.md).</summary>
    private const string MalformedSample = "MG-Im-Hologic-PropProj.dcm";

    private static readonly string[] PydicomFiles =
    [
        "CT_small.dcm", "MR_small_implicit.dcm", "MR_small_bigendian.dcm", "ExplVR_BigEnd.dcm", "rtdose_expb.dcm", "image_dfl.dcm",
        "SC_rgb_jpeg_dcmtk.dcm", "JPGExtended.dcm", "SC_rgb_jpeg_gdcm.dcm", "MR_small_jpeg_ls_lossless.dcm", "MR_small_jp2klossless.dcm",
        "JPEG2000.dcm", "693_J2KI.dcm", "MR_small_RLE.dcm", "SC_rgb_rle_32bit_2frame.dcm", "rtplan.dcm", "test-SR.dcm", "reportsi.dcm",
        "waveform_ecg.dcm", "liver_1frame.dcm", "SC_rgb_small_odd.dcm",
    ];

    private static string PydicomTestFiles => Path.Combine(TestPaths.PydicomDataDirectory, "test_files");

    private static CancellationToken Token => ServerHarness.TestToken;

    [Fact]
    public async Task Echoscu_gets_success_and_a_wrong_called_AE_title_is_reported_as_not_recognised()
    {
        await using var harness = ServerHarness.Start();
        var port = harness.Server.Port.ToString(CultureInfo.InvariantCulture);

        var (ok, okOutput) = await DcmtkProcess.RunAsync("echoscu", ["-v", "-aec", ServerHarness.ServerAE, "127.0.0.1", port], Token);
        var (wrong, wrongOutput) = await DcmtkProcess.RunAsync("echoscu", ["-aec", "NOBODY", "127.0.0.1", port], Token);

        Assert.True(ok == 0, okOutput);
        Assert.Contains("Received Echo Response (Success)", okOutput, StringComparison.Ordinal);
        Assert.NotEqual(0, wrong);
        Assert.Contains("Called AE Title Not Recognized", wrongOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Storescu_objects_in_every_transfer_syntax_are_stored_with_the_same_data_set_bytes_as_storescp_bit_preserving_writes()
    {
        var cases = PydicomCases().Concat(SampleCases()).ToList();
        var failures = await CompareWithStorescpAsync(cases, maximumPduLength: DicomServerOptions.DefaultMaximumPduLength);

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Storescu_option_proposals_and_small_PDUs_give_the_same_bytes_as_storescp()
    {
        var files = PydicomTestFiles;
        List<StoreCase> cases =
        [
            new(Path.Combine(files, "CT_small.dcm"), []),
            new(Path.Combine(files, "SC_rgb_jpeg_dcmtk.dcm"), ["-xy"]),
            new(Path.Combine(files, "image_dfl.dcm"), ["-xd"]),
            new(Path.Combine(files, "SC_rgb_jpeg_gdcm.dcm"), ["-xs"]),
            new(Path.Combine(files, "MR_small_RLE.dcm"), ["-xr"]),
            new(Path.Combine(files, "MR_small_implicit.dcm"), ["-xi"]),
            new(Path.Combine(files, "waveform_ecg.dcm"), ["-xe"]),
        ];

        var failures = await CompareWithStorescpAsync(cases, maximumPduLength: 4096);

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static IEnumerable<StoreCase> PydicomCases()
    {
        TestPaths.RequirePydicom();
        return PydicomFiles.Select(f => new StoreCase(Path.Combine(PydicomTestFiles, f), null));
    }

    private static IEnumerable<StoreCase> SampleCases() =>
        Directory.GetFiles(TestPaths.RequireSamples(), "*.dcm")
            .Where(f => Path.GetFileName(f) != MalformedSample)
            .Order(StringComparer.Ordinal)
            .Select(f => new StoreCase(f, null));

    /// <summary>
    /// Sends each case with storescu, once to ours and once to storescp +B +xa, and compares the data set bytes.
    /// A case without options proposes exactly one context (the file's SOP class and transfer syntax) through a
    /// storescu configuration file, so both receivers get the object in the same syntax.
    /// </summary>
    private static async Task<List<string>> CompareWithStorescpAsync(IReadOnlyList<StoreCase> cases, uint maximumPduLength)
    {
        DcmtkProcess.Require("storescu");
        await using var ours = ServerHarness.Start(o => o with { StorageLayout = StorageLayout.Flat, MaximumPduLength = maximumPduLength });
        var work = Directory.CreateTempSubdirectory("openrem-storescp-").FullName;
        var theirsDirectory = Directory.CreateDirectory(Path.Combine(work, "storescp")).FullName;
        var theirsPort = DcmtkProcess.FreePort();
        var failures = new List<string>();
        try
        {
            using (await DcmtkProcess.StartAsync("storescp", theirsPort, ["+B", "+xa", "-aet", ServerHarness.ServerAE, "-od", theirsDirectory, theirsPort.ToString(CultureInfo.InvariantCulture)], Token))
            {
                foreach (var storeCase in cases)
                {
                    var failure = await CompareOneAsync(storeCase, ours, theirsPort, theirsDirectory, work);
                    if (failure is not null)
                    {
                        failures.Add($"{Path.GetFileName(storeCase.File)}: {failure}");
                    }
                }
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        if (failures.Count == 0)
        {
            Assert.Equal(cases.Count, ours.Server.Status.ObjectsReceived);
        }

        return failures;
    }

    private static async Task<string?> CompareOneAsync(StoreCase storeCase, ServerHarness ours, int theirsPort, string theirsDirectory, string work)
    {
        var meta = DicomFile.Open(storeCase.File, DicomReaderOptions.HeaderOnly).FileMetaInfo;
        var proposal = storeCase.StorescuOptions ?? WriteConfiguration(work, meta.MediaStorageSOPClassUID!, meta.TransferSyntax.UID.UID);
        foreach (var port in new[] { ours.Server.Port, theirsPort })
        {
            var (exit, output) = await DcmtkProcess.RunAsync(
                "storescu", [.. proposal, "-aec", ServerHarness.ServerAE, "127.0.0.1", port.ToString(CultureInfo.InvariantCulture), storeCase.File], Token);
            if (exit != 0 || output.Contains("Store Failed", StringComparison.Ordinal) || output.Contains("E:", StringComparison.Ordinal))
            {
                return $"storescu to port {port} failed ({exit}): {output}";
            }
        }

        var ourFiles = ours.Files();
        var theirFiles = Directory.GetFiles(theirsDirectory);
        try
        {
            if (ourFiles.Length != 1 || theirFiles.Length != 1)
            {
                return $"ours stored {ourFiles.Length} file(s), storescp {theirFiles.Length}";
            }

            var ourMeta = DicomFile.Open(ourFiles[0], DicomReaderOptions.HeaderOnly).FileMetaInfo;
            var theirMeta = DicomFile.Open(theirFiles[0], DicomReaderOptions.HeaderOnly).FileMetaInfo;
            if (ourMeta.TransferSyntax != theirMeta.TransferSyntax)
            {
                return $"transfer syntax {ourMeta.TransferSyntax} here, {theirMeta.TransferSyntax} at storescp";
            }

            if (ourMeta.MediaStorageSOPInstanceUID != theirMeta.MediaStorageSOPInstanceUID || ourMeta.SourceApplicationEntityTitle != "STORESCU")
            {
                return "the meta group differs in SOP instance or source AE";
            }

            var (ourBytes, theirBytes) = (DatasetBytes(ourFiles[0]), DatasetBytes(theirFiles[0]));
            return ourBytes.AsSpan().SequenceEqual(theirBytes)
                ? null
                : $"data set bytes differ: {ourBytes.Length} here, {theirBytes.Length} at storescp, first difference at {ourBytes.AsSpan().CommonPrefixLength(theirBytes)}";
        }
        finally
        {
            foreach (var file in ourFiles.Concat(theirFiles))
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>A storescu configuration proposing one presentation context: the SOP class with one transfer syntax.</summary>
    private static string[] WriteConfiguration(string work, string sopClass, string transferSyntax)
    {
        var path = Path.Combine(work, "storescu.cfg");
        File.WriteAllText(path, $"""
            [[TransferSyntaxes]]
            [OneSyntax]
            TransferSyntax1 = {transferSyntax}

            [[PresentationContexts]]
            [OneContext]
            PresentationContext1 = {sopClass}\OneSyntax

            [[Profiles]]
            [Exact]
            PresentationContexts = OneContext
            """);
        return ["-xf", path, "Exact"];
    }

    /// <summary>The bytes after the meta group: preamble (128), "DICM", then (0002,0000) UL gives the rest of the group.</summary>
    private static byte[] DatasetBytes(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.Equal("DICM", System.Text.Encoding.ASCII.GetString(bytes, 128, 4));
        Assert.Equal(0x0002, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(132)));
        Assert.Equal(0x0000, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(134)));
        var metaEnd = 144 + (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(140));
        return bytes[metaEnd..];
    }

    /// <summary>A file and the storescu options proposing it; null options: exactly the file's own context.</summary>
    private sealed record StoreCase(string File, string[]? StorescuOptions);
}
