using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Pdu;
using OpenRem.Dicom.Tests.Network.Pdu;

namespace OpenRem.Dicom.Tests.Network.Client;

public sealed class EchoTests
{
    [Fact]
    public async Task Echo_negotiates_verification_sends_the_command_DCMTK_sends_and_releases()
    {
        await using var harness = new ClientHarness();
        var peer = Task.Run(async () =>
        {
            var request = await harness.Peer.AcceptAsync();
            var echo = await harness.Peer.ReceiveDimseAsync();
            await harness.Peer.RespondAsync(new DicomCEchoRequest(echo.Command), new DicomCEchoResponse(new DicomCEchoRequest(echo.Command), DicomStatus.Success));
            await harness.Peer.AnswerReleaseAsync();
            return (request, echo, closed: await harness.Peer.WaitForCloseAsync());
        }, ClientHarness.TestToken);

        var response = await harness.Client.SendCEchoAsync(ClientHarness.TestToken);
        var (associateRequest, echoRequest, closed) = await peer;

        Assert.Equal(DicomStatus.Success, response.Status);
        Assert.Equal("Success (0x0000)", response.Status.ToString());
        Assert.Equal("OPENREM", associateRequest.CallingAE);
        Assert.Equal("PACS", associateRequest.CalledAE);
        var context = Assert.Single(associateRequest.PresentationContexts);
        Assert.Equal(DicomUID.Verification.UID, context.AbstractSyntax);
        Assert.Equal([DicomUID.ExplicitVRLittleEndian.UID, DicomUID.ImplicitVRLittleEndian.UID], context.TransferSyntaxes);
        Assert.Equal(262144u, associateRequest.UserInformation.MaximumLength);
        Assert.Equal(DicomImplementation.ClassUID, associateRequest.UserInformation.ImplementationClassUid);
        Assert.Equal(DicomImplementation.VersionName, associateRequest.UserInformation.ImplementationVersionName);

        // echoscu's C-ECHO-RQ (message ID 1) is exactly what this client sends.
        var captured = GoldenVectors.Capture("echo-c1-003-rq-P-DATA-TF.bin").Bytes;
        Assert.Equal(captured.AsSpan(12).ToArray(), OpenRem.Dicom.Network.Transport.DicomCommandCodec.Encode(echoRequest.Command));
        Assert.True(closed);
    }

    [Fact]
    public async Task Message_ids_start_at_one_and_increase_on_one_association()
    {
        await using var harness = new ClientHarness();
        var peer = Task.Run(async () =>
        {
            await harness.Peer.AcceptAsync();
            var ids = new List<ushort>();
            for (var i = 0; i < 3; i++)
            {
                var echo = await harness.Peer.ExpectMessageAsync<DicomCEchoRequest>();
                ids.Add(echo.MessageID);
                await harness.Peer.RespondAsync(echo, new DicomCEchoResponse(echo, DicomStatus.Success));
            }

            await harness.Peer.AnswerReleaseAsync();
            return ids;
        }, ClientHarness.TestToken);

        await using (var association = await harness.Client.OpenAssociationAsync(ClientHarness.TestToken))
        {
            for (var i = 0; i < 3; i++)
            {
                Assert.Equal(DicomState.Success, (await association.SendCEchoAsync(ClientHarness.TestToken)).Status.State);
            }

            await association.ReleaseAsync(ClientHarness.TestToken);
            Assert.False(association.IsUsable);
        }

        Assert.Equal([(ushort)1, (ushort)2, (ushort)3], await peer);
    }

    [Fact]
    public async Task The_default_association_proposes_verification_and_both_query_retrieve_models_without_big_endian()
    {
        await using var harness = new ClientHarness();
        var peer = Task.Run(async () =>
        {
            var request = await harness.Peer.AcceptAsync(DicomUID.PatientRootQueryRetrieveInformationModelMove);
            await harness.Peer.AnswerReleaseAsync();
            return request;
        }, ClientHarness.TestToken);

        await using var association = await harness.Client.OpenAssociationAsync(ClientHarness.TestToken);
        var rejected = association.Association.PresentationContexts.Single(c => c.AbstractSyntax == DicomUID.PatientRootQueryRetrieveInformationModelMove);
        await association.ReleaseAsync(ClientHarness.TestToken);
        var proposed = (await peer).PresentationContexts;

        Assert.Equal([1, 3, 5, 7, 9], proposed.Select(c => (int)c.Id));
        Assert.All(proposed, c => Assert.DoesNotContain(DicomUID.ExplicitVRBigEndian.UID, c.TransferSyntaxes));
        Assert.False(rejected.IsAccepted);
        Assert.Equal(DicomPresentationContextResult.RejectAbstractSyntaxNotSupported, rejected.Result);
        Assert.Equal(DicomTransferSyntax.ExplicitVRLittleEndian, association.Association.PresentationContexts[0].AcceptedTransferSyntax);
        Assert.Equal(16384u, association.Association.RemoteMaximumPduLength);
    }
}
