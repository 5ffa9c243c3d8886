namespace OpenRem.Dicom.Network.Pdu;

/// <summary>The A-ABORT PDU (type 0x07, PS3.8 §9.3.8): either side ends the association at once.</summary>
public sealed class AAbort : ProtocolDataUnit
{
    public AAbort(DicomAbortSource source = DicomAbortSource.ServiceUser, DicomAbortReason reason = DicomAbortReason.NotSpecified)
    {
        Source = source;
        Reason = reason;
    }

    public override RawPduType Type => RawPduType.AAbort;

    public override int BodyLength => FixedPduBody.Length;

    public DicomAbortSource Source { get; }

    /// <summary>The reason; meaningful only when the source is the service provider.</summary>
    public DicomAbortReason Reason { get; }

    /// <summary>A sentence such as "aborted by the service provider: unrecognised PDU".</summary>
    public string Description => $"aborted by {Source.GetDescription()}: {Reason.GetDescription()}";

    /// <summary>Decodes the 4-byte body: two reserved bytes, source, reason (kept as sent).</summary>
    public static AAbort Decode(ReadOnlySpan<byte> body)
    {
        FixedPduBody.Require(body, "A-ABORT");
        return new AAbort((DicomAbortSource)body[2], (DicomAbortReason)body[3]);
    }

    public override string ToString() => $"A-ABORT: {Description}";

    private protected override void WriteBody(Span<byte> body)
    {
        body[0] = 0;
        body[1] = 0;
        body[2] = (byte)Source;
        body[3] = (byte)Reason;
    }
}
