using System.Buffers.Binary;
using OpenRem.Dicom.IO;
using OpenRem.Dicom.Serialization;
using OpenRem.Dicom.Tests.Support;

namespace OpenRem.Dicom.Tests.IO;

/// <summary>
/// Over 100,000 truncated, bit-flipped and length-corrupted inputs seeded from the corpora (and from data
/// the test builds itself), reading only ever succeeds or fails with a <see cref="DicomFileException"/> that
/// carries an offset: never a hang, a crash, another exception type, or an allocation out of proportion to
/// the input.
/// </summary>
public sealed class MutationFuzzTests
{
    private const int Iterations = 100_000;
    private const int MaxSeedLength = 96 * 1024;

    [Fact]
    public async Task Mutated_inputs_fail_only_with_a_DicomFileException_carrying_an_offset()
    {
        var seeds = Seeds();
        Assert.True(seeds.Count >= 10, "Too few seeds.");

        var run = Task.Run(() => Fuzz(seeds, seed: 20261128), TestContext.Current.CancellationToken);
        var result = await run.WaitAsync(TimeSpan.FromMinutes(10), TestContext.Current.CancellationToken);

        Assert.Equal(Iterations, result.Parsed + result.Rejected);
        Assert.True(result.Rejected > Iterations / 10, $"Only {result.Rejected} of {Iterations} inputs were rejected: the mutations are too weak.");
        Assert.True(result.Parsed > 100, $"Only {result.Parsed} of {Iterations} inputs were read: the mutations are too strong.");
    }

    private static FuzzResult Fuzz(List<byte[]> seeds, int seed)
    {
        var random = new Random(seed);
        var parsed = 0;
        var rejected = 0;
        for (var i = 0; i < Iterations; i++)
        {
            var original = seeds[random.Next(seeds.Count)];
            var input = Mutate(original, random);
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                // Alternate between a seekable and a forward-only stream: the two take different paths.
                using Stream stream = i % 4 == 0 ? new ForwardOnlyStream(input) : new MemoryStream(input, writable: false);
                var file = DicomFile.Open(stream, DicomReaderOptions.Default with { MaxValueLength = 16L * 1024 * 1024 }, fileName: "fuzz");
                _ = DicomJsonWriter.Serialize(file.Dataset);
                parsed++;
            }
            catch (DicomFileException e)
            {
                Assert.True(e.Offset >= -1 && e.Offset <= input.Length * 1100L, $"Offset {e.Offset} out of range for input {i}.");
                Assert.Equal("fuzz", e.FileName);
                rejected++;
            }
            catch (DicomDataException)
            {
                // Raised while converting a value for JSON (after a successful read); it names the element.
                rejected++;
            }
            catch (Exception e)
            {
                var path = Path.Combine(Path.GetTempPath(), $"openrem-fuzz-{seed}-{i}.bin");
                File.WriteAllBytes(path, input);
                Assert.Fail($"Input {i} (saved as {path}) raised {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            // Deflated data may legitimately inflate up to about 1,032 times; everything else stays near the input size.
            var bound = (IsDeflated(original) ? 1100L : 64L) * input.Length + (4L << 20);
            Assert.True(allocated <= bound, $"Input {i} of {input.Length} bytes allocated {allocated} bytes.");
        }

        return new FuzzResult(parsed, rejected);
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var input = (byte[])original.Clone();
        var kind = random.Next(4);
        switch (kind)
        {
            case 0:
                // Truncation anywhere.
                return input[..random.Next(input.Length)];
            case 1:
                // A few bit flips.
                for (var n = random.Next(1, 9); n > 0; n--)
                {
                    var at = random.Next(input.Length);
                    input[at] ^= (byte)(1 << random.Next(8));
                }

                return input;
            default:
                // Corrupt a 16- or 32-bit field with a nasty length.
                uint[] nasty = [0, 1, 3, 0xFF, 0xFFFF, 0xFFFE, 0x7FFFFFFF, 0xFFFFFFFF, 0xFFFFFFFE, 0x80000000, (uint)input.Length, (uint)random.Next()];
                for (var n = random.Next(1, 4); n > 0; n--)
                {
                    var at = random.Next(Math.Max(1, input.Length - 4));
                    var value = nasty[random.Next(nasty.Length)];
                    if (random.Next(2) == 0)
                    {
                        BinaryPrimitives.WriteUInt32LittleEndian(input.AsSpan(at), value);
                    }
                    else
                    {
                        BinaryPrimitives.WriteUInt16LittleEndian(input.AsSpan(at), (ushort)value);
                    }
                }

                return input;
        }
    }

    private static bool IsDeflated(byte[] seed) =>
        System.Text.Encoding.ASCII.GetString(seed, 0, Math.Min(seed.Length, 1024)).Contains("1.2.840.10008.1.2.1.99", StringComparison.Ordinal);

    private static List<byte[]> Seeds()
    {
        var seeds = new List<byte[]>(SyntheticSeeds.All());
        foreach (var path in CorpusFiles.All.Where(File.Exists))
        {
            using var stream = File.OpenRead(path);
            var bytes = new byte[Math.Min(stream.Length, MaxSeedLength)];
            stream.ReadExactly(bytes);
            seeds.Add(bytes);
        }

        return seeds;
    }

    private sealed record FuzzResult(int Parsed, int Rejected);
}
