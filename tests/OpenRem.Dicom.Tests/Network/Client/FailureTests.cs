using System.Net;
using System.Net.Sockets;
using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Client;
using OpenRem.Dicom.Network.Pdu;
using OpenRem.Dicom.Tests.Network.Pdu;

namespace OpenRem.Dicom.Tests.Network.Client;

public sealed class FailureTests
{
    [Fact]
    public async Task A_rejection_names_result_source_and_reason()
    {
        await using var harness = new ClientHarness();
        var peer = Task.Run(async () =>
        {
            await harness.Peer.ExpectAssociateRequestAsync();
            await harness.Peer.SendBytesAsync(GoldenVectors.Capture("reject-called-ae-c1-002-ac-A-ASSOCIATE-RJ.bin").Bytes);
            return await harness.Peer.WaitForCloseAsync();
        }, ClientHarness.TestToken);

        var error = await Assert.ThrowsAsync<DicomAssociationRejectedException>(() => harness.Client.SendCEchoAsync(ClientHarness.TestToken));

        Assert.Equal("association rejected (permanent) by the service user: called AE title not recognised", error.Message);
        Assert.Equal(DicomRejectResult.Permanent, error.RejectResult);
        Assert.Equal(DicomRejectSource.ServiceUser, error.RejectSource);
        Assert.Equal(DicomRejectReason.CalledAENotRecognized, error.RejectReason);
        Assert.True(await peer);
    }

    [Fact]
    public async Task An_abort_during_a_find_ends_the_enumeration_with_its_source_and_reason()
    {
        await using var harness = new ClientHarness();
        var peer = Task.Run(async () =>
        {
            await harness.Peer.AcceptAsync();
            var find = await harness.Peer.ExpectMessageAsync<DicomCFindRequest>();
            await harness.Peer.RespondAsync(find, FindTests.Pending(find, "1.2.3.1"));
            await harness.Peer.SendAsync(new AAbort(DicomAbortSource.ServiceProvider, DicomAbortReason.UnexpectedPDU));
            return await harness.Peer.WaitForCloseAsync();
        }, ClientHarness.TestToken);

        var seen = 0;
        var error = await Assert.ThrowsAsync<DicomAssociationAbortedException>(async () =>
        {
            await foreach (var response in harness.Client.SendCFindAsync(DicomCFindRequest.CreateStudyQuery(), ClientHarness.TestToken))
            {
                seen++;
            }
        });

        Assert.Equal(1, seen);
        Assert.Equal("association aborted by the service provider: unexpected PDU", error.Message);
        Assert.Equal(DicomAbortSource.ServiceProvider, error.AbortSource);
        Assert.True(await peer);
    }

    [Fact]
    public async Task A_peer_that_stops_sending_hits_the_DIMSE_idle_timeout_and_is_aborted()
    {
        await using var harness = new ClientHarness(new DicomClientOptions { DimseIdleTimeout = TimeSpan.FromMilliseconds(300) });
        var peer = Task.Run(async () =>
        {
            await harness.Peer.AcceptAsync();
            await harness.Peer.ExpectMessageAsync<DicomCEchoRequest>();
            return await harness.Peer.ReceiveAsync();
        }, ClientHarness.TestToken);

        var error = await Assert.ThrowsAsync<DicomRequestTimedOutException>(() => harness.Client.SendCEchoAsync(ClientHarness.TestToken));

        Assert.Equal(DicomTimeoutKind.DimseIdle, error.Kind);
        Assert.Contains("DIMSE idle timeout of 300 ms", error.Message, StringComparison.Ordinal);
        Assert.IsType<AAbort>(await peer);
    }

