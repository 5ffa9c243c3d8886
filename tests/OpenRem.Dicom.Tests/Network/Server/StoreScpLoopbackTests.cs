using OpenRem.Dicom.IO;
using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Client;
using OpenRem.Dicom.Network.Pdu;
using OpenRem.Dicom.Network.Server;
using OpenRem.Dicom.Network.Server.Storage;
using OpenRem.Dicom.Network.Transport;

namespace OpenRem.Dicom.Tests.Network.Server;

/// <summary>Our client against our Store SCP over 127.0.0.1.</summary>
public sealed class StoreScpLoopbackTests
{
    private static CancellationToken Token => ServerHarness.TestToken;

    [Fact]
    public async Task Echo_succeeds()
    {
        await using var harness = ServerHarness.Start();

        var response = await harness.Client().SendCEchoAsync(Token);

        Assert.Equal(DicomStatus.Success, response.Status);
    }

    [Fact]
    public async Task A_stored_object_lands_under_study_and_series_with_its_data_set_bytes_as_sent_and_is_announced()
    {
        await using var harness = ServerHarness.Start();
        var dataset = TestObjects.DoseReport();
        var uid = dataset.GetString(DicomTag.SOPInstanceUID);

        var response = await harness.Client().SendCStoreAsync(new DicomCStoreRequest(dataset, DicomTransferSyntax.ExplicitVRLittleEndian), Token);

        Assert.Equal(DicomStatus.Success, response.Status);
        Assert.Equal(uid, response.SOPInstanceUID);
        var path = Path.Combine(harness.Directory, "1.2.826.0.1.3680043.10.1077.1", "1.2.826.0.1.3680043.10.1077.1.1", uid + ".dcm");
        var sent = DicomDatasetCodec.Encode(dataset, DicomTransferSyntax.ExplicitVRLittleEndian);
        var written = await File.ReadAllBytesAsync(path, Token);
        Assert.Equal(sent, written[^sent.Length..]);
        Assert.Equal("MODALITY", DicomFile.Open(path).FileMetaInfo.SourceApplicationEntityTitle);
        var announced = await harness.Server.ReceivedObjects.ReadAsync(Token);
        Assert.Equal(path, announced.Path);
        Assert.Equal(written.Length, announced.Size);
        Assert.Equal(1, harness.Server.Status.ObjectsReceived);
        Assert.Single(harness.Files());
    }

    [Fact]
    public async Task Several_objects_on_one_association_in_implicit_and_explicit_syntaxes_are_all_stored()
    {
        await using var harness = ServerHarness.Start(o => o with { StorageLayout = StorageLayout.Flat });
        var proposal = new DicomPresentationContextProposal(DicomUID.Parse(TestObjects.XRayDoseSr), DicomTransferSyntax.ImplicitVRLittleEndian);
        await using var association = await harness.Client().OpenAssociationAsync([proposal], Token);
        var uids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var dataset = TestObjects.DoseReport();
            uids.Add(dataset.GetString(DicomTag.SOPInstanceUID));
            var response = await association.SendCStoreAsync(new DicomCStoreRequest(dataset, DicomTransferSyntax.ImplicitVRLittleEndian), Token);
            Assert.Equal(DicomStatus.Success, response.Status);
        }

        await association.ReleaseAsync(Token);

