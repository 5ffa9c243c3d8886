using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Client;

namespace OpenRem.Dicom.Tests.Network.Server;

/// <summary>What the server announces for each stored object, and what happens when nobody reads the announcements.</summary>
public sealed class StoredObjectNotificationTests
{
    private static CancellationToken Token => ServerHarness.TestToken;

    [Fact]
    public async Task The_move_originator_of_a_C_STORE_sub_operation_reaches_the_announcement()
    {
        await using var harness = ServerHarness.Start();
        var request = new DicomCStoreRequest(TestObjects.DoseReport(), DicomTransferSyntax.ExplicitVRLittleEndian)
        {
            MoveOriginatorAE = "OPENREM_QR",
            MoveOriginatorMessageID = 7,
        };

        var response = await harness.Client(callingAE: "PACS").SendCStoreAsync(request, Token);

        Assert.Equal(DicomStatus.Success, response.Status);
        var announced = await harness.Server.ReceivedObjects.ReadAsync(Token);
        Assert.Equal("OPENREM_QR", announced.Request.MoveOriginatorAeTitle);
        Assert.Equal(7, announced.Request.MoveOriginatorMessageId);
        Assert.Equal("PACS", announced.Request.CallingAeTitle);
    }

    [Fact]
    public async Task An_object_sent_on_its_own_has_no_move_originator()
    {
        await using var harness = ServerHarness.Start();

        await harness.Client().SendCStoreAsync(new DicomCStoreRequest(TestObjects.DoseReport(), DicomTransferSyntax.ExplicitVRLittleEndian), Token);

        var announced = await harness.Server.ReceivedObjects.ReadAsync(Token);
        Assert.Null(announced.Request.MoveOriginatorAeTitle);
        Assert.Null(announced.Request.MoveOriginatorMessageId);
    }

    [Fact]
    public async Task Announcements_nobody_reads_are_dropped_beyond_the_capacity_and_counted()
    {
        await using var harness = ServerHarness.Start(o => o with { NotificationCapacity = 1 });

        await SendAsync(harness, 3);

        Assert.Equal(3, harness.Server.Status.ObjectsReceived);
        Assert.Equal(2, harness.Server.NotificationsDropped);
        Assert.True(harness.Server.ReceivedObjects.TryRead(out _));
        Assert.False(harness.Server.ReceivedObjects.TryRead(out _));
    }

    [Fact]
    public async Task When_told_to_wait_for_its_reader_the_sender_waits_and_no_announcement_is_lost()
    {
        await using var harness = ServerHarness.Start(o => o with { NotificationCapacity = 1, WaitForNotificationReader = true });

        var sending = SendAsync(harness, 4);
        await ServerHarness.EventuallyAsync(() => harness.Server.Status.ObjectsReceived >= 2, "the second object was stored");
        await Task.Delay(200, Token);

        // One announcement waits in the channel and the second object's association waits to add its own.
        Assert.False(sending.IsCompleted);
        Assert.Equal(2, harness.Server.Status.ObjectsReceived);
        var announced = new List<string>();
        while (announced.Count < 4)
        {
            announced.Add((await harness.Server.ReceivedObjects.ReadAsync(Token)).Request.SopInstanceUid);
        }

        await sending;
        Assert.Equal(4, announced.Distinct().Count());
        Assert.Equal(0, harness.Server.NotificationsDropped);
    }

    private static async Task SendAsync(ServerHarness harness, int count)
    {
        var proposal = new DicomPresentationContextProposal(DicomUID.Parse(TestObjects.XRayDoseSr), DicomTransferSyntax.ExplicitVRLittleEndian);
        await using var association = await harness.Client().OpenAssociationAsync([proposal], Token);
        for (var i = 0; i < count; i++)
        {
            var response = await association.SendCStoreAsync(new DicomCStoreRequest(TestObjects.DoseReport(), DicomTransferSyntax.ExplicitVRLittleEndian), Token);
            Assert.Equal(DicomStatus.Success, response.Status);
        }

        await association.ReleaseAsync(Token);
    }
}
