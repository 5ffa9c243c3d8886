using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Pdu;

namespace OpenRem.Dicom.Tests.Network.Pdu;

/// <summary>What this side may build is checked when it is built; what a peer sends is checked when it is decoded.</summary>
public sealed class AssociationValidationTests
{
    private const string Verification = "1.2.840.10008.1.1";
    private const string ImplicitLittleEndian = "1.2.840.10008.1.2";

    private static readonly PresentationContextRequestItem Echo = new(1, Verification, [ImplicitLittleEndian]);
    private static readonly UserInformationItem Info = UserInformationItem.Create(16384, "1.2.3.4");

    [Theory]
    [InlineData("")]
    [InlineData("    ")]
    [InlineData("SEVENTEEN_CHARS_X")]
    [InlineData("MÜLLER")]
    [InlineData("A\\B")]
    public void An_ae_title_outside_the_rules_cannot_be_built(string aeTitle)
    {
        Assert.Throws<ArgumentException>(() => new AAssociateRQ(aeTitle, "OPENREM", [Echo], Info));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1.2.abc")]
    [InlineData("1.2.840.10008.1.2.")]
    public void A_uid_outside_the_rules_cannot_be_built(string uid)
    {
        if (uid.EndsWith('.'))
        {
            uid += new string('1', 64);
        }

        Assert.Throws<ArgumentException>(() => new PresentationContextRequestItem(1, uid, [ImplicitLittleEndian]));
    }

    [Fact]
    public void Presentation_contexts_must_be_well_formed_to_be_built()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PresentationContextRequestItem(2, Verification, [ImplicitLittleEndian]));
        Assert.Throws<ArgumentException>(() => new PresentationContextRequestItem(1, Verification, []));
        Assert.Throws<ArgumentException>(() => new PresentationContextAcceptItem(1, DicomPresentationContextResult.Accept, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PresentationContextAcceptItem(1, DicomPresentationContextResult.Proposed, ImplicitLittleEndian));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PDV(4, true, true, new byte[2]));
    }

    [Fact]
    public void A_request_needs_distinct_contexts_and_one_of_each_required_item()
    {
        Assert.Throws<ArgumentException>(() => new AAssociateRQ("PACS", "OPENREM", [Echo, Echo], Info));
        Assert.Throws<ArgumentException>(() => new AAssociateRQ("PACS", "OPENREM", [], Info));
        Assert.Throws<ArgumentException>(() => new AAssociateRQ("PACS", "OPENREM", [new ApplicationContextItem(), Echo]));
        Assert.Throws<ArgumentException>(() => new AAssociateRQ("PACS", "OPENREM", [new ApplicationContextItem(), new ApplicationContextItem(), Echo, Info]));
        Assert.Throws<ArgumentException>(() => new AAssociateRQ("PACS", "OPENREM", [new ApplicationContextItem(), Echo, Info, new MaximumLengthSubItem(1)]));
        Assert.Throws<ArgumentException>(() => new AAssociateAC("PACS", "OPENREM", [new ApplicationContextItem(), Echo, Info]));
    }

    [Fact]
    public void Version_names_longer_than_16_characters_cannot_be_built()
    {
        Assert.Throws<ArgumentException>(() => new ImplementationVersionNameSubItem("OPENREM_VERSION_10"));
    }

    [Fact]
    public void An_item_value_longer_than_65535_bytes_cannot_be_built()
    {
        var roles = Enumerable.Range(0, 2500).Select(i => new RoleSelectionSubItem("1.2.840.10008.5.1.4.1.1." + i, false, true));

        var error = Assert.Throws<ArgumentException>(() => new UserInformationItem(roles));

        Assert.Contains("at most 65535", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reason_must_belong_to_its_source()
    {
        Assert.Throws<ArgumentException>(() => new AAssociateRJ(DicomRejectResult.Permanent, DicomRejectSource.ServiceProviderACSE, DicomRejectReason.CalledAENotRecognized));
    }

    [Fact]
    public void Ae_titles_from_a_peer_lose_their_space_and_nul_padding()
    {
        var bytes = new AAssociateRQ("PACS", "OPENREM", [Echo], Info).Encode();
        "  PACS\0\0\0\0\0\0\0\0\0\0"u8.CopyTo(bytes.AsSpan(10));

        var rq = Assert.IsType<AAssociateRQ>(PduDecoder.Decode(bytes));

        Assert.Equal("PACS", rq.CalledAE);
        Assert.Equal("OPENREM", rq.CallingAE);
    }

    [Fact]
    public void A_blank_calling_ae_from_a_peer_decodes_as_empty_for_the_association_to_judge()
    {
        var bytes = new AAssociateRQ("PACS", "OPENREM", [Echo], Info).Encode();
        bytes.AsSpan(26, 16).Fill((byte)' ');

        Assert.Equal(string.Empty, Assert.IsType<AAssociateRQ>(PduDecoder.Decode(bytes)).CallingAE);
    }

    [Fact]
    public void A_peer_may_pad_uids_and_send_a_long_version_name()
    {
        var rq = Request(
            Raw(0x20, [1, 0, 0, 0], Raw(0x30, "1.2.840.10008.1.1 "u8), Raw(0x40, "1.2.840.10008.1.2\0"u8), Raw(0x99, [1, 2])),
            Raw(0x50, [], Raw(0x51, [0, 0, 0x40, 0]), Raw(0x55, "A_VERSION_NAME_OF_30_CHARACTERS"u8)));

        var decoded = Assert.IsType<AAssociateRQ>(PduDecoder.Decode(rq));

        var pc = Assert.Single(decoded.PresentationContexts);
        Assert.Equal((Verification, ImplicitLittleEndian), (pc.AbstractSyntax, Assert.Single(pc.TransferSyntaxes)));
        Assert.Equal("A_VERSION_NAME_OF_30_CHARACTERS", decoded.UserInformation.ImplementationVersionName);
    }

    public static TheoryData<string, byte[]> MalformedRequests => new()
    {
        { "no abstract syntax", Request(Raw(0x20, [1, 0, 0, 0], Raw(0x40, "1.2"u8)), MinimalInfo()) },
        { "two abstract syntaxes", Request(Raw(0x20, [1, 0, 0, 0], Raw(0x30, "1.2"u8), Raw(0x30, "1.3"u8), Raw(0x40, "1.2"u8)), MinimalInfo()) },
        { "no transfer syntax", Request(Raw(0x20, [1, 0, 0, 0], Raw(0x30, "1.2"u8)), MinimalInfo()) },
        { "a short presentation context item", Request(Raw(0x20, [1, 0, 0]), MinimalInfo()) },
        { "a duplicate context ID", Request(EchoContext(3), EchoContext(3), MinimalInfo()) },
        { "no user information", Request(EchoContext(1)) },
        { "two application contexts", Request(Raw(0x10, "1.2.840.10008.3.1.1.1"u8), EchoContext(1), MinimalInfo()) },
        { "a UID of 65 bytes", Request(Raw(0x20, [1, 0, 0, 0], Raw(0x30, System.Text.Encoding.ASCII.GetBytes(new string('1', 65))), Raw(0x40, "1.2"u8)), MinimalInfo()) },
        { "a maximum length of 3 bytes", Request(EchoContext(1), Raw(0x50, [], Raw(0x51, [0, 0x40, 0]))) },
        { "a role selection with a trailing byte", Request(EchoContext(1), Raw(0x50, [], Raw(0x54, [0, 3, .. "1.2"u8, 0, 1, 0]))) },
        { "a role selection UID past its sub-item", Request(EchoContext(1), Raw(0x50, [], Raw(0x54, [0, 9, .. "1.2"u8, 0, 1]))) },
        { "a user identity without its secondary field", Request(EchoContext(1), Raw(0x50, [], Raw(0x58, [1, 0, 0, 1, (byte)'u']))) },
        { "a sub-item running past user information", Request(EchoContext(1), Raw(0x50, [0x51, 0, 0, 8, 0, 0, 0, 0])) },
        { "a fixed part shorter than 68 bytes", new byte[] { 1, 0, 0, 0, 0, 10, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0 } },
    };

    [Theory]
    [MemberData(nameof(MalformedRequests))]
    public void A_malformed_request_from_a_peer_is_an_invalid_parameter(string what, byte[] pdu)
    {
        var error = Assert.Throws<DicomPduException>(() => PduDecoder.Decode(pdu));

        Assert.Equal(DicomAbortReason.InvalidPDUParameter, error.AbortReason);
        Assert.False(string.IsNullOrWhiteSpace(error.Message), what);
    }

    [Fact]
    public void An_accept_without_a_transfer_syntax_is_refused_but_a_rejection_without_one_is_not()
    {
        var accepted = Answer(Raw(0x21, [1, 0, 0, 0]));
        var rejected = Answer(Raw(0x21, [1, 0, 3, 0]));

        Assert.Throws<DicomPduException>(() => PduDecoder.Decode(accepted));
        Assert.Null(Assert.Single(Assert.IsType<AAssociateAC>(PduDecoder.Decode(rejected)).PresentationContexts).TransferSyntax);
    }

    [Fact]
    public void Fixed_size_pdus_need_exactly_four_body_bytes()
    {
        foreach (var type in new byte[] { 3, 5, 6, 7 })
        {
            Assert.Throws<DicomPduException>(() => PduDecoder.Decode(new byte[] { type, 0, 0, 0, 0, 3, 0, 1, 1 }));
            Assert.Throws<DicomPduException>(() => PduDecoder.Decode(new byte[] { type, 0, 0, 0, 0, 5, 0, 1, 1, 1, 0 }));
        }
    }

    [Fact]
    public void A_rejection_with_a_source_or_reason_above_15_is_refused()
    {
        Assert.Throws<DicomPduException>(() => PduDecoder.Decode(new byte[] { 3, 0, 0, 0, 0, 4, 0, 1, 0x11, 1 }));
        Assert.Throws<DicomPduException>(() => PduDecoder.Decode(new byte[] { 3, 0, 0, 0, 0, 4, 0, 1, 1, 0x17 }));
    }

    [Fact]
    public void Reserved_values_in_abort_and_rejection_are_kept_as_sent()
    {
        var abort = Assert.IsType<AAbort>(PduDecoder.Decode(new byte[] { 7, 0, 0, 0, 0, 4, 0, 0, 1, 3 }));
        var reject = Assert.IsType<AAssociateRJ>(PduDecoder.Decode(new byte[] { 3, 0, 0, 0, 0, 4, 0, 9, 1, 5 }));

        Assert.Equal("A-ABORT: aborted by source 1 (not defined by the standard): reason 3 (not defined by the standard)", abort.ToString());
        Assert.Equal("result 9 (not defined by the standard) by the service user: reason 5 (not defined by the standard)", reject.Description);
    }

    [Fact]
    public void Header_and_buffer_must_agree_on_the_length()
    {
        var bytes = GoldenVectors.Capture("echo-c1-005-rq-A-RELEASE-RQ.bin").Bytes;

        var error = Assert.Throws<DicomPduException>(() => PduDecoder.Decode(bytes.Concat(new byte[] { 0 }).ToArray()));

        Assert.Equal("The A-RELEASE-RQ header gives a length of 4, but 5 bytes follow it.", error.Message);
    }

    private static byte[] EchoContext(byte id) => Raw(0x20, [id, 0, 0, 0], Raw(0x30, "1.2.840.10008.1.1"u8), Raw(0x40, "1.2.840.10008.1.2"u8));

    private static byte[] MinimalInfo() => Raw(0x50, [], Raw(0x51, [0, 0, 0x40, 0]));

    private static byte[] Request(params byte[][] items) => Association(1, [Raw(0x10, "1.2.840.10008.3.1.1.1"u8), .. items]);

    private static byte[] Answer(params byte[][] items) => Association(2, [Raw(0x10, "1.2.840.10008.3.1.1.1"u8), .. items, MinimalInfo()]);

    private static byte[] Association(byte type, byte[][] items)
    {
        byte[] body = [0, 1, 0, 0, .. "PACS            "u8, .. "OPENREM         "u8, .. new byte[32], .. items.SelectMany(i => i)];
        var pdu = new byte[6 + body.Length];
        new PduHeader((RawPduType)type, (uint)body.Length).Write(pdu);
        body.CopyTo(pdu, 6);
        return pdu;
    }

    private static byte[] Raw(byte type, ReadOnlySpan<byte> fixedPart, params byte[][] subItems)
    {
        byte[] value = [.. fixedPart, .. subItems.SelectMany(s => s)];
        return [type, 0, (byte)(value.Length >> 8), (byte)value.Length, .. value];
    }
}
