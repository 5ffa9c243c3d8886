namespace OpenRem.Dicom.Network.Pdu;

/// <summary>The A-ASSOCIATE-RJ PDU (type 0x03, PS3.8 §9.3.4): the acceptor refuses the association.</summary>
public sealed class AAssociateRJ : ProtocolDataUnit
{
    public AAssociateRJ(DicomRejectResult result, DicomRejectSource source, DicomRejectReason reason)
    {
        if ((byte)source > 0x0F || (byte)reason >> 4 != (byte)source)
        {
            throw new ArgumentException($"The reason {reason} does not belong to the source {source}.", nameof(reason));
        }

        Result = result;
        Source = source;
        Reason = reason;
    }

    public override RawPduType Type => RawPduType.AAssociateRJ;

    public override int BodyLength => FixedPduBody.Length;

    public DicomRejectResult Result { get; }

    public DicomRejectSource Source { get; }

    /// <summary>The reason, combined with the source as <c>source &lt;&lt; 4 | reason</c>.</summary>
    public DicomRejectReason Reason { get; }

    /// <summary>A sentence such as "rejected permanently by the service user: called AE title not recognised".</summary>
    public string Description => $"{Result.GetDescription()} by {Source.GetDescription()}: {Reason.GetDescription()}";

    /// <summary>Decodes the 4-byte body: reserved, result, source, reason. Result values are kept as sent; a source or reason above 15 is refused.</summary>
    public static AAssociateRJ Decode(ReadOnlySpan<byte> body)
    {
        FixedPduBody.Require(body, "A-ASSOCIATE-RJ");
        var source = body[2];
        var reason = body[3];
        if (source > 0x0F || reason > 0x0F)
        {
            throw new DicomPduException($"The A-ASSOCIATE-RJ has source {source} and reason {reason}; neither is defined.");
        }

        return new AAssociateRJ((DicomRejectResult)body[1], (DicomRejectSource)source, (DicomRejectReason)((source << 4) | reason));
    }

    public override string ToString() => $"A-ASSOCIATE-RJ: {Description}";

    private protected override void WriteBody(Span<byte> body)
    {
        body[0] = 0;
        body[1] = (byte)Result;
        body[2] = (byte)Source;
        body[3] = (byte)((byte)Reason & 0x0F);
    }
}
