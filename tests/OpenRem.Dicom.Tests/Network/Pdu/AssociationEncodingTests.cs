using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Pdu;

namespace OpenRem.Dicom.Tests.Network.Pdu;

/// <summary>PDUs built by this side encode to the bytes DCMTK produced for the same content.</summary>
public sealed class AssociationEncodingTests
{
    private const string Verification = "1.2.840.10008.1.1";
    private const string ImplicitLittleEndian = "1.2.840.10008.1.2";
    private const string DcmtkImplementationClassUid = "1.2.276.0.7230010.3.0.3.6.7";

    [Fact]
    public void A_built_echo_request_matches_dcmtk_except_its_reserved_0xFF()
    {
        var expected = GoldenVectors.Capture("echo-c1-001-rq-A-ASSOCIATE-RQ.bin").Bytes;
        expected[0x69] = 0;

        var rq = new AAssociateRQ(
            "STORESCP",
            "ECHOSCU",
            [new PresentationContextRequestItem(1, Verification, [ImplicitLittleEndian])],
            UserInformationItem.Create(16384, DcmtkImplementationClassUid, "OFFIS_DCMTK_367"));

        Assert.Equal(expected, rq.Encode());
    }

    [Fact]
    public void A_built_echo_accept_matches_dcmtk()
    {
        var ac = new AAssociateAC(
            "STORESCP",
            "ECHOSCU",
            [new PresentationContextAcceptItem(1, DicomPresentationContextResult.Accept, ImplicitLittleEndian)],
            UserInformationItem.Create(4096, DcmtkImplementationClassUid, "OFFIS_DCMTK_367"));

        Assert.Equal(GoldenVectors.Capture("echo-c1-002-ac-A-ASSOCIATE-AC.bin").Bytes, ac.Encode());
    }

    [Fact]
    public void A_built_rejection_of_a_find_context_matches_dcmtk()
    {
        var ac = new AAssociateAC(
            "STORESCP",
            "FINDSCU",
            [new PresentationContextAcceptItem(1, DicomPresentationContextResult.RejectAbstractSyntaxNotSupported, ImplicitLittleEndian)],
            UserInformationItem.Create(4096, DcmtkImplementationClassUid, "OFFIS_DCMTK_367"));

        Assert.Equal(GoldenVectors.Capture("find-to-storescp-rejected-pc-c1-002-ac-A-ASSOCIATE-AC.bin").Bytes, ac.Encode());
    }

    [Fact]
    public void Built_fixed_size_pdus_match_dcmtk()
    {
        Assert.Equal(
            GoldenVectors.Capture("reject-called-ae-c1-002-ac-A-ASSOCIATE-RJ.bin").Bytes,
            new AAssociateRJ(DicomRejectResult.Permanent, DicomRejectSource.ServiceUser, DicomRejectReason.CalledAENotRecognized).Encode());
        Assert.Equal(GoldenVectors.Capture("echo-abort-c1-005-rq-A-ABORT.bin").Bytes, new AAbort().Encode());
        Assert.Equal(GoldenVectors.Capture("echo-c1-005-rq-A-RELEASE-RQ.bin").Bytes, new AReleaseRQ().Encode());
        Assert.Equal(GoldenVectors.Capture("echo-c1-006-ac-A-RELEASE-RP.bin").Bytes, new AReleaseRP().Encode());
    }

    [Theory]
    [InlineData(DicomRejectResult.Transient, DicomRejectSource.ServiceProviderPresentation, DicomRejectReason.LocalLimitExceeded, new byte[] { 0, 2, 3, 2 })]
    [InlineData(DicomRejectResult.Permanent, DicomRejectSource.ServiceProviderACSE, DicomRejectReason.ProtocolVersionNotSupported, new byte[] { 0, 1, 2, 2 })]
    [InlineData(DicomRejectResult.Permanent, DicomRejectSource.ServiceUser, DicomRejectReason.CallingAENotRecognized, new byte[] { 0, 1, 1, 3 })]
    public void A_rejection_puts_only_the_low_nibble_of_the_reason_on_the_wire(DicomRejectResult result, DicomRejectSource source, DicomRejectReason reason, byte[] body)
    {
        var encoded = new AAssociateRJ(result, source, reason).Encode();

        Assert.Equal(body, encoded[6..]);
        var decoded = Assert.IsType<AAssociateRJ>(PduDecoder.Decode(encoded));
        Assert.Equal((result, source, reason), (decoded.Result, decoded.Source, decoded.Reason));
    }

    [Fact]
    public void A_rejected_context_may_be_answered_without_a_transfer_syntax()
    {
        var ac = new AAssociateAC(
            "STORESCP",
            "STORESCU",
            [
                new PresentationContextAcceptItem(1, DicomPresentationContextResult.Accept, ImplicitLittleEndian),
                new PresentationContextAcceptItem(3, DicomPresentationContextResult.RejectTransferSyntaxesNotSupported, null),
                new PresentationContextAcceptItem(5, DicomPresentationContextResult.RejectUser, ImplicitLittleEndian),
            ],
            UserInformationItem.Create(0, "1.2.3"));

        var decoded = Assert.IsType<AAssociateAC>(PduDecoder.Decode(ac.Encode()));

        Assert.Equal(
            [(1, DicomPresentationContextResult.Accept, ImplicitLittleEndian), (3, DicomPresentationContextResult.RejectTransferSyntaxesNotSupported, null), (5, DicomPresentationContextResult.RejectUser, ImplicitLittleEndian)],
            decoded.PresentationContexts.Select(pc => (pc.Id, pc.Result, pc.TransferSyntax)));
        Assert.Equal(0u, decoded.UserInformation.MaximumLength);
        Assert.Null(decoded.UserInformation.ImplementationVersionName);
        Assert.Equal("A-ASSOCIATE-AC STORESCU -> STORESCP: 1 of 3 presentation context(s) accepted", decoded.ToString());
    }

