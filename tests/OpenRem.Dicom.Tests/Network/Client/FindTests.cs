using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Transport;
using OpenRem.Dicom.Tests.Network.Pdu;

namespace OpenRem.Dicom.Tests.Network.Client;

public sealed class FindTests
{
    [Fact]
    public async Task Find_yields_each_pending_identifier_then_the_final_response()
    {
        await using var harness = new ClientHarness();
        var peer = Task.Run(async () =>
        {
            await harness.Peer.AcceptAsync();
            var find = await harness.Peer.ExpectMessageAsync<DicomCFindRequest>();
            foreach (var uid in new[] { "1.2.3.1", "1.2.3.2", "1.2.3.3" })
            {
                await harness.Peer.RespondAsync(find, Pending(find, uid));
            }

            await harness.Peer.RespondAsync(find, new DicomCFindResponse(find, DicomStatus.Success));
            await harness.Peer.AnswerReleaseAsync();
            return find;
        }, ClientHarness.TestToken);

        var request = DicomCFindRequest.CreateStudyQuery(studyDate: "20100405-20100406");
        var responses = new List<DicomCFindResponse>();
        await foreach (var response in harness.Client.SendCFindAsync(request, ClientHarness.TestToken))
        {
            responses.Add(response);
        }

        var received = await peer;
        Assert.Equal(4, responses.Count);
        Assert.Equal(["1.2.3.1", "1.2.3.2", "1.2.3.3"], responses.Take(3).Select(r => r.Dataset!.GetString(DicomTag.StudyInstanceUID)));
        Assert.All(responses.Take(3), r => Assert.Equal(DicomState.Pending, r.Status.State));
        Assert.Equal(DicomStatus.Success, responses[3].Status);
        Assert.Null(responses[3].Dataset);
        Assert.Equal(DicomUID.StudyRootQueryRetrieveInformationModelFind, received.SOPClassUID);
        Assert.Equal(DicomQueryRetrieveLevel.Study, received.Level);
        Assert.Equal("20100405-20100406", received.Dataset!.GetString(DicomTag.StudyDate));
        Assert.Equal(string.Empty, received.Dataset.GetString(DicomTag.ModalitiesInStudy));
    }

    [Fact]
    public async Task Find_request_command_set_is_byte_for_byte_the_one_findscu_sends()
    {
        await using var harness = new ClientHarness();
        var peer = Task.Run(async () =>
        {
            await harness.Peer.AcceptAsync();
            var find = await harness.Peer.ReceiveDimseAsync();
            var request = new DicomCFindRequest(find.Command);
            await harness.Peer.RespondAsync(request, new DicomCFindResponse(request, DicomStatus.Success));
            await harness.Peer.AnswerReleaseAsync();
            return find;
        }, ClientHarness.TestToken);

        await foreach (var response in harness.Client.SendCFindAsync(DicomCFindRequest.CreateStudyQuery(), ClientHarness.TestToken))
        {
            Assert.Equal(DicomStatus.Success, response.Status);
        }

        var received = await peer;
        var captured = GoldenVectors.Capture("find-study-c1-003-rq-P-DATA-TF.bin").Bytes.AsSpan(12).ToArray();
        Assert.Equal(88, captured.Length);
        Assert.Equal(captured, DicomCommandCodec.Encode(received.Command));
        Assert.Equal(76u, received.Command.GetSingleValue<uint>(DicomTag.CommandGroupLength));
        Assert.Equal((ushort)0x0001, received.Command.GetSingleValue<ushort>(DicomTag.CommandDataSetType));
    }

