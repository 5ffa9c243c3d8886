namespace OpenRem.Dicom.IO;

/// <summary>A read-only, forward-only stream over what is left of a <see cref="ByteSource"/>.</summary>
internal sealed class ByteSourceStream(ByteSource source) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => source.Position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => source.ReadSome(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer) => source.ReadSome(buffer);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
