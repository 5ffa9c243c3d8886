namespace OpenRem.Dicom.Network.Pdu;

/// <summary>The A-RELEASE-RQ PDU (type 0x05, PS3.8 §9.3.6): the requestor asks to end the association in an orderly way. Its body is four reserved bytes.</summary>
public sealed class AReleaseRQ : ProtocolDataUnit
{
    public override RawPduType Type => RawPduType.AReleaseRQ;

    public override int BodyLength => FixedPduBody.Length;

    /// <summary>Decodes the 4-byte body; the reserved bytes are not tested.</summary>
    public static AReleaseRQ Decode(ReadOnlySpan<byte> body)
    {
        FixedPduBody.Require(body, "A-RELEASE-RQ");
        return new AReleaseRQ();
    }

    public override string ToString() => "A-RELEASE-RQ";

    private protected override void WriteBody(Span<byte> body) => body.Clear();
}