    [Fact]
    public async Task A_pending_response_reaches_the_consumer_before_the_peer_sends_the_next()
    {
        await using var harness = new ClientHarness();
        var firstSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var peer = Task.Run(async () =>
        {
            await harness.Peer.AcceptAsync();
            var find = await harness.Peer.ExpectMessageAsync<DicomCFindRequest>();
            await harness.Peer.RespondAsync(find, Pending(find, "1.2.3.1"));
            await firstSeen.Task.WaitAsync(ScriptedPeer.StepTimeout, ClientHarness.TestToken);
            await harness.Peer.RespondAsync(find, new DicomCFindResponse(find, DicomStatus.Success));
            await harness.Peer.AnswerReleaseAsync();
        }, ClientHarness.TestToken);

        var count = 0;
        await foreach (var response in harness.Client.SendCFindAsync(DicomCFindRequest.CreateStudyQuery(), ClientHarness.TestToken))
        {
            count++;
            firstSeen.TrySetResult();
        }

        await peer;
        Assert.Equal(2, count);
    }

    [Fact]
    public async Task An_identifier_on_the_final_response_is_read_and_dropped()
    {
        await using var harness = new ClientHarness();
        var peer = Task.Run(async () =>
        {
            await harness.Peer.AcceptAsync();
            var find = await harness.Peer.ExpectMessageAsync<DicomCFindRequest>();
            var final = new DicomCFindResponse(find, DicomStatus.Success) { Dataset = new DicomDataset() };
            final.Dataset.AddOrUpdate(DicomTag.StudyInstanceUID, "9.9");
            await harness.Peer.RespondAsync(find, final);
            await harness.Peer.AnswerReleaseAsync();
        }, ClientHarness.TestToken);

        var responses = await Collect(harness.Client.SendCFindAsync(DicomCFindRequest.CreateStudyQuery(), ClientHarness.TestToken));
        await peer;

        var only = Assert.Single(responses);
        Assert.Null(only.Dataset);
        Assert.Equal(DicomState.Success, only.Status.State);
    }

    [Fact]
    public async Task Identifiers_larger_than_the_peer_maximum_are_sent_in_even_fragments_within_it()
    {
        await using var harness = new ClientHarness();
        harness.Peer.MaximumPduLength = 4096;
        var peer = Task.Run(async () =>
        {
            await harness.Peer.AcceptAsync();
            var pdus = new List<OpenRem.Dicom.Network.Pdu.PDataTF>();
            while (pdus.Count == 0 || !pdus[^1].PDVs[^1].IsLastFragment || pdus[^1].PDVs[^1].IsCommand)
            {
                pdus.Add(await harness.Peer.ExpectAsync<OpenRem.Dicom.Network.Pdu.PDataTF>());
            }

            await harness.Peer.SendAsync(new OpenRem.Dicom.Network.Pdu.AAbort());
            return pdus;
        }, ClientHarness.TestToken);

        var request = DicomCFindRequest.CreateStudyQuery();
        request.Dataset!.AddOrUpdate(DicomTag.StudyDescription, new string('x', 20000));
        await Assert.ThrowsAsync<DicomAssociationAbortedException>(() => Collect(harness.Client.SendCFindAsync(request, ClientHarness.TestToken)));

        var sent = await peer;
        Assert.True(sent.Count >= 6);
        Assert.All(sent, pdu => Assert.True(pdu.Length <= 4096, $"a PDU of {pdu.Length} bytes"));
        Assert.All(sent, pdu => Assert.Equal(0, pdu.PDVs[0].Value.Length % 2));
        Assert.Equal(4096, sent[1].Length);
    }

    internal static DicomCFindResponse Pending(DicomCFindRequest request, string studyUid)
    {
        var response = new DicomCFindResponse(request, DicomStatus.Pending) { Dataset = new DicomDataset() };
        response.Dataset.AddOrUpdate(DicomTag.QueryRetrieveLevel, "STUDY");
        response.Dataset.AddOrUpdate(DicomTag.StudyInstanceUID, studyUid);
        return response;
    }

    internal static async Task<List<T>> Collect<T>(IAsyncEnumerable<T> responses)
    {
        var list = new List<T>();
        await foreach (var response in responses)
        {
            list.Add(response);
        }

        return list;
    }
}
