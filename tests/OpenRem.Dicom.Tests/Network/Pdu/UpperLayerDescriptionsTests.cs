using OpenRem.Dicom.Network;

namespace OpenRem.Dicom.Tests.Network.Pdu;

public sealed class UpperLayerDescriptionsTests
{
    [Theory]
    [InlineData(DicomRejectReason.NoReasonGiven, "no reason given")]
    [InlineData(DicomRejectReason.ApplicationContextNotSupported, "application context name not supported")]
    [InlineData(DicomRejectReason.CallingAENotRecognized, "calling AE title not recognised")]
    [InlineData(DicomRejectReason.CalledAENotRecognized, "called AE title not recognised")]
    [InlineData(DicomRejectReason.NoReasonGiven_, "no reason given")]
    [InlineData(DicomRejectReason.ProtocolVersionNotSupported, "protocol version not supported")]
    [InlineData(DicomRejectReason.TemporaryCongestion, "temporary congestion")]
    [InlineData(DicomRejectReason.LocalLimitExceeded, "local limit exceeded")]
    [InlineData((DicomRejectReason)0x14, "reason 4 (not defined by the standard)")]
    public void Reject_reasons_read_as_sentences(DicomRejectReason reason, string expected)
    {
        Assert.Equal(expected, reason.GetDescription());
    }

    [Theory]
    [InlineData(DicomAbortReason.NotSpecified, "reason not specified")]
    [InlineData(DicomAbortReason.UnrecognizedPDU, "unrecognised PDU")]
    [InlineData(DicomAbortReason.UnexpectedPDU, "unexpected PDU")]
    [InlineData(DicomAbortReason.UnrecognizedPDUParameter, "unrecognised PDU parameter")]
    [InlineData(DicomAbortReason.UnexpectedPDUParameter, "unexpected PDU parameter")]
    [InlineData(DicomAbortReason.InvalidPDUParameter, "invalid PDU parameter value")]
    public void Abort_reasons_read_as_sentences(DicomAbortReason reason, string expected)
    {
        Assert.Equal(expected, reason.GetDescription());
    }

    [Theory]
    [InlineData(DicomPresentationContextResult.Accept, "accepted")]
    [InlineData(DicomPresentationContextResult.RejectUser, "rejected by the user")]
    [InlineData(DicomPresentationContextResult.RejectNoReason, "rejected, no reason given")]
    [InlineData(DicomPresentationContextResult.RejectAbstractSyntaxNotSupported, "abstract syntax not supported")]
    [InlineData(DicomPresentationContextResult.RejectTransferSyntaxesNotSupported, "transfer syntaxes not supported")]
    public void Presentation_context_results_read_as_sentences(DicomPresentationContextResult result, string expected)
    {
        Assert.Equal(expected, result.GetDescription());
    }

    [Fact]
    public void Sources_and_results_read_as_sentences()
    {
        Assert.Equal("rejected transiently", DicomRejectResult.Transient.GetDescription());
        Assert.Equal("the service provider (ACSE)", DicomRejectSource.ServiceProviderACSE.GetDescription());
        Assert.Equal("the service provider (presentation)", DicomRejectSource.ServiceProviderPresentation.GetDescription());
        Assert.Equal("the service provider", DicomAbortSource.ServiceProvider.GetDescription());
    }
}
