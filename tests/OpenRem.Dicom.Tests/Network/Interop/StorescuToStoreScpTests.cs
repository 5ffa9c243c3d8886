using System.Globalization;
using System.Text;
using OpenRem.Dicom.IO;
using OpenRem.Dicom.Network.Server;
using OpenRem.Dicom.Tests.Network.Server;
using OpenRem.Dicom.Tests.Support;
using OpenRem.Testing.Peers;

namespace OpenRem.Dicom.Tests.Network.Interop;

/// <summary>
/// DCMTK's echoscu and storescu against our Store SCP (<see cref="DicomServerFactory.CreateStoreScp"/>) on 127.0.0.1,
/// and every object also sent by storescu to DCMTK's storescp in bit-preserving mode (<see cref="ReferenceStorescp"/>):
/// both must store it in the same transfer syntax and with identical data set bytes (everything after the meta group),
/// for every transfer syntax the corpora (the shared samples and Debian's pydicom test files) hold.
/// </summary>
[Collection(StorescuInteropGroup.Name)]
public sealed class StorescuToStoreScpTests(ReferenceStorescp reference)
{
    /// <summary>storescu's calling AE title, which our files' meta group must name as their source.</summary>
    private const string SenderAE = "STORESCU";

    private static readonly string[] PydicomFiles =
    [
        "CT_small.dcm", "MR_small_implicit.dcm", "MR_small_bigendian.dcm", "ExplVR_BigEnd.dcm", "rtdose_expb.dcm", "image_dfl.dcm",
        "SC_rgb_jpeg_dcmtk.dcm", "JPGExtended.dcm", "SC_rgb_jpeg_gdcm.dcm", "MR_small_jpeg_ls_lossless.dcm", "MR_small_jp2klossless.dcm",
        "JPEG2000.dcm", "693_J2KI.dcm", "MR_small_RLE.dcm", "SC_rgb_rle_32bit_2frame.dcm", "rtplan.dcm", "test-SR.dcm", "reportsi.dcm",
        "waveform_ecg.dcm", "liver_1frame.dcm", "SC_rgb_small_odd.dcm",
    ];

