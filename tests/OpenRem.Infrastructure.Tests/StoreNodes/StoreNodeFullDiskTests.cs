using Microsoft.EntityFrameworkCore;
using OpenRem.Dicom;
using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Client;
using OpenRem.Testing.Peers;

namespace OpenRem.Infrastructure.Tests.StoreNodes;

/// <summary>
/// The store folder on a 1 MiB tmpfs (the database outside it): an object larger than the device is refused A700 and
/// leaves nothing, and the node goes on to store a small one. Mounting needs root (CAP_SYS_ADMIN).
/// </summary>
public sealed class StoreNodeFullDiskTests
{
    private const string SecondaryCapture = "1.2.840.10008.5.1.4.1.1.7";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_object_larger_than_the_free_space_is_refused_out_of_resources_and_the_node_stores_the_next_one()
    {
        await using var bed = await StoreNodeTestBed.CreateAsync();
        Directory.CreateDirectory(bed.StoreRoot);
        await MountAsync(bed.StoreRoot);
        try
        {
            var node = await bed.AddNodeAsync("Small disk", "SMALLDISK");
            await bed.StartAsync();
            await bed.WaitUntilListeningAsync(node);
            var client = DicomClientFactory.Create("127.0.0.1", node.Port, false, "MODALITY", node.AeTitle.Value);

            var response = await client.SendCStoreAsync(new DicomCStoreRequest(LargeImage(), DicomTransferSyntax.ExplicitVRLittleEndian), Ct);

            Assert.Equal(0xA700, response.Status.Code);
            Assert.StartsWith("Cannot write the object", response.Status.ErrorComment, StringComparison.Ordinal);
            Assert.Empty(bed.FilesInStore());
            Assert.True(bed.StateOf(node)?.IsListening, "the node should still listen after the refusal");

            var small = await StoreNodeTestBed.StoreAsync(node, [SharedMaterial.Sample("CT-RDSR-Siemens_Flash-TAP-SS.dcm")]);

            Assert.Equal(1, small.Sent);
            await bed.WaitForArrivalsAsync(1);
            var (study, series, sop) = StoreNodeReceptionTests.Uids("CT-RDSR-Siemens_Flash-TAP-SS.dcm");
            Assert.Equal([Path.Combine(study, series, sop + ".dcm")], bed.FilesInStore());
            await using var db = bed.NewContext();
            Assert.Equal(sop, (await db.ImportedObjects.SingleAsync(Ct)).SopInstanceUid);
            await bed.StopAsync();
        }
        finally
        {
            await bed.StopAsync();
            await UnmountAsync(bed.StoreRoot);
        }
    }

    /// <summary>A 2 MiB secondary capture: 1024 × 1024 pixels of 16 bits.</summary>
    private static DicomDataset LargeImage()
    {
        var dataset = new DicomDataset();
        dataset.AddOrUpdate(DicomTag.SOPClassUID, SecondaryCapture);
        dataset.AddOrUpdate(DicomTag.SOPInstanceUID, DicomUIDGenerator.GenerateDerivedFromUUID().UID);
        dataset.AddOrUpdate(DicomTag.StudyInstanceUID, DicomUIDGenerator.GenerateDerivedFromUUID().UID);
        dataset.AddOrUpdate(DicomTag.SeriesInstanceUID, DicomUIDGenerator.GenerateDerivedFromUUID().UID);
        dataset.AddOrUpdate(DicomTag.Modality, "OT");
        dataset.AddOrUpdate<ushort>(DicomTag.Rows, 1024);
        dataset.AddOrUpdate<ushort>(DicomTag.Columns, 1024);
        dataset.AddOrUpdate<ushort>(DicomTag.BitsAllocated, 16);
        dataset.AddOrUpdate<ushort>(DicomTag.BitsStored, 16);
        dataset.AddOrUpdate<ushort>(DicomTag.HighBit, 15);
        dataset.AddOrUpdate<ushort>(DicomTag.SamplesPerPixel, 1);
        dataset.AddOrUpdate<ushort>(DicomTag.PixelRepresentation, 0);
        dataset.AddOrUpdate(DicomTag.PhotometricInterpretation, "MONOCHROME2");
        var pixels = new byte[2 * 1024 * 1024];
        Random.Shared.NextBytes(pixels);
        dataset.AddOrUpdate(DicomVR.OB, DicomTag.PixelData, pixels);
        return dataset;
    }

    private static async Task MountAsync(string folder)
    {
        var result = await RunAsync("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", folder);
        if (result.ExitCode != 0)
        {
            throw new Xunit.Sdk.XunitException(
                $"This test needs root (CAP_SYS_ADMIN) to mount a 1 MiB tmpfs on {folder}; mount failed with exit code {result.ExitCode}: {result.Error}");
        }
    }

    private static async Task UnmountAsync(string folder)
    {
        var result = await RunAsync("umount", folder);
        Assert.True(result.ExitCode == 0, $"umount {folder} failed: {result.Error}");
    }

    private static async Task<(int ExitCode, string Error)> RunAsync(string program, params string[] arguments)
    {
        var info = new System.Diagnostics.ProcessStartInfo(program) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(info) ?? throw new Xunit.Sdk.XunitException($"Cannot start {program}.");
        var error = await process.StandardError.ReadToEndAsync(CancellationToken.None);
        await process.WaitForExitAsync(CancellationToken.None);
        return (process.ExitCode, error.Trim());
    }
}
