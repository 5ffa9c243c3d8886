using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Pdu;

namespace OpenRem.Dicom.Tests.Network.Pdu;

/// <summary>Field-by-field checks of the scenarios the association and DIMSE layers depend on (values from decoded/*.txt).</summary>
public sealed class KeyScenarioTests
{
    private const string ImplicitLittleEndian = "1.2.840.10008.1.2";
    private const string ExplicitLittleEndian = "1.2.840.10008.1.2.1";
    private const string ExplicitBigEndian = "1.2.840.10008.1.2.2";
    private const string Verification = "1.2.840.10008.1.1";
    private const string DcmtkImplementationClassUid = "1.2.276.0.7230010.3.0.3.6.7";

    [Fact]
    public void Echo_request_carries_dcmtk_defaults()
    {
        var rq = Decode<AAssociateRQ>("echo-c1-001-rq-A-ASSOCIATE-RQ.bin");

        Assert.Equal(211, rq.Length);
        Assert.Equal(1, rq.ProtocolVersion);
        Assert.Equal("STORESCP", rq.CalledAE);
        Assert.Equal("ECHOSCU", rq.CallingAE);
        Assert.Equal(ApplicationContextItem.DicomApplicationContextName, rq.ApplicationContextName);
        var pc = Assert.Single(rq.PresentationContexts);
        Assert.Equal(1, pc.Id);
        Assert.Equal(0x00FF00, pc.Reserved);
        Assert.Equal(Verification, pc.AbstractSyntax);
        Assert.Equal([ImplicitLittleEndian], pc.TransferSyntaxes);
        Assert.Equal(16384u, rq.UserInformation.MaximumLength);
        Assert.Equal(DcmtkImplementationClassUid, rq.UserInformation.ImplementationClassUid);
        Assert.Equal("OFFIS_DCMTK_367", rq.UserInformation.ImplementationVersionName);
        Assert.Null(rq.UserInformation.AsynchronousOperationsWindow);
        Assert.Empty(rq.UserInformation.RoleSelections);
    }

    [Fact]
    public void Echo_accept_echoes_the_ae_titles_and_accepts_implicit_little_endian()
    {
        var ac = Decode<AAssociateAC>("echo-c1-002-ac-A-ASSOCIATE-AC.bin");

        Assert.Equal("STORESCP", ac.CalledAE);
        Assert.Equal("ECHOSCU", ac.CallingAE);
        var pc = Assert.Single(ac.PresentationContexts);
        Assert.Equal(1, pc.Id);
        Assert.Equal(DicomPresentationContextResult.Accept, pc.Result);
        Assert.Equal(ImplicitLittleEndian, pc.TransferSyntax);
        Assert.Equal(4096u, ac.UserInformation.MaximumLength);
    }

    [Fact]
    public void Echo_command_travels_in_one_last_command_fragment()
    {
        var rq = Decode<PDataTF>("echo-c1-003-rq-P-DATA-TF.bin");
        var rsp = Decode<PDataTF>("echo-c1-004-ac-P-DATA-TF.bin");

        var rqPdv = Assert.Single(rq.PDVs);
        Assert.Equal((1, true, true, 68), (rqPdv.PCID, rqPdv.IsCommand, rqPdv.IsLastFragment, rqPdv.Value.Length));
        var rspPdv = Assert.Single(rsp.PDVs);
        Assert.Equal((1, true, true, 78), (rspPdv.PCID, rspPdv.IsCommand, rspPdv.IsLastFragment, rspPdv.Value.Length));
        Assert.IsType<AReleaseRQ>(PduDecoder.Decode(GoldenVectors.Capture("echo-c1-005-rq-A-RELEASE-RQ.bin").Bytes));
        Assert.IsType<AReleaseRP>(PduDecoder.Decode(GoldenVectors.Capture("echo-c1-006-ac-A-RELEASE-RP.bin").Bytes));
    }