        Assert.Equal(uids.Select(u => u + ".dcm").Order(), harness.Files().Select(Path.GetFileName).Order());
        Assert.All(harness.Files(), f => Assert.Equal(DicomTransferSyntax.ImplicitVRLittleEndian, DicomFile.Open(f).FileMetaInfo.TransferSyntax));
    }

    [Fact]
    public async Task A_data_set_that_does_not_match_its_command_is_answered_A900_and_not_kept()
    {
        await using var harness = ServerHarness.Start();
        var request = new DicomCStoreRequest(TestObjects.DoseReport(), DicomTransferSyntax.ExplicitVRLittleEndian) { SOPInstanceUID = "1.2.3.999" };

        var response = await harness.Client().SendCStoreAsync(request, Token);

        Assert.Equal(0xA900, response.Status.Code);
        Assert.StartsWith("SOP Instance UID", response.Status.ErrorComment, StringComparison.Ordinal);
        Assert.Equal("1.2.3.999", response.SOPInstanceUID);
        Assert.Empty(harness.Files());
    }

    [Fact]
    public async Task A_wrong_called_AE_title_is_rejected_permanently_as_not_recognised()
    {
        await using var harness = ServerHarness.Start();

        var e = await Assert.ThrowsAsync<DicomAssociationRejectedException>(() => harness.Client(calledAE: "SOMEONE").SendCEchoAsync(Token));

        Assert.Equal(DicomRejectResult.Permanent, e.RejectResult);
        Assert.Equal(DicomRejectSource.ServiceUser, e.RejectSource);
        Assert.Equal(DicomRejectReason.CalledAENotRecognized, e.RejectReason);
        Assert.Contains("called AE title not recognised", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_calling_AE_title_outside_the_allow_list_is_rejected_and_one_inside_it_is_served()
    {
        await using var harness = ServerHarness.Start(o => o with { AllowedCallingAEs = ["CT01", "PACS"] });

        var e = await Assert.ThrowsAsync<DicomAssociationRejectedException>(() => harness.Client(callingAE: "INTRUDER").SendCEchoAsync(Token));
        var allowed = await harness.Client(callingAE: "PACS").SendCEchoAsync(Token);

        Assert.Equal(DicomRejectResult.Permanent, e.RejectResult);
        Assert.Equal(DicomRejectSource.ServiceUser, e.RejectSource);
        Assert.Equal(DicomRejectReason.CallingAENotRecognized, e.RejectReason);
        Assert.Contains("calling AE title not recognised", e.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(DicomStatus.Success, allowed.Status);
    }

    [Fact]
    public async Task One_association_over_the_limit_is_rejected_transiently_for_the_local_limit_and_served_once_a_slot_is_free()
    {
        await using var harness = ServerHarness.Start(o => o with { MaxClientsAllowed = 1 });
        var first = await harness.Client().OpenAssociationAsync([DicomPresentationContextProposal.Uncompressed(DicomUID.Verification)], Token);

        var e = await Assert.ThrowsAsync<DicomAssociationRejectedException>(() => harness.Client().SendCEchoAsync(Token));
        Assert.Equal(1, harness.Server.Status.OpenAssociations);
        await first.ReleaseAsync(Token);
        await first.DisposeAsync();
        await ServerHarness.EventuallyAsync(() => harness.Server.Status.OpenAssociations == 0, "the first association's slot is given back");
        var later = await harness.Client().SendCEchoAsync(Token);

        Assert.Equal(DicomRejectResult.Transient, e.RejectResult);
        Assert.Equal(DicomRejectSource.ServiceProviderPresentation, e.RejectSource);
        Assert.Equal(DicomRejectReason.LocalLimitExceeded, e.RejectReason);
        Assert.Equal(DicomStatus.Success, later.Status);
    }

    [Fact]
    public async Task Graceful_stop_lets_an_association_finish_within_the_grace_period_and_then_refuses_connections()
    {
        await using var harness = ServerHarness.Start();
        var association = await harness.Client().OpenAssociationAsync([DicomPresentationContextProposal.Uncompressed(DicomUID.Verification)], Token);

        var stop = harness.Server.StopAsync(TimeSpan.FromSeconds(30), Token);
        Assert.False(stop.IsCompleted);
        Assert.Equal(DicomStatus.Success, (await association.SendCEchoAsync(Token)).Status);
        await association.ReleaseAsync(Token);
        await stop.WaitAsync(TimeSpan.FromSeconds(10), Token);

        Assert.False(harness.Server.Status.IsListening);
        await Assert.ThrowsAsync<DicomNetworkException>(() => harness.Client().SendCEchoAsync(Token));
    }

    [Fact]
    public async Task Stop_aborts_associations_still_open_after_the_grace_period()
    {
        await using var harness = ServerHarness.Start();
        var association = await harness.Client().OpenAssociationAsync([DicomPresentationContextProposal.Uncompressed(DicomUID.Verification)], Token);

        await harness.Server.StopAsync(TimeSpan.FromMilliseconds(300), Token).WaitAsync(TimeSpan.FromSeconds(10), Token);

        await ServerHarness.EventuallyAsync(() => !association.IsUsable, "the client saw the abort");
        Assert.Equal(0, harness.Server.Status.OpenAssociations);
        await association.DisposeAsync();
    }

    [Fact]
    public async Task A_sender_that_aborts_in_the_middle_of_an_object_leaves_no_file()
    {
        await using var harness = ServerHarness.Start();
        await using var raw = await RawAssociation.ConnectAsync(harness.Server.Port, Token);
        Assert.IsType<AAssociateAC>(await raw.AssociateAsync(ServerHarness.ServerAE, TestObjects.XRayDoseSr, DicomTransferSyntax.ExplicitVRLittleEndian.UID.UID, Token));
        var dataset = TestObjects.DoseReport();
        var request = new DicomCStoreRequest(dataset, DicomTransferSyntax.ExplicitVRLittleEndian) { MessageID = 1 };
        request.Command.AddOrUpdate<ushort>(DicomTag.CommandDataSetType, DicomMessage.CommandDataSetTypePresent);
        var bytes = DicomDatasetCodec.Encode(dataset, DicomTransferSyntax.ExplicitVRLittleEndian);

        await raw.SendFragmentAsync(DicomCommandCodec.Encode(request.Command), isCommand: true, isLast: true, Token);
        await raw.SendFragmentAsync(bytes[..10_000], isCommand: false, isLast: false, Token);
        await ServerHarness.EventuallyAsync(() => harness.Files().Length == 1, "the object's temporary file was opened");
        await raw.SendAsync(new AAbort(), Token);

        await ServerHarness.EventuallyAsync(() => harness.Files().Length == 0 && harness.Server.Status.OpenAssociations == 0, "the temporary file was deleted");
        Assert.Equal(0, harness.Server.Status.ObjectsReceived);
        Assert.Contains("aborted", harness.Server.Status.LastError, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_full_disk_is_answered_A700_and_the_association_goes_on()
    {
        var temporary = Path.Combine(Path.GetTempPath(), $"openrem-never-{Guid.NewGuid():N}.part");
        await using var harness = ServerHarness.Start(o => o with
        {
            StoreSinkFactory = request => DicomStoreFileSink.Open(request, temporary, new FileStream("/dev/full", FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1), flushToDisk: false),
        });
        var proposal = new DicomPresentationContextProposal(DicomUID.Parse(TestObjects.XRayDoseSr), DicomTransferSyntax.ExplicitVRLittleEndian);
        await using var association = await harness.Client().OpenAssociationAsync([proposal, DicomPresentationContextProposal.Uncompressed(DicomUID.Verification)], Token);

        var response = await association.SendCStoreAsync(new DicomCStoreRequest(TestObjects.DoseReport(), DicomTransferSyntax.ExplicitVRLittleEndian), Token);
        var echo = await association.SendCEchoAsync(Token);
        await association.ReleaseAsync(Token);

        Assert.Equal(0xA700, response.Status.Code);
        Assert.Contains("Cannot write", response.Status.ErrorComment, StringComparison.Ordinal);
        Assert.Equal(DicomStatus.Success, echo.Status);
        Assert.False(File.Exists(temporary));
        Assert.Empty(harness.Files());
    }

    [Fact]
    public async Task A_C_STORE_without_a_data_set_is_answered_C000_and_one_on_the_verification_context_0122()
    {
        await using var harness = ServerHarness.Start();
        await using var raw = await RawAssociation.ConnectAsync(harness.Server.Port, Token);
        await raw.AssociateAsync(ServerHarness.ServerAE, TestObjects.XRayDoseSr, DicomTransferSyntax.ExplicitVRLittleEndian.UID.UID, Token);
        var request = new DicomCStoreRequest(TestObjects.DoseReport(), DicomTransferSyntax.ExplicitVRLittleEndian) { MessageID = 7 };

        await raw.SendFragmentAsync(DicomCommandCodec.Encode(request.Command), isCommand: true, isLast: true, Token);
        var noDataset = await raw.ReceiveCommandAsync(Token);
        request.SOPClassUID = DicomUID.Verification;
        request.MessageID = 8;
        request.Command.AddOrUpdate<ushort>(DicomTag.CommandDataSetType, DicomMessage.CommandDataSetTypePresent);
        await raw.SendFragmentAsync(DicomCommandCodec.Encode(request.Command), isCommand: true, isLast: true, Token);
        await raw.SendFragmentAsync(new byte[16], isCommand: false, isLast: true, Token);
        var wrongClass = await raw.ReceiveCommandAsync(Token);

        Assert.Equal(0xC000, noDataset.GetSingleValue<ushort>(DicomTag.Status));
        Assert.Equal(7, noDataset.GetSingleValue<ushort>(DicomTag.MessageIDBeingRespondedTo));
        Assert.Equal(0x0122, wrongClass.GetSingleValue<ushort>(DicomTag.Status));
        Assert.Empty(harness.Files());
    }

    [Fact]
    public async Task Data_on_a_context_that_was_not_accepted_aborts_the_association()
    {
        await using var harness = ServerHarness.Start();
        await using var raw = await RawAssociation.ConnectAsync(harness.Server.Port, Token);
        await raw.AssociateAsync(ServerHarness.ServerAE, TestObjects.XRayDoseSr, DicomTransferSyntax.ExplicitVRLittleEndian.UID.UID, Token);

        await raw.SendAsync(new PDataTF(new PDV(3, isCommand: true, isLastFragment: true, new byte[8])), Token);
        var answer = await raw.ReceiveAsync(Token);

        var abort = Assert.IsType<AAbort>(answer);
        Assert.Equal(DicomAbortSource.ServiceProvider, abort.Source);
        Assert.Equal(DicomAbortReason.UnexpectedPDUParameter, abort.Reason);
    }

    [Fact]
    public async Task An_idle_association_is_aborted_after_the_idle_timeout()
    {
        await using var harness = ServerHarness.Start(o => o with { DimseIdleTimeout = TimeSpan.FromMilliseconds(300) });
        await using var raw = await RawAssociation.ConnectAsync(harness.Server.Port, Token);
        await raw.AssociateAsync(ServerHarness.ServerAE, TestObjects.XRayDoseSr, DicomTransferSyntax.ExplicitVRLittleEndian.UID.UID, Token);

        var answer = await raw.ReceiveAsync(Token).WaitAsync(TimeSpan.FromSeconds(10), Token);

        Assert.IsType<AAbort>(answer);
    }

    [Fact]
    public async Task A_connection_that_sends_no_association_request_is_closed_when_the_ARTIM_timer_runs_out()
    {
        await using var harness = ServerHarness.Start(o => o with { ArtimTimeout = TimeSpan.FromMilliseconds(300) });
        await using var raw = await RawAssociation.ConnectAsync(harness.Server.Port, Token);

        var answer = await raw.ReceiveAsync(Token).WaitAsync(TimeSpan.FromSeconds(10), Token);

        Assert.Null(answer);
        await ServerHarness.EventuallyAsync(() => harness.Server.Status.LastError?.Contains("no association request", StringComparison.Ordinal) == true, "the timeout is reported");
    }

    [Fact]
    public async Task A_port_already_in_use_gives_a_clear_exception()
    {
        await using var harness = ServerHarness.Start();

        var e = Assert.Throws<DicomNetworkException>(() => DicomServerFactory.CreateStoreScp(harness.Server.Port, "127.0.0.1", new DicomServerOptions { StoreDirectory = harness.Directory }));

        Assert.Contains("already in use", e.Message, StringComparison.Ordinal);
    }
}
