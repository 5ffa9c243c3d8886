using OpenRem.Dicom.Network.Pdu;

namespace OpenRem.Dicom.Tests.Network.Pdu;

/// <summary>Every DCMTK capture decodes to the values listed in decoded/*.txt and re-encodes to the same bytes.</summary>
public sealed class CaptureRoundTripTests
{
    public static TheoryData<string> Captures => GoldenVectors.CaptureNameData();

    [Fact]
    public void The_shared_folder_holds_all_captures()
    {
        Assert.Equal(GoldenVectors.CaptureCount, GoldenVectors.CaptureNames().Count);
    }

    [Theory]
    [MemberData(nameof(Captures))]
    public void Decoded_fields_match_the_reference_listing(string name)
    {
        var capture = GoldenVectors.Capture(name);

        var pdu = PduDecoder.Decode(capture.Bytes);

        Assert.Equal(DecodedCaptureText.LinesFor(capture), PduListing.Render(name, pdu));
    }

    [Theory]
    [MemberData(nameof(Captures))]
    public void Re_encoding_the_decoded_model_gives_the_captured_bytes(string name)
    {
        var capture = GoldenVectors.Capture(name);

        var encoded = PduDecoder.Decode(capture.Bytes).Encode();

        Assert.Equal(capture.Bytes, encoded);
    }

    [Theory]
    [MemberData(nameof(Captures))]
    public async Task The_reader_returns_the_capture_and_then_end_of_stream(string name)
    {
        var capture = GoldenVectors.Capture(name);
        using var stream = new MemoryStream(capture.Bytes);
        var reader = new PduReader(stream);

        using (var raw = await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            Assert.NotNull(raw);
            Assert.Equal((RawPduType)capture.Bytes[0], raw.Type);
            Assert.Equal(capture.Bytes.AsSpan(PduHeader.Size), raw.Body.Span);
            Assert.Equal(capture.Bytes, raw.Decode().Encode());
        }

        Assert.Null(await reader.ReadAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_whole_scenario_read_from_one_stream_gives_each_pdu_in_order()
    {
        var scenario = GoldenVectors.Scenario("store-ct-maxpdu4096");
        using var stream = new MemoryStream(scenario.SelectMany(c => c.Bytes).ToArray());
        var reader = new PduReader(stream);

        foreach (var capture in scenario)
        {
            using var raw = await reader.ReadAsync(TestContext.Current.CancellationToken);
            Assert.NotNull(raw);
            Assert.Equal(capture.Bytes, raw.Decode().Encode());
        }

        Assert.Null(await reader.ReadAsync(TestContext.Current.CancellationToken));
    }
}