    [Fact]
    public void Reject_for_a_wrong_called_ae_is_permanent_from_the_user_with_reason_7()
    {
        var rq = Decode<AAssociateRQ>("reject-called-ae-c1-001-rq-A-ASSOCIATE-RQ.bin");
        var rj = Decode<AAssociateRJ>("reject-called-ae-c1-002-ac-A-ASSOCIATE-RJ.bin");

        Assert.Equal("WRONGAE", rq.CalledAE);
        Assert.Equal(DicomRejectResult.Permanent, rj.Result);
        Assert.Equal(DicomRejectSource.ServiceUser, rj.Source);
        Assert.Equal(DicomRejectReason.CalledAENotRecognized, rj.Reason);
        Assert.Equal("rejected permanently by the service user: called AE title not recognised", rj.Description);
        Assert.Equal("A-ASSOCIATE-RJ: rejected permanently by the service user: called AE title not recognised", rj.ToString());
    }

    [Fact]
    public void Echo_abort_is_from_the_service_user_without_a_reason()
    {
        var abort = Decode<AAbort>("echo-abort-c1-005-rq-A-ABORT.bin");

        Assert.Equal(DicomAbortSource.ServiceUser, abort.Source);
        Assert.Equal(DicomAbortReason.NotSpecified, abort.Reason);
        Assert.Equal("A-ABORT: aborted by the service user: reason not specified", abort.ToString());
    }

    [Fact]
    public void Storescu_proposes_128_contexts_and_storescp_picks_big_endian_where_offered()
    {
        var rq = Decode<AAssociateRQ>("store-ct-maxpdu4096-c1-001-rq-A-ASSOCIATE-RQ.bin");
        var ac = Decode<AAssociateAC>("store-ct-maxpdu4096-c1-002-ac-A-ASSOCIATE-AC.bin");

        Assert.Equal(9615, rq.Length);
        Assert.Equal(128, rq.PresentationContexts.Count);
        Assert.Equal(Enumerable.Range(0, 128).Select(i => (byte)((2 * i) + 1)), rq.PresentationContexts.Select(pc => pc.Id));
        Assert.All(rq.PresentationContexts.Where(pc => pc.Id % 4 == 1), pc => Assert.Equal([ExplicitLittleEndian], pc.TransferSyntaxes));
        Assert.All(rq.PresentationContexts.Where(pc => pc.Id % 4 == 3), pc => Assert.Equal([ExplicitBigEndian, ImplicitLittleEndian], pc.TransferSyntaxes));
        var ct = rq.PresentationContexts.Single(pc => pc.Id == 41);
        Assert.Equal("1.2.840.10008.5.1.4.1.1.2", ct.AbstractSyntax);

        Assert.Equal(128, ac.PresentationContexts.Count);
        Assert.All(ac.PresentationContexts, pc => Assert.Equal(DicomPresentationContextResult.Accept, pc.Result));
        Assert.All(ac.PresentationContexts.Where(pc => pc.Id % 4 == 3), pc => Assert.Equal(ExplicitBigEndian, pc.TransferSyntax));
        Assert.Equal(4096u, ac.UserInformation.MaximumLength);
    }

    [Fact]
    public void Storescu_keeps_every_data_pdu_within_4096_bytes_including_the_header()
    {
        var scenario = GoldenVectors.Scenario("store-ct-maxpdu4096");
        var data = scenario.Where(c => c.FromRequestor && c.Bytes[0] == (byte)RawPduType.PDataTF)
            .Select(c => (PDataTF)PduDecoder.Decode(c.Bytes)).ToArray();

        var command = Assert.Single(data[0].PDVs);
        Assert.Equal((41, true, true, 142), (command.PCID, command.IsCommand, command.IsLastFragment, command.Value.Length));
        var fragments = data.Skip(1).Select(pdu => Assert.Single(pdu.PDVs)).ToArray();
        Assert.Equal(Enumerable.Repeat(4084, 9).Append(1976), fragments.Select(f => f.Value.Length));
        Assert.All(fragments, f => Assert.Equal(41, f.PCID));
        Assert.All(fragments, f => Assert.False(f.IsCommand));
        Assert.Equal(Enumerable.Repeat(false, 9).Append(true), fragments.Select(f => f.IsLastFragment));
        Assert.All(data, pdu => Assert.True(pdu.Length <= 4096));
        Assert.Equal(4096, data[1].Length);
    }