    [Fact]
    public void Every_optional_sub_item_and_unknown_items_survive_a_round_trip()
    {
        var userInformation = new UserInformationItem(
        [
            new MaximumLengthSubItem(262144),
            new ImplementationClassUidSubItem("1.2.826.0.1.3680043.10.1077"),
            new AsynchronousOperationsWindowSubItem(3, 0),
            new RoleSelectionSubItem("1.2.840.10008.5.1.4.1.1.2", scuRole: true, scpRole: false),
            new ImplementationVersionNameSubItem("OPENREM_1"),
            new SopClassExtendedNegotiationSubItem("1.2.840.10008.5.1.4.1.2.2.1", [1, 1, 0, 1]),
            new SopClassCommonExtendedNegotiationSubItem("1.2.840.10008.5.1.4.1.1.88.67", "1.2.840.10008.4.2", ["1.2.840.10008.5.1.4.1.1.88.22", "1.2.840.10008.5.1.4.1.1.88.33"]),
            new UserIdentityRequestSubItem(DicomUserIdentityType.UsernameAndPasscode, positiveResponseRequested: true, "physicist"u8, "secret"u8),
            new UnknownItem(0x6A, [9, 8, 7]),
        ]);
        var rq = new AAssociateRQ(
            "PACS",
            "OPENREM",
            [
                new ApplicationContextItem(),
                new PresentationContextRequestItem(7, "1.2.840.10008.5.1.4.1.2.2.1", ["1.2.840.10008.1.2.1", ImplicitLittleEndian]),
                new UnknownItem(0x7F, [1, 2, 3, 4, 5]),
                userInformation,
            ]);

        var encoded = rq.Encode();
        var decoded = Assert.IsType<AAssociateRQ>(PduDecoder.Decode(encoded));

        Assert.Equal(encoded, decoded.Encode());
        var info = decoded.UserInformation;
        Assert.Equal(262144u, info.MaximumLength);
        Assert.Equal("1.2.826.0.1.3680043.10.1077", info.ImplementationClassUid);
        Assert.Equal("OPENREM_1", info.ImplementationVersionName);
        Assert.Equal((3, 0), (info.AsynchronousOperationsWindow!.MaximumOperationsInvoked, info.AsynchronousOperationsWindow.MaximumOperationsPerformed));
        var role = Assert.Single(info.RoleSelections);
        Assert.Equal(("1.2.840.10008.5.1.4.1.1.2", true, false), (role.SopClassUid, role.ScuRole, role.ScpRole));
        var extended = Assert.Single(info.SopClassExtendedNegotiations);
        Assert.Equal([1, 1, 0, 1], extended.ServiceClassApplicationInformation.ToArray());
        var common = Assert.Single(info.SopClassCommonExtendedNegotiations);
        Assert.Equal("1.2.840.10008.4.2", common.ServiceClassUid);
        Assert.Equal(["1.2.840.10008.5.1.4.1.1.88.22", "1.2.840.10008.5.1.4.1.1.88.33"], common.RelatedGeneralSopClassUids);
        Assert.NotNull(info.UserIdentity);
        Assert.Equal(DicomUserIdentityType.UsernameAndPasscode, info.UserIdentity.IdentityType);
        Assert.True(info.UserIdentity.PositiveResponseRequested);
        Assert.Equal("physicist"u8.ToArray(), info.UserIdentity.PrimaryField.ToArray());
        Assert.Equal("secret"u8.ToArray(), info.UserIdentity.SecondaryField.ToArray());
        var unknownSubItem = Assert.IsType<UnknownItem>(info.SubItems[^1]);
        Assert.Equal(0x6A, unknownSubItem.RawItemType);
        Assert.Equal([9, 8, 7], unknownSubItem.Value.ToArray());
        var unknownItem = Assert.IsType<UnknownItem>(decoded.Items[2]);
        Assert.Equal(0x7F, unknownItem.RawItemType);
        Assert.Equal([1, 2, 3, 4, 5], unknownItem.Value.ToArray());
    }

    [Fact]
    public void A_user_identity_response_survives_a_round_trip()
    {
        var ac = new AAssociateAC(
            "OPENREM",
            "PACS",
            [new PresentationContextAcceptItem(1, DicomPresentationContextResult.Accept, ImplicitLittleEndian)],
            new UserInformationItem([new MaximumLengthSubItem(16384), new UserIdentityResponseSubItem("token"u8)]));

        var decoded = Assert.IsType<AAssociateAC>(PduDecoder.Decode(ac.Encode()));

        Assert.Equal("token"u8.ToArray(), decoded.UserInformation.UserIdentityResponse?.ServerResponse.ToArray());
        Assert.Equal(ac.Encode(), decoded.Encode());
    }
}
