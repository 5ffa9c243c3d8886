using System.Buffers;

namespace OpenRem.Dicom.Network.Pdu;

/// <summary>Writes whole PDUs to a stream, each encoded into a pooled buffer and written with one call, then flushed.</summary>
public sealed class PduWriter
{
    private readonly Stream _stream;

    public PduWriter(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
    }

    public async ValueTask WriteAsync(ProtocolDataUnit pdu, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pdu);
        var length = pdu.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            pdu.Encode(buffer);
            await _stream.WriteAsync(buffer.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
            await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
