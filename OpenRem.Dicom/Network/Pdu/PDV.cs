namespace OpenRem.Dicom.Network.Pdu;

/// <summary>
/// A presentation data value item of a P-DATA-TF PDU (PS3.8 §9.3.5, Annex E): the presentation context ID,
/// the message control header (bit 0: command rather than data set; bit 1: last fragment) and one fragment of a
/// command or data set. A decoded PDV's <see cref="Value"/> is a slice of the PDU body it came from.
/// </summary>
public readonly struct PDV : IEquatable<PDV>
{
    /// <summary>Item length field (4) + presentation context ID (1) + message control header (1).</summary>
    public const int HeaderLength = 6;

    private const byte CommandBit = 0x01;
    private const byte LastFragmentBit = 0x02;

    public PDV(byte presentationContextId, bool isCommand, bool isLastFragment, ReadOnlyMemory<byte> value)
        : this(
            PresentationContextIds.Require(presentationContextId, nameof(presentationContextId)),
            (byte)((isCommand ? CommandBit : 0) | (isLastFragment ? LastFragmentBit : 0)),
            value)
    {
    }

    private PDV(byte presentationContextId, byte messageControlHeader, ReadOnlyMemory<byte> value)
    {
        PCID = presentationContextId;
        MessageControlHeader = messageControlHeader;
        Value = value;
    }

    /// <summary>The presentation context ID. The codec does not check it: only the association knows which IDs were accepted.</summary>
    public byte PCID { get; }

    /// <summary>The message control header byte as sent; bits 2-7 are reserved and not tested.</summary>
    public byte MessageControlHeader { get; }

    public bool IsCommand => (MessageControlHeader & CommandBit) != 0;

    public bool IsLastFragment => (MessageControlHeader & LastFragmentBit) != 0;

    /// <summary>The fragment bytes.</summary>
    public ReadOnlyMemory<byte> Value { get; }

    /// <summary>The PDV item length field: the fragment plus the ID and control bytes.</summary>
    public long ItemLength => 2L + Value.Length;

    /// <summary>The encoded length including the 4-byte item length field.</summary>
    public long Length => HeaderLength + (long)Value.Length;

    public static bool operator ==(PDV left, PDV right) => left.Equals(right);

    public static bool operator !=(PDV left, PDV right) => !left.Equals(right);

    public bool Equals(PDV other) =>
        PCID == other.PCID && MessageControlHeader == other.MessageControlHeader && Value.Span.SequenceEqual(other.Value.Span);

    public override bool Equals(object? obj) => obj is PDV other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(PCID, MessageControlHeader, Value.Length);

    public override string ToString() =>
        $"PDV pc {PCID} {(IsCommand ? "command" : "data set")} {(IsLastFragment ? "last" : "more")} {Value.Length} bytes";

    internal static PDV FromWire(byte presentationContextId, byte messageControlHeader, ReadOnlyMemory<byte> value) =>
        new(presentationContextId, messageControlHeader, value);
}
