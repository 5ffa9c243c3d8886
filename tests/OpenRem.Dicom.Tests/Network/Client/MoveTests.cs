using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Client;
using OpenRem.Dicom.Network.Transport;
using OpenRem.Dicom.Tests.Network.Pdu;

namespace OpenRem.Dicom.Tests.Network.Client;

public sealed class MoveTests
{
    [Fact]
    public async Task Move_streams_progress_and_a_final_without_remaining_count()
    {
        await using var harness = new ClientHarness();
        var peer = Task.Run(async () =>
        {
            await harness.Peer.AcceptAsync();
            var move = await harness.Peer.ExpectMessageAsync<DicomCMoveRequest>();
            for (var done = 1; done <= 2; done++)
            {
                await harness.Peer.RespondAsync(move, new DicomCMoveResponse(move, DicomStatus.Pending) { Remaining = 2 - done, Completed = done, Failures = 0, Warnings = 0 });
            }

            await harness.Peer.RespondAsync(move, new DicomCMoveResponse(move, DicomStatus.Success) { Completed = 2, Failures = 0, Warnings = 0 });
            await harness.Peer.AnswerReleaseAsync();
            return move;
        }, ClientHarness.TestToken);

        var request = new DicomCMoveRequest("MOVEDEST", "1.3.6.1.4.1.5962.1.2.1.20040119072730.12322", "1.3.6.1.4.1.5962.1.3.1.1.20040119072730.12322");
        var responses = await FindTests.Collect(harness.Client.SendCMoveAsync(request, ClientHarness.TestToken));
        var received = await peer;

        Assert.Equal([1, 0, null], responses.Select(r => r.Remaining));
        Assert.Equal([1, 2, 2], responses.Select(r => r.Completed));
        Assert.All(responses, r => Assert.Equal(0, r.Failures));
        Assert.Equal([DicomState.Pending, DicomState.Pending, DicomState.Success], responses.Select(r => r.Status.State));
        Assert.Equal("MOVEDEST", received.DestinationAE);
        Assert.Equal(DicomQueryRetrieveLevel.Series, received.Level);

        // movescu's C-MOVE-RQ for the same series is what this client sends.
        var captured = GoldenVectors.Capture("move-series-c1-003-rq-P-DATA-TF.bin").Bytes.AsSpan(12).ToArray();
        Assert.Equal(captured, DicomCommandCodec.Encode(received.Command));
    }

    [Fact]
    public async Task An_unknown_move_destination_is_a_failure_status_with_zero_counters()
    {
        await using var harness = new ClientHarness();
        var peer = Task.Run(async () =>
        {
            await harness.Peer.AcceptAsync();
            var move = await harness.Peer.ExpectMessageAsync<DicomCMoveRequest>();

            // dcmqrscp's answer, captured in move-unknown-dest.
            var captured = GoldenVectors.Scenario("move-unknown-dest").Where(c => !c.FromRequestor && c.Bytes[0] == 0x04).Last();
            // There it came on context 3; this client proposed the MOVE model as context 1.
            var bytes = captured.Bytes.ToArray();
            Assert.Equal(3, bytes[10]);
            bytes[10] = 1;
            await harness.Peer.SendBytesAsync(bytes);
            await harness.Peer.AnswerReleaseAsync();
        }, ClientHarness.TestToken);

        var response = Assert.Single(await FindTests.Collect(harness.Client.SendCMoveAsync(new DicomCMoveRequest("NOSUCHAE", "1.2.3"), ClientHarness.TestToken)));
        await peer;

        Assert.Equal(0xA801, response.Status.Code);
        Assert.Equal(DicomState.Failure, response.Status.State);
        Assert.Equal("Refused: move destination unknown (0xA801)", response.Status.ToString());
        Assert.Null(response.Remaining);
        Assert.Equal(0, response.Completed);
        Assert.Equal(0, response.Failures);
        Assert.Equal(0, response.Warnings);
    }

    [Fact]
    public async Task A_move_longer_than_its_total_timeout_is_cancelled_and_reported()
    {
        await using var harness = new ClientHarness(new DicomClientOptions { TotalMoveTimeout = TimeSpan.FromMilliseconds(300) });
        var peer = Task.Run(async () =>
        {
            await harness.Peer.AcceptAsync();
            var move = await harness.Peer.ExpectMessageAsync<DicomCMoveRequest>();
            await harness.Peer.RespondAsync(move, new DicomCMoveResponse(move, DicomStatus.Pending) { Remaining = 5, Completed = 0, Failures = 0, Warnings = 0 });
            var cancel = await harness.Peer.ExpectMessageAsync<DicomCCancelRequest>();
            await harness.Peer.RespondAsync(move, new DicomCMoveResponse(move, DicomStatus.Cancel) { Remaining = 4, Completed = 1, Failures = 0, Warnings = 0 });
            await harness.Peer.AnswerReleaseAsync();
            return cancel;
        }, ClientHarness.TestToken);

        var progress = 0;
        var error = await Assert.ThrowsAsync<DicomRequestTimedOutException>(async () =>
        {
            await foreach (var response in harness.Client.SendCMoveAsync(new DicomCMoveRequest("MOVEDEST", "1.2.3"), ClientHarness.TestToken))
            {
                progress++;
            }
        });

        Assert.Equal(DicomTimeoutKind.MoveTotal, error.Kind);
        Assert.Equal(1, progress);
        Assert.Equal(1, (await peer).RequestMessageID);
    }
}