    [Fact]
    public void Plain_storescp_rejects_jpeg_contexts_with_result_4()
    {
        var rq = Decode<AAssociateRQ>("store-jpeg-ts-rejected-c1-001-rq-A-ASSOCIATE-RQ.bin");
        var ac = Decode<AAssociateAC>("store-jpeg-ts-rejected-c1-002-ac-A-ASSOCIATE-AC.bin");

        var jpegIds = rq.PresentationContexts.Where(pc => pc.TransferSyntaxes.SequenceEqual(["1.2.840.10008.1.2.4.50"])).Select(pc => pc.Id).ToHashSet();
        Assert.Equal(64, jpegIds.Count);
        var jpegAnswers = ac.PresentationContexts.Where(pc => jpegIds.Contains(pc.Id)).ToArray();
        Assert.Equal(64, jpegAnswers.Length);
        Assert.All(jpegAnswers, pc => Assert.Equal(DicomPresentationContextResult.RejectTransferSyntaxesNotSupported, pc.Result));
        Assert.Equal("transfer syntaxes not supported", jpegAnswers[0].Result.GetDescription());
        Assert.IsType<AAbort>(PduDecoder.Decode(GoldenVectors.Scenario("store-jpeg-ts-rejected")[^1].Bytes));
    }

    [Fact]
    public void Storescp_rejects_a_find_context_with_result_3_and_an_ignorable_transfer_syntax()
    {
        var ac = Decode<AAssociateAC>("find-to-storescp-rejected-pc-c1-002-ac-A-ASSOCIATE-AC.bin");

        var pc = Assert.Single(ac.PresentationContexts);
        Assert.Equal(1, pc.Id);
        Assert.Equal(DicomPresentationContextResult.RejectAbstractSyntaxNotSupported, pc.Result);
        Assert.Equal(ImplicitLittleEndian, pc.TransferSyntax);
        Assert.Equal("abstract syntax not supported", pc.Result.GetDescription());
    }

    [Fact]
    public void Getscu_sends_120_role_selections_and_dcmqrscp_answers_each()
    {
        var rq = Decode<AAssociateRQ>("get-series-role-selection-c1-001-rq-A-ASSOCIATE-RQ.bin");
        var ac = Decode<AAssociateAC>("get-series-role-selection-c1-002-ac-A-ASSOCIATE-AC.bin");

        Assert.Equal(121, rq.PresentationContexts.Count);
        Assert.Equal(120, rq.UserInformation.RoleSelections.Count);
        Assert.All(rq.UserInformation.RoleSelections, r => Assert.Equal((false, true), (r.ScuRole, r.ScpRole)));
        Assert.Equal("1.2.840.10008.5.1.4.1.1.9.1.3", rq.UserInformation.RoleSelections[0].SopClassUid);
        Assert.Equal(
            [PduItemType.MaximumLength, PduItemType.ImplementationClassUid, .. Enumerable.Repeat(PduItemType.RoleSelection, 120), PduItemType.ImplementationVersionName],
            rq.UserInformation.SubItems.Select(s => s.ItemType));
        Assert.Equal(120, ac.UserInformation.RoleSelections.Count);
        Assert.Equal(
            rq.UserInformation.RoleSelections.Select(r => r.SopClassUid),
            ac.UserInformation.RoleSelections.Select(r => r.SopClassUid));
        Assert.Equal(3, ac.PresentationContexts[0].Id);
    }

    private static T Decode<T>(string name)
        where T : ProtocolDataUnit => Assert.IsType<T>(PduDecoder.Decode(GoldenVectors.Capture(name).Bytes));
}
