using System.Buffers;

namespace OpenRem.Dicom.Network.Pdu;

/// <summary>
/// One PDU as read from a stream: its type and its body in a buffer rented from the shared array pool.
/// Dispose it to return the buffer (to the reader that read it, for its next PDU, or to the pool); a
/// <see cref="PDataTF"/> decoded from it refers to that buffer and must not be used afterwards.
/// </summary>
public sealed class RawPdu : IDisposable
{
    private readonly PduReader? _reader;
    private byte[]? _buffer;

    internal RawPdu(RawPduType type, byte[] buffer, int length, PduReader? reader = null)
    {
        Type = type;
        _buffer = buffer;
        Length = length;
        _reader = reader;
    }

    public RawPduType Type { get; }

    /// <summary>The body length, the value of the header's PDU-length field.</summary>
    public int Length { get; }

    /// <summary>The body, valid until the instance is disposed.</summary>
    public ReadOnlyMemory<byte> Body =>
        new(_buffer ?? throw new ObjectDisposedException(nameof(RawPdu)), 0, Length);

    /// <summary>Decodes the body into the PDU type's model.</summary>
    public ProtocolDataUnit Decode(PduDecodeOptions? options = null) => PduDecoder.DecodeBody(Type, Body, options);

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, null);
        if (buffer is not null && _reader?.Keep(buffer) != true)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public override string ToString() => $"{PduDecoder.Name(Type)} ({Length} bytes)";
}