    [Fact]
    public async Task A_peer_stalling_in_the_middle_of_a_PDU_hits_the_idle_timeout()
    {
        await using var harness = new ClientHarness(new DicomClientOptions { DimseIdleTimeout = TimeSpan.FromMilliseconds(300) });
        var peer = Task.Run(async () =>
        {
            await harness.Peer.AcceptAsync();
            await harness.Peer.ExpectMessageAsync<DicomCEchoRequest>();
            await harness.Peer.SendBytesAsync(GoldenVectors.Capture("echo-c1-004-ac-P-DATA-TF.bin").Bytes.AsSpan(0, 30).ToArray());
            return await harness.Peer.ReceiveAsync();
        }, ClientHarness.TestToken);

        var error = await Assert.ThrowsAsync<DicomRequestTimedOutException>(() => harness.Client.SendCEchoAsync(ClientHarness.TestToken));

        Assert.Equal(DicomTimeoutKind.DimseIdle, error.Kind);
        Assert.IsType<AAbort>(await peer);
    }

    [Fact]
    public async Task A_peer_closing_in_the_middle_of_a_PDU_is_reported_as_such()
    {
        await using var harness = new ClientHarness();
        var peer = Task.Run(async () =>
        {
            await harness.Peer.AcceptAsync();
            await harness.Peer.ExpectMessageAsync<DicomCEchoRequest>();
            await harness.Peer.SendBytesAsync(GoldenVectors.Capture("echo-c1-004-ac-P-DATA-TF.bin").Bytes.AsSpan(0, 30).ToArray());
            harness.Peer.Close();
        }, ClientHarness.TestToken);

        var error = await Assert.ThrowsAsync<ConnectionClosedPrematurelyException>(() => harness.Client.SendCEchoAsync(ClientHarness.TestToken));
        await peer;

        Assert.Contains("closed after 24 of the 84 bytes of the P-DATA-TF body", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_peer_closing_between_PDUs_while_a_response_is_awaited_is_reported()
    {
        await using var harness = new ClientHarness();
        var peer = Task.Run(async () =>
        {
            await harness.Peer.AcceptAsync();
            await harness.Peer.ExpectMessageAsync<DicomCEchoRequest>();
            harness.Peer.Close();
        }, ClientHarness.TestToken);

        var error = await Assert.ThrowsAsync<ConnectionClosedPrematurelyException>(() => harness.Client.SendCEchoAsync(ClientHarness.TestToken));
        await peer;

        Assert.Contains("closed the connection without releasing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_answer_to_the_association_request_is_the_association_request_timeout()
    {
        await using var harness = new ClientHarness(new DicomClientOptions { AssociationRequestTimeout = TimeSpan.FromMilliseconds(300) });
        var peer = Task.Run(async () =>
        {
            await harness.Peer.ExpectAssociateRequestAsync();
            return await harness.Peer.ReceiveAsync();
        }, ClientHarness.TestToken);

        var error = await Assert.ThrowsAsync<DicomRequestTimedOutException>(() => harness.Client.SendCEchoAsync(ClientHarness.TestToken));

        Assert.Equal(DicomTimeoutKind.AssociationRequest, error.Kind);
        Assert.Contains("no answer from PACS at pipe:104", error.Message, StringComparison.Ordinal);
        Assert.IsType<AAbort>(await peer);
        Assert.True(harness.ClientClosedConnection);
    }

    [Fact]
    public async Task An_unexpected_PDU_while_established_is_answered_with_a_provider_abort()
    {
        await using var harness = new ClientHarness();
        var peer = Task.Run(async () =>
        {
            var request = await harness.Peer.AcceptAsync();
            await harness.Peer.ExpectMessageAsync<DicomCEchoRequest>();
            await harness.Peer.SendAsync(new AAssociateAC(request.CalledAE, request.CallingAE, [], UserInformationItem.Create(16384, "1.2.3")));
            return await harness.Peer.ReceiveAsync();
        }, ClientHarness.TestToken);

        var error = await Assert.ThrowsAsync<DicomNetworkException>(() => harness.Client.SendCEchoAsync(ClientHarness.TestToken));

        Assert.Contains("unexpected A-ASSOCIATE-AC", error.Message, StringComparison.Ordinal);
        var abort = Assert.IsType<AAbort>(await peer);
        Assert.Equal(DicomAbortSource.ServiceProvider, abort.Source);
        Assert.Equal(DicomAbortReason.UnexpectedPDU, abort.Reason);
    }

    [Fact]
    public async Task Data_on_a_context_that_was_not_accepted_aborts_the_association()
    {
        await using var harness = new ClientHarness();
        var peer = Task.Run(async () =>
        {
            await harness.Peer.AcceptAsync();
            var echo = await harness.Peer.ExpectMessageAsync<DicomCEchoRequest>();
            await harness.Peer.SendMessageAsync(new DicomCEchoResponse(echo, DicomStatus.Success), presentationContextId: 9);
            return await harness.Peer.ReceiveAsync();
        }, ClientHarness.TestToken);

        var error = await Assert.ThrowsAsync<DicomNetworkException>(() => harness.Client.SendCEchoAsync(ClientHarness.TestToken));

        Assert.Contains("presentation context 9", error.Message, StringComparison.Ordinal);
        var abort = Assert.IsType<AAbort>(await peer);
        Assert.Equal(DicomAbortReason.UnexpectedPDUParameter, abort.Reason);
    }

    [Fact]
    public async Task A_peer_that_never_answers_the_release_request_is_aborted_after_the_release_timeout()
    {
        await using var harness = new ClientHarness(new DicomClientOptions { ReleaseTimeout = TimeSpan.FromMilliseconds(300) });
        var peer = Task.Run(async () =>
        {
            await harness.Peer.AcceptAsync();
            await harness.Peer.ExpectAsync<AReleaseRQ>();
            return await harness.Peer.ReceiveAsync();
        }, ClientHarness.TestToken);

        await using var association = await harness.Client.OpenAssociationAsync(ClientHarness.TestToken);
        var error = await Assert.ThrowsAsync<DicomRequestTimedOutException>(() => association.ReleaseAsync(ClientHarness.TestToken));

        Assert.Equal(DicomTimeoutKind.Release, error.Kind);
        Assert.IsType<AAbort>(await peer);
        Assert.False(association.IsUsable);
    }

    [Fact]
    public async Task A_peer_that_closes_instead_of_answering_the_release_counts_as_released()
    {
        await using var harness = new ClientHarness();
        var peer = Task.Run(async () =>
        {
            await harness.Peer.AcceptAsync();
            await harness.Peer.ExpectAsync<AReleaseRQ>();
            harness.Peer.Close();
        }, ClientHarness.TestToken);

        await using var association = await harness.Client.OpenAssociationAsync(ClientHarness.TestToken);
        await association.ReleaseAsync(ClientHarness.TestToken);
        await peer;

        Assert.False(association.IsUsable);
    }

    [Fact]
    public async Task A_request_for_a_rejected_context_fails_without_touching_the_association()
    {
        await using var harness = new ClientHarness();
        var peer = Task.Run(async () =>
        {
            await harness.Peer.AcceptAsync(DicomUID.StudyRootQueryRetrieveInformationModelMove);
            await harness.Peer.AnswerReleaseAsync();
        }, ClientHarness.TestToken);

        await using var association = await harness.Client.OpenAssociationAsync(ClientHarness.TestToken);
        var error = await Assert.ThrowsAsync<DicomNetworkException>(() => FindTests.Collect(association.SendCMoveAsync(new DicomCMoveRequest("DEST", "1.2"), ClientHarness.TestToken)));
        Assert.True(association.IsUsable);
        await association.ReleaseAsync(ClientHarness.TestToken);
        await peer;

        Assert.Contains("did not accept Study Root Query/Retrieve Information Model - MOVE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connection_refused_names_host_and_port()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var client = DicomClientFactory.Create("127.0.0.1", port, useTls: false, "OPENREM", "PACS");
        var error = await Assert.ThrowsAsync<DicomNetworkException>(() => client.SendCEchoAsync(ClientHarness.TestToken));

        Assert.Equal($"connection refused by 127.0.0.1:{port}", error.Message);
    }
}
