using System.Diagnostics;
using OpenRem.Dicom.Network.Pdu;

namespace OpenRem.Dicom.Tests.Network.Pdu;

/// <summary>
/// 120,000 seeded corruptions of the captures decode either to a PDU (which then re-encodes and decodes to the same
/// bytes) or to a <see cref="OpenRem.Dicom.Network.DicomNetworkException"/>, never anything else, and decoding
/// allocates no more than a small multiple of the input.
/// </summary>
public sealed class MutationPropertyTests(ITestOutputHelper output)
{
    private const int Seed = 20261128;
    private const int Mutations = 120_000;
    private const int AllocationFactor = 8;
    private const int AllocationAllowance = 64 * 1024;

    [Fact]
    public void Corrupted_pdus_decode_or_fail_with_a_network_exception_within_bounded_allocations()
    {
        var captures = GoldenVectors.Captures().Select(c => (c.Name, c.Bytes, Fields: LengthFieldMap.Find(c.Bytes))).ToArray();
        var mutator = new PduMutator(Seed);
        var decoded = 0;
        var mostAllocated = 0L;
        var worstRatio = 0.0;
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < Mutations; i++)
        {
            var (name, original, fields) = captures[i % captures.Length];
            var (bytes, description) = mutator.Mutate(original, fields);
            var context = $"mutation {i} of {name}: {description}";

            var before = GC.GetAllocatedBytesForCurrentThread();
            var (pdu, _) = PduOutcome.FromBytes(bytes);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.True(
                allocated <= (AllocationFactor * (long)bytes.Length) + AllocationAllowance,
                $"{context}: decoding {bytes.Length} bytes allocated {allocated} bytes.");
            mostAllocated = Math.Max(mostAllocated, allocated);
            worstRatio = Math.Max(worstRatio, allocated / (double)bytes.Length);
            var fromStream = PduOutcome.FromStream(bytes, bytes.Length);
            if (pdu is not null)
            {
                decoded++;
                var encoded = pdu.Encode();
                Assert.True(encoded.AsSpan().SequenceEqual(PduDecoder.Decode(encoded).Encode()), $"{context}: the re-encoded PDU does not decode to itself.");
                Assert.NotNull(fromStream.Pdu);
                Assert.True(encoded.AsSpan().SequenceEqual(fromStream.Pdu.Encode()), $"{context}: the stream and the buffer decode differently.");
            }
        }

        output.WriteLine($"{Mutations} mutations, {decoded} still decoded; at most {mostAllocated} bytes or {worstRatio:F1} bytes per input byte allocated by one decode; {clock.Elapsed.TotalSeconds:F1} s.");
        Assert.InRange(decoded, 1, Mutations - 1);
    }
}
