namespace OpenRem.Dicom.Network.Pdu;

/// <summary>Choices for decoding PDUs where the standard is stricter than what peers send.</summary>
public sealed class PduDecodeOptions
{
    /// <summary>The defaults: odd PDV fragments are tolerated.</summary>
    public static PduDecodeOptions Default { get; } = new();

    /// <summary>
    /// Refuse PDVs whose fragment has an odd length. PS3.8 Annex E requires even fragments, but the value is
    /// still readable, so by default they are accepted (and this side never sends one).
    /// </summary>
    public bool RejectOddPdvLength { get; init; }
}
