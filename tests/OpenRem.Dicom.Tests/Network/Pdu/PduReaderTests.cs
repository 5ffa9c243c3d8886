using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Pdu;

namespace OpenRem.Dicom.Tests.Network.Pdu;

public sealed class PduReaderTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_stream_that_ends_between_pdus_gives_null_not_an_error()
    {
        using var stream = new MemoryStream();

        Assert.Null(await new PduReader(stream).ReadAsync(Token));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public async Task A_stream_that_ends_inside_the_header_is_closed_prematurely(int length)
    {
        var bytes = GoldenVectors.Capture("echo-c1-005-rq-A-RELEASE-RQ.bin").Bytes[..length];
        using var stream = new MemoryStream(bytes);

        var error = await Assert.ThrowsAsync<ConnectionClosedPrematurelyException>(() => new PduReader(stream).ReadAsync(Token).AsTask());

        Assert.Equal($"The connection closed after {length} of the 6 bytes of a PDU header.", error.Message);
    }

    [Fact]
    public async Task Short_reads_are_joined_into_whole_pdus()
    {
        var scenario = GoldenVectors.Scenario("move-subassoc-store");
        using var stream = TestStreams.Trickle(scenario.SelectMany(c => c.Bytes).ToArray(), chunk: 7);
        var reader = new PduReader(stream);

        foreach (var capture in scenario)
        {
            using var raw = await reader.ReadAsync(Token);
            Assert.NotNull(raw);
            Assert.Equal(capture.Bytes.AsSpan(PduHeader.Size), raw.Body.Span);
        }

        Assert.Null(await reader.ReadAsync(Token));
    }

    [Fact]
    public async Task A_pdu_larger_than_the_first_buffer_is_read_whole()
    {
        var value = new byte[(3 * 64 * 1024) + 10];
        new Random(7).NextBytes(value);
        var bytes = new PDataTF(new PDV(5, false, true, value)).Encode();
        using var stream = TestStreams.Trickle(bytes, chunk: 10_000);

        using var raw = await new PduReader(stream).ReadAsync(Token);

        Assert.NotNull(raw);
        var pdv = Assert.Single(Assert.IsType<PDataTF>(raw.Decode()).PDVs);
        Assert.Equal(value, pdv.Value.ToArray());
    }

    [Fact]
    public async Task The_limit_applies_to_the_length_field()
    {
        var bytes = new PDataTF(new PDV(1, false, true, new byte[994])).Encode();
        var options = new PduReaderOptions { MaxPduLength = 999 };

        using var fits = await new PduReader(new MemoryStream(bytes), new PduReaderOptions { MaxPduLength = 1000 }).ReadAsync(Token);
        var error = await Assert.ThrowsAsync<DicomPduException>(() => new PduReader(new MemoryStream(bytes), options).ReadAsync(Token).AsTask());

        Assert.NotNull(fits);
        Assert.Equal("The P-DATA-TF header claims 1000 bytes; at most 999 are accepted.", error.Message);
    }

    [Fact]
    public async Task Association_pdus_have_their_own_lower_limit()
    {
        var rq = GoldenVectors.Capture("store-ct-maxpdu4096-c1-001-rq-A-ASSOCIATE-RQ.bin").Bytes;
        var data = new PDataTF(new PDV(1, false, true, new byte[rq.Length])).Encode();
        var options = new PduReaderOptions { MaxAssociatePduLength = 9000 };

        var error = await Assert.ThrowsAsync<DicomPduException>(() => new PduReader(new MemoryStream(rq), options).ReadAsync(Token).AsTask());
        using var accepted = await new PduReader(new MemoryStream(data), options).ReadAsync(Token);

        Assert.Equal("The A-ASSOCIATE-RQ header claims 9609 bytes; at most 9000 are accepted.", error.Message);
        Assert.NotNull(accepted);
    }

    [Fact]
    public async Task A_header_claiming_the_maximum_with_few_bytes_behind_it_allocates_little()
    {
        var bytes = new byte[PduHeader.Size + 10];
        new PduHeader(RawPduType.PDataTF, PduReaderOptions.DefaultMaxPduLength).Write(bytes);
        await Assert.ThrowsAsync<ConnectionClosedPrematurelyException>(() => new PduReader(new MemoryStream(bytes)).ReadAsync(Token).AsTask());
        var reader = new PduReader(new MemoryStream(bytes));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = reader.ReadAsync(Token);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        await Assert.ThrowsAsync<ConnectionClosedPrematurelyException>(() => read.AsTask());
        Assert.True(allocated < 128 * 1024, $"Reading 10 of a claimed 4 MiB allocated {allocated} bytes.");
    }

    [Fact]
    public async Task A_zero_length_data_pdu_is_read_and_then_refused_by_the_decoder()
    {
        var bytes = new byte[PduHeader.Size];
        new PduHeader(RawPduType.PDataTF, 0).Write(bytes);

        using var raw = await new PduReader(new MemoryStream(bytes)).ReadAsync(Token);

        Assert.NotNull(raw);
        Assert.Equal(0, raw.Length);
        var error = Assert.Throws<DicomPduException>(() => raw.Decode());
        Assert.Equal("The P-DATA-TF holds no PDV; it must hold at least one.", error.Message);
    }

    [Fact]
    public async Task The_body_is_gone_once_the_pdu_is_disposed()
    {
        var raw = await new PduReader(new MemoryStream(GoldenVectors.Capture("echo-c1-003-rq-P-DATA-TF.bin").Bytes)).ReadAsync(Token);
        Assert.NotNull(raw);

        raw.Dispose();
        raw.Dispose();

        Assert.Throws<ObjectDisposedException>(() => raw.Body);
    }

    [Fact]
    public async Task Cancellation_stops_a_read_that_waits_for_data()
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var read = new PduReader(TestStreams.Silent()).ReadAsync(cancellation.Token).AsTask();

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read);
    }
}
