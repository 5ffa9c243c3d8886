using System.Runtime.InteropServices;
using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Pdu;

namespace OpenRem.Dicom.Tests.Network.Pdu;

public sealed class PDataFragmenterTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(4096u, 4084)]
    [InlineData(4097u, 4084)]
    [InlineData(16384u, 16372)]
    [InlineData(14u, 2)]
    [InlineData(0u, PDataFragmenter.DefaultMaxSendPduLength - 12)]
    [InlineData(uint.MaxValue, PDataFragmenter.DefaultMaxSendPduLength - 12)]
    public void The_fragment_leaves_room_for_both_headers_and_is_even(uint peerMax, int expected)
    {
        Assert.Equal(expected, new PDataFragmenter(peerMax).MaxPdvValueLength);
    }

    [Fact]
    public void The_own_send_cap_limits_a_generous_peer()
    {
        Assert.Equal(65536 - 12, new PDataFragmenter(1_000_000, maxSendPduLength: 65536).MaxPdvValueLength);
    }

    [Fact]
    public void A_peer_maximum_too_small_for_any_fragment_is_an_error()
    {
        var error = Assert.Throws<DicomNetworkException>(() => new PDataFragmenter(13));

        Assert.Contains("maximum PDU length of 13 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_captured_message_re_fragments_to_the_captured_pdus()
    {
        var messages = CapturedMessage.All();

        Assert.Equal(105, messages.Sum(m => m.Pdus.Count));
        Assert.All(messages, message =>
        {
            var pdus = new PDataFragmenter(message.ReceiverMaxLength)
                .Fragment(message.Value, message.PresentationContextId, message.IsCommand)
                .Select(p => p.Encode())
                .ToArray();
            Assert.Equal(message.Pdus, pdus);
        });
    }

    [Fact]
    public async Task Streaming_the_ct_data_set_gives_the_captured_pdus()
    {
        var message = CapturedMessage.All().Single(m => m.Label == "store-ct-maxpdu4096" && !m.IsCommand);
        using var source = TestStreams.Trickle(message.Value, chunk: 1000);
        using var destination = new MemoryStream();

        var sent = await new PDataFragmenter(4096).WriteAsync(source, destination, 41, isCommand: false, Token);

        Assert.Equal(38732, sent);
        Assert.Equal(message.Pdus.SelectMany(p => p).ToArray(), destination.ToArray());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(4084)]
    [InlineData(4086)]
    [InlineData(8168)]
    [InlineData(100_000)]
    public async Task Both_ways_agree_and_stay_within_the_peer_maximum(int length)
    {
        var message = new byte[length];
        new Random(length).NextBytes(message);
        var fragmenter = new PDataFragmenter(4096);
        using var source = new MemoryStream(message);
        using var destination = new MemoryStream();

        var pdus = fragmenter.Fragment(message, 3, isCommand: false).ToArray();
        await fragmenter.WriteAsync(source, destination, 3, isCommand: false, Token);

        Assert.Equal(pdus.SelectMany(p => p.Encode()).ToArray(), destination.ToArray());
        Assert.All(pdus, p => Assert.True(p.Length <= 4096));
        Assert.Equal(Math.Max(1, (length + 4083) / 4084), pdus.Length);
        Assert.Equal(message, pdus.SelectMany(p => Assert.Single(p.PDVs).Value.ToArray()).ToArray());
        Assert.Equal(pdus.Select((_, i) => i == pdus.Length - 1), pdus.Select(p => p.PDVs[0].IsLastFragment));
    }

    [Fact]
    public void Fragments_are_slices_of_the_message()
    {
        var message = new byte[10_000];

        var pdvs = new PDataFragmenter(4096).Fragment(message, 1, isCommand: true).Select(p => p.PDVs[0]).ToArray();

        Assert.All(pdvs, pdv =>
        {
            Assert.True(MemoryMarshal.TryGetArray(pdv.Value, out var segment));
            Assert.Same(message, segment.Array);
            Assert.True(pdv.IsCommand);
        });
    }

    [Fact]
    public async Task An_odd_message_is_refused_both_ways()
    {
        var fragmenter = new PDataFragmenter(4096);

        Assert.Throws<ArgumentException>(() => fragmenter.Fragment(new byte[5], 1, isCommand: false));
        await Assert.ThrowsAsync<ArgumentException>(() => fragmenter.WriteAsync(new MemoryStream(new byte[5001]), new MemoryStream(), 1, false, Token));
    }

    [Fact]
    public void An_even_context_id_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PDataFragmenter(4096).Fragment(new byte[2], 2, isCommand: false));
    }
}
