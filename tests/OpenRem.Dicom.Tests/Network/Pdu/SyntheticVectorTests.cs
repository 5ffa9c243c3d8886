using System.Runtime.InteropServices;
using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Pdu;

namespace OpenRem.Dicom.Tests.Network.Pdu;

/// <summary>The synthetic edge cases of dicom-vectors/synthetic (see INDEX.tsv there): positives parse, negatives fail clearly.</summary>
public sealed class SyntheticVectorTests
{
    [Fact]
    public async Task A_2_GiB_header_is_refused_before_any_buffer_is_taken()
    {
        var bytes = GoldenVectors.Synthetic("neg-pdu-length-2GiB.bin");
        using var stream = new MemoryStream(bytes);
        var reader = new PduReader(stream);
        await Assert.ThrowsAsync<DicomPduException>(() => reader.ReadAsync(TestContext.Current.CancellationToken).AsTask());
        stream.Position = 0;

        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = reader.ReadAsync(TestContext.Current.CancellationToken);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var error = await Assert.ThrowsAsync<DicomPduException>(() => read.AsTask());

        Assert.Contains("claims 2147483632 bytes", error.Message, StringComparison.Ordinal);
        Assert.Contains("at most 4194304", error.Message, StringComparison.Ordinal);
        Assert.Equal(DicomAbortReason.InvalidPDUParameter, error.AbortReason);
        Assert.True(allocated < 16 * 1024, $"Refusing the header allocated {allocated} bytes.");
    }

    [Fact]
    public async Task A_stream_that_ends_inside_a_pdu_is_reported_as_closed_prematurely()
    {
        using var stream = new MemoryStream(GoldenVectors.Synthetic("neg-pdu-truncated.bin"));
        var reader = new PduReader(stream);

        var error = await Assert.ThrowsAsync<ConnectionClosedPrematurelyException>(() => reader.ReadAsync(TestContext.Current.CancellationToken).AsTask());

        Assert.Equal("The connection closed after 34 of the 94 bytes of the P-DATA-TF body.", error.Message);
    }

    [Fact]
    public async Task An_unknown_pdu_type_is_unrecognised()
    {
        var bytes = GoldenVectors.Synthetic("neg-unknown-pdu-type-0x08.bin");
        using var stream = new MemoryStream(bytes);

        var fromStream = await Assert.ThrowsAsync<DicomPduException>(() => new PduReader(stream).ReadAsync(TestContext.Current.CancellationToken).AsTask());
        var fromBytes = Assert.Throws<DicomPduException>(() => PduDecoder.Decode(bytes));

        Assert.All([fromStream, fromBytes], e => Assert.Equal(DicomAbortReason.UnrecognizedPDU, e.AbortReason));
        Assert.Contains("PDU type 0x08", fromStream.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_that_runs_past_the_pdu_is_an_invalid_parameter()
    {
        var error = Assert.Throws<DicomPduException>(() => PduDecoder.Decode(GoldenVectors.Synthetic("neg-assoc-rq-item-overrun.bin")));

        Assert.Equal(DicomAbortReason.InvalidPDUParameter, error.AbortReason);
        Assert.Contains("Item 0x20", error.Message, StringComparison.Ordinal);
        Assert.Contains("claims 32767 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_even_presentation_context_id_is_refused()
    {
        var error = Assert.Throws<DicomPduException>(() => PduDecoder.Decode(GoldenVectors.Synthetic("neg-assoc-rq-even-pcid.bin")));

        Assert.Equal("Presentation context ID 2 is not valid: IDs are odd numbers from 1 to 255.", error.Message);
    }

    [Fact]
    public void A_pdv_without_room_for_its_header_is_refused()
    {
        var error = Assert.Throws<DicomPduException>(() => PduDecoder.Decode(GoldenVectors.Synthetic("neg-pdv-length-zero.bin")));

        Assert.Contains("item length 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdv_longer_than_its_pdu_is_refused()
    {
        var error = Assert.Throws<DicomPduException>(() => PduDecoder.Decode(GoldenVectors.Synthetic("neg-pdv-length-overrun.bin")));

        Assert.Contains("claims 5000 bytes, but only 90 remain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdv_on_a_context_never_negotiated_decodes_so_the_association_can_abort()
    {
        var pdu = Assert.IsType<PDataTF>(PduDecoder.Decode(GoldenVectors.Synthetic("neg-pdv-unknown-pcid.bin")));

        Assert.Equal(99, Assert.Single(pdu.PDVs).PCID);
    }

    [Fact]
    public void An_odd_fragment_is_tolerated_by_default_and_refused_when_asked()
    {
        var bytes = GoldenVectors.Synthetic("neg-pdv-odd-length.bin");

        var tolerated = Assert.IsType<PDataTF>(PduDecoder.Decode(bytes));
        var error = Assert.Throws<DicomPduException>(() => PduDecoder.Decode(bytes, new PduDecodeOptions { RejectOddPdvLength = true }));

        Assert.Equal(89, Assert.Single(tolerated.PDVs).Value.Length);
        Assert.Contains("odd fragment of 89 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nul_padded_application_context_is_trimmed_and_re_encoded_without_padding()
    {
        var rq = Assert.IsType<AAssociateRQ>(PduDecoder.Decode(GoldenVectors.Synthetic("assoc-rq-appcontext-nul-padded.bin")));

        Assert.Equal(ApplicationContextItem.DicomApplicationContextName, rq.ApplicationContextName);
        Assert.Equal(GoldenVectors.Capture("echo-c1-001-rq-A-ASSOCIATE-RQ.bin").Bytes, rq.Encode());
    }

    [Fact]
    public void Command_and_identifier_may_share_one_pdu_and_both_are_slices_of_the_body()
    {
        var bytes = GoldenVectors.Synthetic("pdata-command-and-dataset-in-one-pdu.bin");

        var pdu = Assert.IsType<PDataTF>(PduDecoder.Decode(bytes));

        Assert.Equal(2, pdu.PDVs.Count);
        Assert.Equal((1, true, true, 88), (pdu.PDVs[0].PCID, pdu.PDVs[0].IsCommand, pdu.PDVs[0].IsLastFragment, pdu.PDVs[0].Value.Length));
        Assert.Equal((1, false, true, 120), (pdu.PDVs[1].PCID, pdu.PDVs[1].IsCommand, pdu.PDVs[1].IsLastFragment, pdu.PDVs[1].Value.Length));
        Assert.All(pdu.PDVs, pdv =>
        {
            Assert.True(MemoryMarshal.TryGetArray(pdv.Value, out var segment));
            Assert.Same(bytes, segment.Array);
        });
        Assert.Equal(bytes, pdu.Encode());
    }

    [Fact]
    public void An_identifier_in_three_fragments_has_the_last_bit_only_on_the_third()
    {
        var bytes = GoldenVectors.Synthetic("pdata-identifier-three-fragments-one-pdu.bin");

        var pdu = Assert.IsType<PDataTF>(PduDecoder.Decode(bytes));

        Assert.Equal([20, 40, 60], pdu.PDVs.Select(p => p.Value.Length));
        Assert.Equal([false, false, true], pdu.PDVs.Select(p => p.IsLastFragment));
        Assert.All(pdu.PDVs, p => Assert.False(p.IsCommand));
        Assert.Equal(bytes, pdu.Encode());
    }
}
