namespace OpenRem.Dicom.Network.Pdu;

/// <summary>The A-RELEASE-RP PDU (type 0x06, PS3.8 §9.3.7): the answer to A-RELEASE-RQ. Its body is four reserved bytes.</summary>
public sealed class AReleaseRP : ProtocolDataUnit
{
    public override RawPduType Type => RawPduType.AReleaseRP;

    public override int BodyLength => FixedPduBody.Length;

    /// <summary>Decodes the 4-byte body; the reserved bytes are not tested.</summary>
    public static AReleaseRP Decode(ReadOnlySpan<byte> body)
    {
        FixedPduBody.Require(body, "A-RELEASE-RP");
        return new AReleaseRP();
    }

    public override string ToString() => "A-RELEASE-RP";

    private protected override void WriteBody(Span<byte> body) => body.Clear();
}
