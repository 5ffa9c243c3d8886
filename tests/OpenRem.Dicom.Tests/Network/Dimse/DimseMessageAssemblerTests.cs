using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Pdu;
using OpenRem.Dicom.Network.Transport;
using OpenRem.Dicom.Tests.Network.Pdu;

namespace OpenRem.Dicom.Tests.Network.Dimse;

public sealed class DimseMessageAssemblerTests
{
    [Fact]
    public void Command_and_identifier_in_one_PDU_make_one_message()
    {
        var message = Assemble(new DimseMessageAssembler(1024 * 1024), "pdata-command-and-dataset-in-one-pdu.bin");

        Assert.NotNull(message);
        Assert.Equal(DicomCommandField.CFindRequest, DicomMessageFactory.Create(message.Command).Type);
        var identifier = DicomDatasetCodec.Decode(message.DatasetBytes!, DicomTransferSyntax.ExplicitVRLittleEndian);
        Assert.True(identifier.Contains(DicomTag.QueryRetrieveLevel));
    }

    [Fact]
    public void An_identifier_in_three_fragments_completes_on_the_last()
    {
        var assembler = new DimseMessageAssembler(1024 * 1024);
        var command = GoldenVectors.Capture("find-study-c1-003-rq-P-DATA-TF.bin").Bytes;
        Assert.Null(Assemble(assembler, command));

        var message = Assemble(assembler, GoldenVectors.Synthetic("pdata-identifier-three-fragments-one-pdu.bin"));

        Assert.NotNull(message);
        Assert.NotNull(message.DatasetBytes);
        Assert.False(assembler.IsInProgress);
    }

    [Fact]
    public void A_data_fragment_before_any_command_is_refused()
    {
        var assembler = new DimseMessageAssembler(1024);

        var error = Assert.Throws<DicomPduException>(() => assembler.Add(new PDV(1, isCommand: false, isLastFragment: true, new byte[4])));
        Assert.Equal(DicomAbortReason.UnexpectedPDUParameter, error.AbortReason);
    }

    [Fact]
    public void Interleaved_contexts_are_refused()
    {
        var assembler = new DimseMessageAssembler(1024);
        assembler.Add(new PDV(1, isCommand: true, isLastFragment: false, new byte[4]));

        Assert.Throws<DicomPduException>(() => assembler.Add(new PDV(3, isCommand: true, isLastFragment: true, new byte[4])));
    }

    [Fact]
    public void An_identifier_over_the_limit_is_refused_with_the_limit_named()
    {
        var assembler = new DimseMessageAssembler(100);
        Assemble(assembler, GoldenVectors.Capture("find-study-c1-005-ac-P-DATA-TF.bin").Bytes);

        var error = Assert.Throws<DicomPduException>(() => Assemble(assembler, GoldenVectors.Capture("find-study-c1-006-ac-P-DATA-TF.bin").Bytes));
        Assert.Contains("maximum of 100 bytes", error.Message, StringComparison.Ordinal);
    }

    private static ReceivedDimseMessage? Assemble(DimseMessageAssembler assembler, string synthetic) =>
        Assemble(assembler, GoldenVectors.Synthetic(synthetic));

    private static ReceivedDimseMessage? Assemble(DimseMessageAssembler assembler, byte[] pdu)
    {
        ReceivedDimseMessage? result = null;
        foreach (var pdv in ((PDataTF)PduDecoder.Decode(pdu)).PDVs)
        {
            result = assembler.Add(pdv) ?? result;
        }

        return result;
    }
}
