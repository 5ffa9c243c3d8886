using OpenRem.Dicom.IO;
using OpenRem.Dicom.Network.Server.Storage;

namespace OpenRem.Dicom.Tests.Network.Server;

public sealed class DicomStoreFileSinkTests : IDisposable
{
    private const string SopClass = "1.2.840.10008.5.1.4.1.1.88.67";
    private readonly string _folder = Directory.CreateTempSubdirectory("openrem-sink-").FullName;

    [Fact]
    public async Task Streams_the_dataset_byte_for_byte_after_a_meta_group_naming_the_sender_and_moves_it_into_place()
    {
        var dataset = Dataset("1.2.3.4");
        var bytes = Encode(dataset, DicomTransferSyntax.ImplicitVRLittleEndian);
        var request = new StoreRequestContext(SopClass, "1.2.3.4", DicomTransferSyntax.ImplicitVRLittleEndian, "MODALITY", "OPENREM");

        StoreResult result;
        await using (var sink = DicomStoreFileSink.Create(Path.Combine(_folder, "incoming"), request))
        {
            foreach (var chunk in bytes.Chunk(7))
            {
                await sink.WriteAsync(chunk, TestContext.Current.CancellationToken);
            }

            result = await sink.CompleteAsync(header => Path.Combine(_folder, "store", header.GetString(DicomTag.StudyInstanceUID), "1.2.3.4.dcm"), TestContext.Current.CancellationToken);
        }

        Assert.True(result.Succeeded, result.ErrorComment);
        var path = Path.Combine(_folder, "store", "1.2.9", "1.2.3.4.dcm");
        Assert.Equal(path, result.Stored!.Path);
        var file = DicomFile.Open(path);
        Assert.Equal("MODALITY", file.FileMetaInfo.SourceApplicationEntityTitle);
        Assert.Equal(DicomTransferSyntax.ImplicitVRLittleEndian, file.FileMetaInfo.TransferSyntax);
        Assert.Equal("1.2.3.4", file.FileMetaInfo.MediaStorageSOPInstanceUID);
        var written = File.ReadAllBytes(path);
        Assert.Equal(bytes, written[^bytes.Length..]);
        Assert.Empty(Directory.GetFiles(Path.Combine(_folder, "incoming")));
    }

    [Fact]
    public async Task A_dataset_that_does_not_match_its_command_is_refused_with_A900_and_nothing_is_kept()
    {
        var bytes = Encode(Dataset("9.9.9"), DicomTransferSyntax.ExplicitVRLittleEndian);
        var request = new StoreRequestContext(SopClass, "1.2.3.4", DicomTransferSyntax.ExplicitVRLittleEndian, "MODALITY", "OPENREM");

        var result = await StoreAsync(request, bytes);

        Assert.Equal(StoreFailure.DataSetDoesNotMatchSOPClass, result.Failure);
        Assert.Contains("9.9.9", result.ErrorComment, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_dataset_that_cannot_be_parsed_is_refused_with_C000()
    {
        var bytes = Encode(Dataset("1.2.3.4"), DicomTransferSyntax.ExplicitVRLittleEndian);
        var request = new StoreRequestContext(SopClass, "1.2.3.4", DicomTransferSyntax.ExplicitVRLittleEndian, "MODALITY", "OPENREM");

        var result = await StoreAsync(request, bytes[..^3]);

        Assert.Equal(StoreFailure.CannotUnderstand, result.Failure);
        Assert.Contains("byte offset", result.ErrorComment, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_full_disk_gives_A700_and_the_rest_of_the_dataset_is_still_accepted_and_discarded()
    {
        var request = new StoreRequestContext(SopClass, "1.2.3.4", DicomTransferSyntax.ExplicitVRLittleEndian, "MODALITY", "OPENREM");
        var full = new FileStream("/dev/full", FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 1);
        var temporary = Path.Combine(_folder, "never-created.part");

        await using var sink = DicomStoreFileSink.Open(request, temporary, full, flushToDisk: false);
        await sink.WriteAsync(new byte[4096], TestContext.Current.CancellationToken);
        await sink.WriteAsync(new byte[4096], TestContext.Current.CancellationToken);
        var result = await sink.CompleteAsync(_ => Path.Combine(_folder, "x.dcm"), TestContext.Current.CancellationToken);

        Assert.True(sink.HasFailed);
        Assert.Equal(StoreFailure.OutOfResources, result.Failure);
        Assert.Contains("space", result.ErrorComment, StringComparison.OrdinalIgnoreCase);
        Assert.False(File.Exists(Path.Combine(_folder, "x.dcm")));
    }

    [Fact]
    public async Task An_object_abandoned_mid_way_leaves_no_file()
    {
        var request = new StoreRequestContext(SopClass, "1.2.3.4", DicomTransferSyntax.ExplicitVRLittleEndian, "MODALITY", "OPENREM");
        var incoming = Path.Combine(_folder, "incoming");

        await using (var sink = DicomStoreFileSink.Create(incoming, request))
        {
            await sink.WriteAsync(new byte[100], TestContext.Current.CancellationToken);
            Assert.Single(Directory.GetFiles(incoming));
        }

        Assert.Empty(Directory.GetFiles(incoming));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<StoreResult> StoreAsync(StoreRequestContext request, byte[] bytes)
    {
        await using var sink = DicomStoreFileSink.Create(Path.Combine(_folder, "incoming"), request);
        await sink.WriteAsync(bytes, TestContext.Current.CancellationToken);
        return await sink.CompleteAsync(_ => Path.Combine(_folder, "store", "object.dcm"), TestContext.Current.CancellationToken);
    }

    private static DicomDataset Dataset(string sopInstanceUid)
    {
        var dataset = new DicomDataset();
        dataset.AddOrUpdate(DicomTag.SOPClassUID, SopClass);
        dataset.AddOrUpdate(DicomTag.SOPInstanceUID, sopInstanceUid);
        dataset.AddOrUpdate(DicomTag.StudyInstanceUID, "1.2.9");
        dataset.AddOrUpdate(DicomTag.PatientName, "Doe^Jane");
        return dataset;
    }

    private static byte[] Encode(DicomDataset dataset, DicomTransferSyntax syntax)
    {
        using var stream = new MemoryStream();
        DicomWriter.Write(stream, dataset, syntax);
        return stream.ToArray();
    }
}
