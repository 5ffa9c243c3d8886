using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Pdu;

namespace OpenRem.Dicom.Tests.Network.Pdu;

/// <summary>Every proper prefix of every capture fails cleanly, whether the stream ends or the body is cut short.</summary>
public sealed class TruncationPropertyTests
{
    public static TheoryData<string> Captures => GoldenVectors.CaptureNameData();

    [Theory]
    [MemberData(nameof(Captures))]
    public void A_stream_ending_inside_the_pdu_is_closed_prematurely(string name)
    {
        var bytes = GoldenVectors.Capture(name).Bytes;

        Assert.True(PduOutcome.FromStream(bytes, 0).EndOfStream);
        for (var length = 1; length < bytes.Length; length++)
        {
            var outcome = PduOutcome.FromStream(bytes, length);
            Assert.IsType<ConnectionClosedPrematurelyException>(outcome.Error);
        }
    }

    [Theory]
    [MemberData(nameof(Captures))]
    public void A_body_cut_short_with_a_matching_header_is_refused(string name)
    {
        var bytes = GoldenVectors.Capture(name).Bytes;
        var type = (RawPduType)bytes[0];
        var body = bytes.AsMemory(PduHeader.Size);

        for (var length = 0; length < body.Length; length++)
        {
            var prefix = body[..length];
            Assert.Throws<DicomPduException>(() => PduDecoder.DecodeBody(type, prefix));
        }
    }
}
