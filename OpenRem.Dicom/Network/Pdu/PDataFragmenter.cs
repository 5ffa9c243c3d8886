using System.Buffers;
using System.Buffers.Binary;

namespace OpenRem.Dicom.Network.Pdu;

/// <summary>
/// Cuts a command set or data set into P-DATA-TF PDUs for a peer, one PDV per PDU, the last-fragment bit on the
/// last one. Each PDU including its 6-byte header stays within the peer's maximum length (the conservative reading
/// of PS3.8 D.1 that DCMTK follows: maximum 4096 gives 4096-byte PDUs carrying 4084-byte fragments). A maximum of
/// 0 means the peer has no limit; then <see cref="DefaultMaxSendPduLength"/> applies. Fragments have even length.
/// </summary>
public sealed class PDataFragmenter
{
    /// <summary>The size cap for PDUs this side sends when the peer allows more: 256 KiB.</summary>
    public const int DefaultMaxSendPduLength = 256 * 1024;

    /// <summary>The bytes of a one-PDV P-DATA-TF that are not fragment: PDU header (6) + PDV header (6).</summary>
    public const int Overhead = PduHeader.Size + PDV.HeaderLength;

    public PDataFragmenter(uint peerMaxPduLength, int maxSendPduLength = DefaultMaxSendPduLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSendPduLength, Overhead + 2);
        var limit = peerMaxPduLength == 0 ? maxSendPduLength : (int)Math.Min(peerMaxPduLength, (uint)maxSendPduLength);
        if (limit < Overhead + 2)
        {
            throw new DicomNetworkException(
                $"The peer's maximum PDU length of {peerMaxPduLength} bytes leaves no room for a fragment after the {Overhead} bytes of headers.");
        }

        MaxPdvValueLength = (limit - Overhead) & ~1;
    }

    /// <summary>The largest fragment one PDU carries (even).</summary>
    public int MaxPdvValueLength { get; }

    /// <summary>
    /// The PDUs that carry <paramref name="message"/>; their PDVs are slices of it, so it must stay unchanged until
    /// they are written. An empty message gives one PDU with an empty last fragment.
    /// </summary>
    public IEnumerable<PDataTF> Fragment(ReadOnlyMemory<byte> message, byte presentationContextId, bool isCommand)
    {
        RequireEven(message.Length, nameof(message));
        PresentationContextIds.Require(presentationContextId, nameof(presentationContextId));
        return Iterate(message, presentationContextId, isCommand);
    }

    /// <summary>
    /// Reads <paramref name="source"/> to its end and writes the P-DATA-TF PDUs to <paramref name="destination"/>
    /// without holding more than two fragments in memory. Returns the number of message bytes sent.
    /// An odd total length is refused when it shows up, before the last PDU is written.
    /// </summary>
    public async Task<long> WriteAsync(Stream source, Stream destination, byte presentationContextId, bool isCommand, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        PresentationContextIds.Require(presentationContextId, nameof(presentationContextId));
        var current = ArrayPool<byte>.Shared.Rent(Overhead + MaxPdvValueLength);
        var next = ArrayPool<byte>.Shared.Rent(Overhead + MaxPdvValueLength);
        try
        {
            long sent = 0;
            var currentLength = await FillAsync(source, current, cancellationToken).ConfigureAwait(false);
            while (true)
            {
                var nextLength = currentLength < MaxPdvValueLength ? 0 : await FillAsync(source, next, cancellationToken).ConfigureAwait(false);
                var isLast = nextLength == 0;
                if (isLast)
                {
                    RequireEven(sent + currentLength, nameof(source));
                }

                WriteHeaders(current, presentationContextId, isCommand, isLast, currentLength);
                await destination.WriteAsync(current.AsMemory(0, Overhead + currentLength), cancellationToken).ConfigureAwait(false);
                sent += currentLength;
                if (isLast)
                {
                    await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
                    return sent;
                }

                (current, next) = (next, current);
                currentLength = nextLength;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(current);
            ArrayPool<byte>.Shared.Return(next);
        }
    }

    private IEnumerable<PDataTF> Iterate(ReadOnlyMemory<byte> message, byte presentationContextId, bool isCommand)
    {
        var offset = 0;
        do
        {
            var length = Math.Min(MaxPdvValueLength, message.Length - offset);
            var isLast = offset + length == message.Length;
            yield return new PDataTF(new PDV(presentationContextId, isCommand, isLast, message.Slice(offset, length)));
            offset += length;
        }
        while (offset < message.Length);
    }

    private ValueTask<int> FillAsync(Stream source, byte[] buffer, CancellationToken cancellationToken) =>
        source.ReadAtLeastAsync(buffer.AsMemory(Overhead, MaxPdvValueLength), MaxPdvValueLength, throwOnEndOfStream: false, cancellationToken);

    private static void WriteHeaders(byte[] buffer, byte presentationContextId, bool isCommand, bool isLast, int valueLength)
    {
        new PduHeader(RawPduType.PDataTF, (uint)(PDV.HeaderLength + valueLength)).Write(buffer);
        BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(PduHeader.Size), (uint)(2 + valueLength));
        buffer[PduHeader.Size + 4] = presentationContextId;
        buffer[PduHeader.Size + 5] = (byte)((isCommand ? 1 : 0) | (isLast ? 2 : 0));
    }

    private static void RequireEven(long length, string parameterName)
    {
        if ((length & 1) == 1)
        {
            throw new ArgumentException($"The message has {length} bytes; DICOM command sets and data sets have even length.", parameterName);
        }
    }
}
