using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Pdu;

namespace OpenRem.Dicom.Tests.Network.Pdu;

public sealed class PduWriterTests
{
    [Fact]
    public async Task Writing_decoded_pdus_reproduces_the_captured_stream()
    {
        var scenario = GoldenVectors.Scenario("echo");
        using var stream = new MemoryStream();
        var writer = new PduWriter(stream);

        foreach (var capture in scenario)
        {
            await writer.WriteAsync(PduDecoder.Decode(capture.Bytes), TestContext.Current.CancellationToken);
        }

        Assert.Equal(scenario.SelectMany(c => c.Bytes).ToArray(), stream.ToArray());
    }

    [Fact]
    public async Task What_the_writer_writes_the_reader_reads_back()
    {
        using var stream = new MemoryStream();
        var writer = new PduWriter(stream);
        await writer.WriteAsync(new AAbort(DicomAbortSource.ServiceProvider, DicomAbortReason.UnexpectedPDU), TestContext.Current.CancellationToken);
        await writer.WriteAsync(new AReleaseRQ(), TestContext.Current.CancellationToken);
        stream.Position = 0;
        var reader = new PduReader(stream);

        using var first = await reader.ReadAsync(TestContext.Current.CancellationToken);
        using var second = await reader.ReadAsync(TestContext.Current.CancellationToken);

        var abort = Assert.IsType<AAbort>(first?.Decode());
        Assert.Equal((DicomAbortSource.ServiceProvider, DicomAbortReason.UnexpectedPDU), (abort.Source, abort.Reason));
        Assert.IsType<AReleaseRQ>(second?.Decode());
    }
}
