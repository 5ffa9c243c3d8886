namespace OpenRem.Dicom.Network.Pdu;

/// <summary>
/// Selects the constructor that takes values as a decoder found them: the decoder has already applied the
/// (more lenient) rules for what a peer may send, so the stricter rules for what this side builds are skipped.
/// </summary>
internal readonly struct SkipValidation;
