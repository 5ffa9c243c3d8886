using System.Buffers.Binary;

namespace OpenRem.Dicom.Network.Pdu;

/// <summary>
/// Walks the PDV items of a P-DATA-TF body without copying: each <see cref="PDV.Value"/> is a slice of the body.
/// Refuses an item length below 2 (no room for the ID and control bytes), a length past the end of the body and,
/// if asked, an odd fragment length.
/// </summary>
public struct PdvReader
{
    private readonly ReadOnlyMemory<byte> _body;
    private readonly bool _rejectOddLength;
    private int _offset;

    public PdvReader(ReadOnlyMemory<byte> body, PduDecodeOptions? options = null)
    {
        _body = body;
        _rejectOddLength = (options ?? PduDecodeOptions.Default).RejectOddPdvLength;
        _offset = 0;
    }

    /// <summary>The offset in the body of the next PDV item.</summary>
    public readonly int Offset => _offset;

    /// <summary>Reads the next PDV; false at the end of the body.</summary>
    public bool TryRead(out PDV pdv)
    {
        var span = _body.Span;
        var remaining = span.Length - _offset;
        if (remaining == 0)
        {
            pdv = default;
            return false;
        }

        if (remaining < 4)
        {
            throw new DicomPduException($"The P-DATA-TF ends with {remaining} byte(s) at offset {_offset}, too few for a PDV item length.");
        }

        var itemLength = BinaryPrimitives.ReadUInt32BigEndian(span[_offset..]);
        if (itemLength < 2)
        {
            throw new DicomPduException(
                $"The PDV at offset {_offset} of the P-DATA-TF has item length {itemLength}; it needs at least 2 for the presentation context ID and the message control header.");
        }

        if (itemLength > (uint)(remaining - 4))
        {
            throw new DicomPduException(
                $"The PDV at offset {_offset} of the P-DATA-TF claims {itemLength} bytes, but only {remaining - 4} remain in the PDU.");
        }

        var valueLength = (int)itemLength - 2;
        if (_rejectOddLength && (valueLength & 1) == 1)
        {
            throw new DicomPduException(
                $"The PDV at offset {_offset} of the P-DATA-TF carries an odd fragment of {valueLength} bytes; fragments must have even length (PS3.8 Annex E).");
        }

        pdv = PDV.FromWire(span[_offset + 4], span[_offset + 5], _body.Slice(_offset + PDV.HeaderLength, valueLength));
        _offset += 4 + (int)itemLength;
        return true;
    }
}
