using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Client;
using OpenRem.Dicom.Network.Pdu;
using OpenRem.Dicom.Network.Transport;
using OpenRem.Dicom.Tests.Network.Pdu;

namespace OpenRem.Dicom.Tests.Network.Client;

public sealed class CancelTests
{
    [Fact]
    public async Task Cancelling_the_token_sends_C_CANCEL_on_the_same_context_drains_to_the_final_and_keeps_the_association()
    {
        await using var harness = new ClientHarness();
        var peer = Task.Run(async () =>
        {
            await harness.Peer.AcceptAsync();
            var find = await harness.Peer.ExpectMessageAsync<DicomCFindRequest>();
            await harness.Peer.RespondAsync(find, FindTests.Pending(find, "1.2.3.1"));
            var cancel = await harness.Peer.ReceiveDimseAsync();

            // Answers already on their way arrive before the cancel takes effect.
            await harness.Peer.RespondAsync(find, FindTests.Pending(find, "1.2.3.2"));
            await harness.Peer.RespondAsync(find, new DicomCFindResponse(find, DicomStatus.Cancel));
            var echo = await harness.Peer.ExpectMessageAsync<DicomCEchoRequest>();
            await harness.Peer.RespondAsync(echo, new DicomCEchoResponse(echo, DicomStatus.Success));
            await harness.Peer.AnswerReleaseAsync();
            return (find, cancel);
        }, ClientHarness.TestToken);

        await using var association = await harness.Client.OpenAssociationAsync(ClientHarness.TestToken);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ClientHarness.TestToken);
        var seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var response in association.SendCFindAsync(DicomCFindRequest.CreateStudyQuery(), stop.Token))
            {
                seen++;
                await stop.CancelAsync();
            }
        });

        var echoed = await association.SendCEchoAsync(ClientHarness.TestToken);
        await association.ReleaseAsync(ClientHarness.TestToken);
        var (findRequest, cancelMessage) = await peer;

        Assert.Equal(1, seen);
        Assert.Equal(DicomStatus.Success, echoed.Status);
        var cancelRequest = Assert.IsType<DicomCCancelRequest>(DicomMessageFactory.Create(cancelMessage.Command));
        Assert.Equal(findRequest.MessageID, cancelRequest.RequestMessageID);
        Assert.Equal(harness.Peer.Request.PresentationContexts.Single(c => c.AbstractSyntax == DicomUID.StudyRootQueryRetrieveInformationModelFind.UID).Id, cancelMessage.PresentationContextId);
        Assert.Null(cancelMessage.DatasetBytes);

        // findscu's C-CANCEL-RQ for message ID 1 is what this client sends.
        var captured = GoldenVectors.Scenario("find-cancel").Where(c => c.FromRequestor && c.Bytes[0] == 0x04).Select(c => c.Bytes.AsSpan(12).ToArray()).First(b => b.Length == 42);
        Assert.Equal(captured, DicomCommandCodec.Encode(new DicomCCancelRequest(1).Command));
    }

    [Fact]
    public async Task Leaving_the_loop_early_cancels_and_drains_before_the_next_request()
    {
        await using var harness = new ClientHarness();
        var peer = Task.Run(async () =>
        {
            await harness.Peer.AcceptAsync();
            var find = await harness.Peer.ExpectMessageAsync<DicomCFindRequest>();
            await harness.Peer.RespondAsync(find, FindTests.Pending(find, "1.2.3.1"));
            await harness.Peer.RespondAsync(find, FindTests.Pending(find, "1.2.3.2"));
            var cancel = await harness.Peer.ExpectMessageAsync<DicomCCancelRequest>();

            // This peer ignores the cancel and completes normally, which a client must accept too.
            await harness.Peer.RespondAsync(find, FindTests.Pending(find, "1.2.3.3"));
            await harness.Peer.RespondAsync(find, new DicomCFindResponse(find, DicomStatus.Success));
            var second = await harness.Peer.ExpectMessageAsync<DicomCFindRequest>();
            await harness.Peer.RespondAsync(second, new DicomCFindResponse(second, DicomStatus.Success));
            await harness.Peer.AnswerReleaseAsync();
            return (cancel, second);
        }, ClientHarness.TestToken);

        await using var association = await harness.Client.OpenAssociationAsync(ClientHarness.TestToken);
        await foreach (var response in association.SendCFindAsync(DicomCFindRequest.CreateStudyQuery(), ClientHarness.TestToken))
        {
            Assert.Equal(DicomState.Pending, response.Status.State);
            break;
        }

        var next = await FindTests.Collect(association.SendCFindAsync(DicomCFindRequest.CreateStudyQuery(), ClientHarness.TestToken));
        await association.ReleaseAsync(ClientHarness.TestToken);
        var (cancel, second) = await peer;

        Assert.Equal(1, cancel.RequestMessageID);
        Assert.Equal(2, second.MessageID);
        Assert.Equal(DicomStatus.Success, Assert.Single(next).Status);
    }

    [Fact]
    public async Task A_peer_that_never_answers_the_cancel_is_aborted_after_the_cancel_response_timeout()
    {
        await using var harness = new ClientHarness(new DicomClientOptions { CancelResponseTimeout = TimeSpan.FromMilliseconds(300) });
        var peer = Task.Run(async () =>
        {
            await harness.Peer.AcceptAsync();
            var find = await harness.Peer.ExpectMessageAsync<DicomCFindRequest>();
            await harness.Peer.RespondAsync(find, FindTests.Pending(find, "1.2.3.1"));
            await harness.Peer.ExpectMessageAsync<DicomCCancelRequest>();
            return await harness.Peer.ReceiveAsync();
        }, ClientHarness.TestToken);

        var error = await Assert.ThrowsAsync<DicomRequestTimedOutException>(async () =>
        {
            await foreach (var response in harness.Client.SendCFindAsync(DicomCFindRequest.CreateStudyQuery(), ClientHarness.TestToken))
            {
                break;
            }
        });

        Assert.Equal(DicomTimeoutKind.CancelResponse, error.Kind);
        Assert.Contains("C-CANCEL response timeout", error.Message, StringComparison.Ordinal);
        var abort = Assert.IsType<AAbort>(await peer);
        Assert.Equal(DicomAbortSource.ServiceUser, abort.Source);
    }
}
