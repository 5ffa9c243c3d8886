using Microsoft.EntityFrameworkCore;
using OpenRem.Dicom;
using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Client;
using OpenRem.Testing.Peers;

namespace OpenRem.Infrastructure.Tests.StoreNodes;

/// <summary>What a store node refuses: callers outside its allow-list, and objects whose SOP Instance UID cannot name a file.</summary>
public sealed class StoreNodeRefusalTests : IAsyncLifetime
{
    private const string CtReport = "CT-RDSR-Siemens_Flash-TAP-SS.dcm";

    private StoreNodeTestBed _bed = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _bed = await StoreNodeTestBed.CreateAsync();

    public ValueTask DisposeAsync() => _bed.DisposeAsync();

    [Fact]
    public async Task A_caller_outside_the_allow_list_is_rejected_with_nothing_stored_and_an_allowed_one_is_served()
    {
        var node = await _bed.AddNodeAsync("Guarded", "GUARDED", null, "ORTHANC");
        await _bed.StartAsync();
        await _bed.WaitUntilListeningAsync(node);

        var refused = await Assert.ThrowsAsync<ExternalCommandException>(() => StoreNodeTestBed.StoreAsync(node, [SharedMaterial.Sample(CtReport)], "INTRUDER"));

        Assert.Contains("Association Rejected", refused.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(_bed.FilesInStore());
        await using (var db = _bed.NewContext())
        {
            Assert.Equal(0, await db.ObjectArrivals.CountAsync(Ct));
            Assert.Equal(0, await db.ImportedObjects.CountAsync(Ct));
        }

        var allowed = await StoreNodeTestBed.StoreAsync(node, [SharedMaterial.Sample(CtReport)], "ORTHANC");

        Assert.Equal(1, allowed.Sent);
        await _bed.WaitForArrivalsAsync(1);
        await using var after = _bed.NewContext();
        var imported = await after.ImportedObjects.SingleAsync(Ct);
        Assert.Equal(("ORTHANC", StoreNodeReceptionTests.Uids(CtReport).Sop), (imported.ReceivedFromAeTitle, imported.SopInstanceUid));
    }

    [Theory]
    [InlineData("1.2.abc", "Affected SOP Instance UID '1.2.abc' is not valid.")]
    [InlineData("1.2.345678901234567890123456789012345678901234567890123456789012345678", "Affected SOP Instance UID '1.2.345678901234567890123456789012345")] // 70 characters; the comment is cut at 64, the length of LO
    public async Task An_object_whose_SOP_Instance_UID_cannot_name_a_file_is_answered_C000_and_leaves_nothing(string uid, string comment)
    {
        var node = await _bed.AddNodeAsync("Strict", "STRICT");
        await _bed.StartAsync();
        await _bed.WaitUntilListeningAsync(node);
        var dataset = DicomFile.Open(SharedMaterial.Sample(CtReport)).Dataset;
        dataset.AddOrUpdate(DicomTag.SOPInstanceUID, uid);
        var client = DicomClientFactory.Create("127.0.0.1", node.Port, false, "MODALITY", node.AeTitle.Value);

        var response = await client.SendCStoreAsync(new DicomCStoreRequest(dataset, DicomTransferSyntax.ExplicitVRLittleEndian), Ct);

        Assert.Equal(0xC000, response.Status.Code);
        Assert.Equal(comment, response.Status.ErrorComment);
        Assert.Equal(uid, response.SOPInstanceUID);
        Assert.Empty(_bed.FilesInStore());
        await Task.Delay(StoreNodeTestBed.ReconcileInterval * 2, Ct);
        await using var db = _bed.NewContext();
        Assert.Equal(0, await db.ObjectArrivals.CountAsync(Ct));
        Assert.Equal(0, await db.ImportedObjects.CountAsync(Ct));
        Assert.Equal(DicomStatus.Success, (await client.SendCEchoAsync(Ct)).Status);
    }
}