    private static string PydicomTestFiles => Path.Combine(TestPaths.PydicomDataDirectory, "test_files");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Echoscu_gets_success_and_a_wrong_called_AE_title_is_reported_as_not_recognised()
    {
        await using var ours = ServerHarness.Start();

        await DcmtkClientTools.EchoAsync(new DicomEndpoint("127.0.0.1", ours.Server.Port, ServerHarness.ServerAE), cancellationToken: Token);
        var wrong = await Assert.ThrowsAsync<ExternalCommandException>(
            () => DcmtkClientTools.EchoAsync(new DicomEndpoint("127.0.0.1", ours.Server.Port, "NOBODY"), cancellationToken: Token));

        Assert.Contains("Called AE Title Not Recognized", wrong.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cases_cover_every_transfer_syntax_of_the_corpora()
    {
        var corpora = Directory.GetFiles(PydicomTestFiles, "*.dcm", SearchOption.AllDirectories).Concat(SampleFiles()).Select(TransferSyntaxOrNull).OfType<string>().ToHashSet();
        var covered = Cases().Select(c => TransferSyntaxOrNull(c.File)).ToHashSet();

        Assert.Empty(corpora.Except(covered));
        Assert.Contains(DicomTransferSyntax.ExplicitVRBigEndian.UID.UID, covered);
        Assert.Contains(DicomTransferSyntax.DeflatedExplicitVRLittleEndian.UID.UID, covered);
    }

    [Fact]
    public async Task Storescu_objects_in_every_transfer_syntax_are_stored_with_the_same_data_set_bytes_as_storescp_bit_preserving_writes()
    {
        var cases = Cases();
        var failures = await CompareWithStorescpAsync(cases, maximumPduLength: DicomServerOptions.DefaultMaximumPduLength);

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Storescu_option_proposals_and_small_PDUs_give_the_same_bytes_as_storescp()
    {
        var files = PydicomTestFiles;
        TestPaths.RequirePydicom();
        List<StoreCase> cases =
        [
            new(Path.Combine(files, "CT_small.dcm"), []),
            new(Path.Combine(files, "SC_rgb_jpeg_dcmtk.dcm"), ["-xy"]),
            new(Path.Combine(files, "image_dfl.dcm"), ["-xd"]),
            new(Path.Combine(files, "SC_rgb_jpeg_gdcm.dcm"), ["-xs"]),
            new(Path.Combine(files, "MR_small_RLE.dcm"), ["-xr"]),
            new(Path.Combine(files, "MR_small_implicit.dcm"), ["-xi"]),
            new(Path.Combine(files, "waveform_ecg.dcm"), ["-xe"]),
            new(Path.Combine(files, "MR_small_bigendian.dcm"), ["-xb"]),
            new(Path.Combine(files, "liver_1frame.dcm"), ["--max-send-pdu", "4096"]),
        ];

        var failures = await CompareWithStorescpAsync(cases, maximumPduLength: 4096);

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>The pydicom files above and every shared sample but the malformed one, each proposed in exactly its own context.</summary>
    private static List<StoreCase> Cases()
    {
        TestPaths.RequirePydicom();
        return [.. PydicomFiles.Select(f => Path.Combine(PydicomTestFiles, f)).Concat(SampleFiles()).Select(f => new StoreCase(f, null))];
    }

    /// <summary>Every shared sample DCMTK can read (storescu skips the malformed one, see the samples' CATALOGUE.md).</summary>
    private static IEnumerable<string> SampleFiles() =>
        SharedMaterial.SampleFiles().Where(f => Path.GetFileName(f) != SampleCatalogue.RefusedByBoth);

    private static string? TransferSyntaxOrNull(string path)
    {
        try
        {
            var meta = DicomFile.Open(path, DicomReaderOptions.HeaderOnly).FileMetaInfo;
            return meta.Elements.Contains(DicomTag.TransferSyntaxUID) ? meta.TransferSyntax.UID.UID : null;
        }
        catch (DicomException)
        {
            return null;
        }
    }

    /// <summary>
    /// Sends the cases with storescu, once to ours and once to storescp, and compares the data set bytes of each object.
    /// Cases without options go in batches (one storescu run, one association per receiver) of distinct SOP Instance
    /// UIDs (several pydicom files are one object in different syntaxes), proposing exactly one context per SOP class and
    /// transfer syntax of the batch through a storescu configuration file, so that each object goes in its own syntax
    /// to both receivers; a case with options goes alone.
    /// </summary>
    private async Task<List<string>> CompareWithStorescpAsync(IReadOnlyList<StoreCase> cases, uint maximumPduLength)
    {
        await using var ours = ServerHarness.Start(o => o with { StorageLayout = StorageLayout.Flat, MaximumPduLength = maximumPduLength });
        var work = Directory.CreateTempSubdirectory("openrem-storescu-").FullName;
        var failures = new List<string>();
        try
        {
            reference.Peer.ClearReceivedFiles();
            foreach (var batch in Batches(cases))
            {
                failures.AddRange(await CompareBatchAsync(batch, ours, work));
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

    private static List<List<StoreCase>> Batches(IReadOnlyList<StoreCase> cases)
    {
        var batches = cases.Where(c => c.StorescuOptions is not null).Select(c => new List<StoreCase> { c }).ToList();
        var exact = new List<(HashSet<string> Instances, List<StoreCase> Cases)>();
        foreach (var storeCase in cases.Where(c => c.StorescuOptions is null))
        {
            var batch = exact.FirstOrDefault(b => !b.Instances.Contains(storeCase.SopInstanceUid));
            if (batch.Cases is null)
            {
                batch = ([], []);
                exact.Add(batch);
            }

            batch.Instances.Add(storeCase.SopInstanceUid);
            batch.Cases.Add(storeCase);
        }

        return [.. batches, .. exact.Select(b => b.Cases)];
    }

    private async Task<List<string>> CompareBatchAsync(List<StoreCase> batch, ServerHarness ours, string work)
    {
        var options = batch[0].StorescuOptions ?? WriteConfiguration(work, batch);
        foreach (var endpoint in new[] { new DicomEndpoint("127.0.0.1", ours.Server.Port, ServerHarness.ServerAE), reference.Peer.Endpoint })
        {
            var files = batch.Select(c => c.File).ToArray();
            var store = await DcmtkClientTools.StoreAsync(new StoreRequest(endpoint, files) { CallingAeTitle = SenderAE, Options = options }, Token);
            if (store.Sent != batch.Count || store.Failed != 0)
            {
                return [$"storescu to {endpoint} stored {store.Sent} of {batch.Count} and failed {store.Failed}: {store.Log}"];
            }
        }

        var ourFiles = ours.Files();
        var theirFiles = reference.Peer.ReceivedFiles();
        try
        {
            if (ourFiles.Length != batch.Count || theirFiles.Count != batch.Count)
            {
                return [$"{batch.Count} sent; ours stored {ourFiles.Length} file(s), storescp {theirFiles.Count}"];
            }

            return [.. batch.Select(c => Compare(c, ourFiles, theirFiles)).OfType<string>()];
        }
        finally
        {
            foreach (var file in ourFiles)
            {
                File.Delete(file);
            }

            reference.Peer.ClearReceivedFiles();
        }
    }

    /// <summary>Null when both receivers stored the case's object in the same syntax with the same data set bytes.</summary>
    private static string? Compare(StoreCase storeCase, string[] ourFiles, IReadOnlyList<string> theirFiles)
    {
        var name = Path.GetFileName(storeCase.File);
        var ourFile = ourFiles.SingleOrDefault(f => Path.GetFileName(f) == storeCase.SopInstanceUid + ".dcm");
        var theirFile = theirFiles.SingleOrDefault(f => f.EndsWith("." + storeCase.SopInstanceUid, StringComparison.Ordinal));
        if (ourFile is null || theirFile is null)
        {
            return $"{name}: {(ourFile is null ? "not stored here" : "not stored by storescp")}";
        }

        var ourMeta = DicomFile.Open(ourFile, DicomReaderOptions.HeaderOnly).FileMetaInfo;
        var theirMeta = DicomFile.Open(theirFile, DicomReaderOptions.HeaderOnly).FileMetaInfo;
        if (ourMeta.TransferSyntax != theirMeta.TransferSyntax)
        {
            return $"{name}: transfer syntax {ourMeta.TransferSyntax} here, {theirMeta.TransferSyntax} at storescp";
        }

        if (storeCase.StorescuOptions is null && ourMeta.TransferSyntax.UID.UID != storeCase.TransferSyntaxUid)
        {
            return $"{name}: stored in {ourMeta.TransferSyntax}, not in its own transfer syntax {storeCase.TransferSyntaxUid}";
        }

        if (ourMeta.MediaStorageSOPInstanceUID != theirMeta.MediaStorageSOPInstanceUID || ourMeta.SourceApplicationEntityTitle != SenderAE)
        {
            return $"{name}: the meta group differs in SOP instance or source AE";
        }

        return DatasetComparison.BytesDifference(theirFile, ourFile) is { } difference ? $"{name}: {difference}" : null;
    }

    /// <summary>A storescu configuration proposing one presentation context per SOP class and transfer syntax of the cases.</summary>
    private static string[] WriteConfiguration(string work, IReadOnlyList<StoreCase> cases)
    {
        var path = Path.Combine(work, "storescu.cfg");
        var contexts = cases.Select(c => (c.SopClassUid, c.TransferSyntaxUid)).Distinct().ToList();
        var syntaxes = contexts.Select(c => c.TransferSyntaxUid).Distinct(StringComparer.Ordinal).ToList();
        var text = new StringBuilder("[[TransferSyntaxes]]\n");
        for (var i = 0; i < syntaxes.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"[Syntax{i}]\nTransferSyntax1 = {syntaxes[i]}\n");
        }

        text.Append("[[PresentationContexts]]\n[Contexts]\n");
        for (var i = 0; i < contexts.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"PresentationContext{i + 1} = {contexts[i].SopClassUid}\\Syntax{syntaxes.IndexOf(contexts[i].TransferSyntaxUid)}\n");
        }

        text.Append("[[Profiles]]\n[Exact]\nPresentationContexts = Contexts\n");
        File.WriteAllText(path, text.ToString());
        return ["-xf", path, "Exact"];
    }

    /// <summary>A file and the storescu options proposing it; null options: exactly the file's own context.</summary>
    private sealed record StoreCase(string File, string[]? StorescuOptions)
    {
        private readonly DicomFile _header = DicomFile.Open(File, DicomReaderOptions.HeaderOnly);

        /// <summary>From the data set, as storescu takes it (the meta group of some pydicom files disagrees).</summary>
        public string SopClassUid => _header.Dataset.GetString(DicomTag.SOPClassUID).Trim(' ', '\0');

        public string SopInstanceUid => _header.Dataset.GetString(DicomTag.SOPInstanceUID).Trim(' ', '\0');

        public string TransferSyntaxUid => _header.FileMetaInfo.TransferSyntax.UID.UID;
    }
}
