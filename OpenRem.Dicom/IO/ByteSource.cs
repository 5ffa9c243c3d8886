using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace OpenRem.Dicom.IO;

/// <summary>
/// A buffered, forward-only reader over a stream that tracks the absolute byte offset, knows how many
/// bytes remain when the stream can tell, and never allocates more than the data that actually arrives.
/// </summary>
internal sealed class ByteSource
{
    private const int BufferSize = 64 * 1024;
    private const int ChunkSize = 1024 * 1024;

    private readonly Stream _stream;
    private readonly long? _end;
    private byte[] _buffer;
    private int _position;
    private int _length;
    private long _bufferStart;
    private bool _endOfStream;

    public ByteSource(Stream stream, long startOffset = 0)
    {
        _stream = stream;
        _bufferStart = startOffset;
        var bufferSize = BufferSize;
        if (stream.CanSeek)
        {
            _bufferStart = stream.Position;
            _end = stream.Length;

            // A short stream (a small file) needs no more buffer than it has bytes.
            bufferSize = (int)Math.Clamp(_end.Value - _bufferStart, 16, BufferSize);
        }

        _buffer = new byte[bufferSize];
    }

    /// <summary>Reads bytes already in memory, in place (offsets count from their start); nothing is copied but the values read.</summary>
    public ByteSource(ReadOnlyMemory<byte> data)
    {
        _stream = Stream.Null;
        if (!MemoryMarshal.TryGetArray(data, out var segment))
        {
            segment = new ArraySegment<byte>(data.ToArray());
        }

        _buffer = segment.Array!;
        _position = segment.Offset;
        _length = segment.Offset + segment.Count;
        _bufferStart = -segment.Offset;
        _end = segment.Count;
        _endOfStream = true;
    }

    /// <summary>The absolute offset of the next byte.</summary>
    public long Position => _bufferStart + _position;

    /// <summary>Bytes left before the end of the stream, when the stream can tell.</summary>
    public long? Remaining => _end - Position;

    public bool CanSeek => _stream.CanSeek;

    public bool IsAtEnd => !Ensure(1);

    /// <summary>The next <paramref name="count"/> bytes without consuming them, or an empty span at the end of the data.</summary>
    public ReadOnlySpan<byte> Peek(int count) =>
        Ensure(count) ? _buffer.AsSpan(_position, count) : ReadOnlySpan<byte>.Empty;

    public ushort ReadUInt16(bool bigEndian)
    {
        Require(2);
        var span = _buffer.AsSpan(_position, 2);
        _position += 2;
        return bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(span) : BinaryPrimitives.ReadUInt16LittleEndian(span);
    }

    public uint ReadUInt32(bool bigEndian)
    {
        Require(4);
        var span = _buffer.AsSpan(_position, 4);
        _position += 4;
        return bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(span) : BinaryPrimitives.ReadUInt32LittleEndian(span);
    }

    public byte ReadByte()
    {
        Require(1);
        return _buffer[_position++];
    }

    /// <summary>Reads exactly <paramref name="count"/> bytes; fails at the end of the data without allocating the claimed size up front.</summary>
    public byte[] ReadBytes(long count)
    {
        if (count == 0)
        {
            return [];
        }

        if (Remaining is { } remaining && count > remaining)
        {
            throw new DicomDataException($"A value of {count} bytes runs past the end of the data ({remaining} bytes left)", Position);
        }

        if (count > Array.MaxLength)
        {
            throw new DicomDataException($"A value of {count} bytes is too large", Position);
        }

        if (Remaining is not null || count <= ChunkSize)
        {
            var result = new byte[count];
            ReadInto(result);
            return result;
        }

        // Length unknown (a network or inflating stream): grow with the data that really arrives.
        using var collected = new MemoryStream();
        var chunk = new byte[ChunkSize];
        var left = count;
        while (left > 0)
        {
            var n = (int)Math.Min(chunk.Length, left);
            ReadInto(chunk.AsSpan(0, n));
            collected.Write(chunk, 0, n);
            left -= n;
        }

        return collected.ToArray();
    }

    public void Skip(long count)
    {
        if (count < 0)
        {
            throw new DicomDataException("Negative skip", Position);
        }

        var inBuffer = Math.Min(count, _length - _position);
        _position += (int)inBuffer;
        count -= inBuffer;
        if (count == 0)
        {
            return;
        }

        if (_stream.CanSeek)
        {
            var target = Position + count;
            if (_end is { } end && target > end)
            {
                throw new DicomDataException($"Cannot skip {count} bytes: the data ends first", Position);
            }

            _stream.Seek(target, SeekOrigin.Begin);
            _bufferStart = target;
            _position = 0;
            _length = 0;
            return;
        }

        while (count > 0)
        {
            if (!Ensure(1))
            {
                throw new DicomDataException("Unexpected end of data while skipping a value", Position);
            }

            var step = (int)Math.Min(count, _length - _position);
            _position += step;
            count -= step;
        }
    }

    /// <summary>The rest of the data as a forward-only stream (for inflating a deflated dataset).</summary>
    public Stream AsStream() => new ByteSourceStream(this);

    /// <summary>Reads what is available, up to <paramref name="destination"/>'s length; 0 at the end of the data.</summary>
    public int ReadSome(Span<byte> destination)
    {
        if (destination.Length == 0 || !Ensure(1))
        {
            return 0;
        }

        var take = Math.Min(destination.Length, _length - _position);
        _buffer.AsSpan(_position, take).CopyTo(destination);
        _position += take;
        return take;
    }

    private void ReadInto(Span<byte> destination)
    {
        var fromBuffer = Math.Min(destination.Length, _length - _position);
        _buffer.AsSpan(_position, fromBuffer).CopyTo(destination);
        _position += fromBuffer;
        var rest = destination[fromBuffer..];
        while (rest.Length > 0)
        {
            if (rest.Length >= _buffer.Length)
            {
                var n = _stream.Read(rest);
                if (n == 0)
                {
                    throw new DicomDataException("Unexpected end of data inside a value", Position);
                }

                _bufferStart += _length + n;
                _position = 0;
                _length = 0;
                rest = rest[n..];
                continue;
            }

            if (!Ensure(1))
            {
                throw new DicomDataException("Unexpected end of data inside a value", Position);
            }

            var take = Math.Min(rest.Length, _length - _position);
            _buffer.AsSpan(_position, take).CopyTo(rest);
            _position += take;
            rest = rest[take..];
        }
    }

    private void Require(int count)
    {
        if (!Ensure(count))
        {
            throw new DicomDataException($"Unexpected end of data: {count} bytes needed", Position);
        }
    }

    private bool Ensure(int count)
    {
        if (_length - _position >= count)
        {
            return true;
        }

        if (_endOfStream)
        {
            return false;
        }

        var keep = _length - _position;
        if (count > _buffer.Length)
        {
            Array.Resize(ref _buffer, count);
        }

        if (keep > 0 && _position > 0)
        {
            Buffer.BlockCopy(_buffer, _position, _buffer, 0, keep);
        }

        _bufferStart += _position;
        _position = 0;
        _length = keep;
        while (_length < count)
        {
            var n = _stream.Read(_buffer, _length, _buffer.Length - _length);
            if (n == 0)
            {
                _endOfStream = true;
                return false;
            }

            _length += n;
        }

        return true;
    }
}
