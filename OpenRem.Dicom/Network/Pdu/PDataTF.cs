using System.Buffers.Binary;

namespace OpenRem.Dicom.Network.Pdu;

/// <summary>
/// The P-DATA-TF PDU (type 0x04, PS3.8 §9.3.5): one or more PDVs. A decoded instance refers to the body it was
/// decoded from (no fragment is copied), so it is valid only as long as that memory is.
/// </summary>
public sealed class PDataTF : ProtocolDataUnit
{
    private readonly PDV[] _pdvs;

    public PDataTF(params IEnumerable<PDV> pdvs)
        : this(RequirePdvs(pdvs))
    {
    }

    private PDataTF(PDV[] pdvs)
    {
        _pdvs = pdvs;
        long length = 0;
        foreach (var pdv in pdvs)
        {
            length += pdv.Length;
        }

        BodyLength = RequireBodyLength(length);
    }

    public override RawPduType Type => RawPduType.PDataTF;

    public override int BodyLength { get; }

    /// <summary>The PDVs in wire order.</summary>
    public IReadOnlyList<PDV> PDVs => _pdvs;

    /// <summary>Decodes a P-DATA-TF body; the PDV values are slices of <paramref name="body"/>.</summary>
    public static PDataTF Decode(ReadOnlyMemory<byte> body, PduDecodeOptions? options = null)
    {
        var reader = new PdvReader(body, options);
        var pdvs = new List<PDV>(1);
        while (reader.TryRead(out var pdv))
        {
            pdvs.Add(pdv);
        }

        if (pdvs.Count == 0)
        {
            throw new DicomPduException("The P-DATA-TF holds no PDV; it must hold at least one.");
        }

        return new PDataTF(pdvs.ToArray());
    }

    /// <summary>
    /// Checks a P-DATA-TF body as <see cref="Decode"/> does, without keeping anything: a receiver that then walks it
    /// with a <see cref="PdvReader"/> refuses a bad PDU before taking any of its PDVs, and allocates nothing.
    /// </summary>
    public static void Check(ReadOnlyMemory<byte> body, PduDecodeOptions? options = null)
    {
        var reader = new PdvReader(body, options);
        if (!reader.TryRead(out _))
        {
            throw new DicomPduException("The P-DATA-TF holds no PDV; it must hold at least one.");
        }

        while (reader.TryRead(out _))
        {
        }
    }

    public override string ToString() => $"P-DATA-TF: {string.Join("; ", _pdvs)}";

    private protected override void WriteBody(Span<byte> body)
    {
        var offset = 0;
        foreach (var pdv in _pdvs)
        {
            BinaryPrimitives.WriteUInt32BigEndian(body[offset..], (uint)pdv.ItemLength);
            body[offset + 4] = pdv.PCID;
            body[offset + 5] = pdv.MessageControlHeader;
            pdv.Value.Span.CopyTo(body[(offset + PDV.HeaderLength)..]);
            offset += (int)pdv.Length;
        }
    }

    private static PDV[] RequirePdvs(IEnumerable<PDV> pdvs)
    {
        ArgumentNullException.ThrowIfNull(pdvs);
        var list = pdvs.ToArray();
        return list.Length > 0 ? list : throw new ArgumentException("A P-DATA-TF holds at least one PDV.", nameof(pdvs));
    }
}
