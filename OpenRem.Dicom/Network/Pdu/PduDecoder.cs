namespace OpenRem.Dicom.Network.Pdu;

/// <summary>Decodes PDUs of any type from bytes. Every malformed input raises <see cref="DicomPduException"/>.</summary>
public static class PduDecoder
{
    /// <summary>Decodes one whole PDU, header included; the buffer must hold exactly that PDU.</summary>
    public static ProtocolDataUnit Decode(ReadOnlyMemory<byte> pdu, PduDecodeOptions? options = null)
    {
        if (pdu.Length < PduHeader.Size)
        {
            throw new DicomPduException($"A PDU has at least {PduHeader.Size} bytes of header; {pdu.Length} were given.");
        }

        var header = PduHeader.Read(pdu.Span);
        if (!header.IsKnownType)
        {
            throw UnknownType((byte)header.Type);
        }

        var body = pdu[PduHeader.Size..];
        if (header.Length != (uint)body.Length)
        {
            throw new DicomPduException($"The {Name(header.Type)} header gives a length of {header.Length}, but {body.Length} bytes follow it.");
        }

        return DecodeBody(header.Type, body, options);
    }

    /// <summary>Decodes the body (the bytes after the header) of a PDU of the given type.</summary>
    public static ProtocolDataUnit DecodeBody(RawPduType type, ReadOnlyMemory<byte> body, PduDecodeOptions? options = null) => type switch
    {
        RawPduType.AAssociateRQ => AAssociateRQ.Decode(body.Span),
        RawPduType.AAssociateAC => AAssociateAC.Decode(body.Span),
        RawPduType.AAssociateRJ => AAssociateRJ.Decode(body.Span),
        RawPduType.PDataTF => PDataTF.Decode(body, options),
        RawPduType.AReleaseRQ => AReleaseRQ.Decode(body.Span),
        RawPduType.AReleaseRP => AReleaseRP.Decode(body.Span),
        RawPduType.AAbort => AAbort.Decode(body.Span),
        _ => throw UnknownType((byte)type),
    };

    /// <summary>The standard's name of a PDU type, e.g. "A-ASSOCIATE-RQ".</summary>
    public static string Name(RawPduType type) => type switch
    {
        RawPduType.AAssociateRQ => "A-ASSOCIATE-RQ",
        RawPduType.AAssociateAC => "A-ASSOCIATE-AC",
        RawPduType.AAssociateRJ => "A-ASSOCIATE-RJ",
        RawPduType.PDataTF => "P-DATA-TF",
        RawPduType.AReleaseRQ => "A-RELEASE-RQ",
        RawPduType.AReleaseRP => "A-RELEASE-RP",
        RawPduType.AAbort => "A-ABORT",
        _ => $"PDU of unknown type 0x{(byte)type:X2}",
    };

    internal static DicomPduException UnknownType(byte type) =>
        new($"PDU type 0x{type:X2} is not one of the seven the upper layer defines (0x01-0x07).", DicomAbortReason.UnrecognizedPDU);
}
