using System.Buffers;
using System.Runtime.CompilerServices;

namespace OpenRem.Dicom.Network.Pdu;

/// <summary>
/// Reads whole PDUs from a stream. The header is checked (known type, length within the limits) before any body
/// buffer is taken, and the buffer grows only as bytes actually arrive, so a header that claims a huge length
/// costs nothing. The body buffer comes from the shared array pool; when a <see cref="RawPdu"/> is disposed its
/// buffer comes back to this reader for the next PDU, so a stream of PDUs reuses one buffer instead of renting
/// (and growing) one per PDU. One reader serves one stream; calls must not overlap.
/// </summary>
public sealed class PduReader
{
    private const int InitialBufferLength = 64 * 1024;

    private readonly Stream _stream;
    private readonly PduReaderOptions _options;
    private readonly byte[] _header = new byte[PduHeader.Size];
    private byte[]? _spare;

    public PduReader(Stream stream, PduReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _options = options ?? PduReaderOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(_options.MaxPduLength, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(_options.MaxAssociatePduLength, nameof(options));
    }

    /// <summary>
    /// Reads the next PDU. Returns null when the stream ends cleanly before the first byte of a PDU (the peer
    /// closed the connection between PDUs); throws <see cref="ConnectionClosedPrematurelyException"/> when it ends
    /// inside one, and <see cref="DicomPduException"/> for an unknown type or a length over the limits.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<RawPdu?> ReadAsync(CancellationToken cancellationToken = default)
    {
        var headerRead = await _stream.ReadAtLeastAsync(_header, PduHeader.Size, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        if (headerRead == 0)
        {
            return null;
        }

        if (headerRead < PduHeader.Size)
        {
            throw new ConnectionClosedPrematurelyException(
                $"The connection closed after {headerRead} of the {PduHeader.Size} bytes of a PDU header.");
        }

        var header = PduHeader.Read(_header);
        var length = CheckHeader(header);
        var buffer = TakeBuffer(Math.Min(length, InitialBufferLength));
        try
        {
            var filled = 0;
            while (filled < length)
            {
                if (filled == buffer.Length)
                {
                    buffer = Grow(buffer, Math.Min(length, buffer.Length * 2L));
                }

                var read = await _stream.ReadAsync(buffer.AsMemory(filled, Math.Min(buffer.Length, length) - filled), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    throw new ConnectionClosedPrematurelyException(
                        $"The connection closed after {filled} of the {length} bytes of the {PduDecoder.Name(header.Type)} body.");
                }

                filled += read;
            }

            return new RawPdu(header.Type, buffer, length, this);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>Gives the kept buffer back to the shared pool: the stream is done with.</summary>
    public void ReleaseBuffer()
    {
        var spare = Interlocked.Exchange(ref _spare, null);
        if (spare is not null)
        {
            ArrayPool<byte>.Shared.Return(spare);
        }
    }

    /// <summary>Keeps a disposed PDU's buffer for the next read; false when one is kept already.</summary>
    internal bool Keep(byte[] buffer) => Interlocked.CompareExchange(ref _spare, buffer, null) is null;

    private byte[] TakeBuffer(int minimumLength)
    {
        var spare = Interlocked.Exchange(ref _spare, null);
        if (spare is not null && spare.Length >= minimumLength)
        {
            return spare;
        }

        if (spare is not null)
        {
            ArrayPool<byte>.Shared.Return(spare);
        }

        return ArrayPool<byte>.Shared.Rent(minimumLength);
    }

    private int CheckHeader(PduHeader header)
    {
        if (!header.IsKnownType)
        {
            throw PduDecoder.UnknownType((byte)header.Type);
        }

        var limit = header.Type is RawPduType.AAssociateRQ or RawPduType.AAssociateAC
            ? Math.Min(_options.MaxPduLength, _options.MaxAssociatePduLength)
            : _options.MaxPduLength;
        if (header.Length > (uint)limit)
        {
            throw new DicomPduException(
                $"The {PduDecoder.Name(header.Type)} header claims {header.Length} bytes; at most {limit} are accepted.");
        }

        return (int)header.Length;
    }

    private static byte[] Grow(byte[] buffer, long newLength)
    {
        var larger = ArrayPool<byte>.Shared.Rent((int)newLength);
        buffer.AsSpan().CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}
