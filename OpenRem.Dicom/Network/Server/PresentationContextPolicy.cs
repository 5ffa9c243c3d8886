using System.Collections.Frozen;

namespace OpenRem.Dicom.Network.Server;

/// <summary>
/// Answers proposed presentation contexts: Verification and the storage SOP classes are accepted, anything else is
/// refused as abstract syntax not supported. The transfer syntax is the first of ours (Explicit VR Little Endian,
/// then Implicit VR Little Endian) that was proposed; failing those, the first proposed syntax this library knows
/// (encapsulated, deflated or big endian), since objects are kept byte for byte as received. A context that proposes
/// none of these is refused as transfer syntaxes not supported.
/// </summary>
public sealed class PresentationContextPolicy
{
    private static readonly DicomTransferSyntax[] Preferred = [DicomTransferSyntax.ExplicitVRLittleEndian, DicomTransferSyntax.ImplicitVRLittleEndian];

    private readonly FrozenSet<string> _additionalStorageClasses;
    private readonly bool _acceptStorage;

    /// <param name="acceptStorage">False for a server that only answers C-ECHO.</param>
    /// <param name="additionalStorageClasses">SOP classes accepted for storage besides the dictionary's storage classes.</param>
    public PresentationContextPolicy(bool acceptStorage, IEnumerable<string> additionalStorageClasses)
    {
        ArgumentNullException.ThrowIfNull(additionalStorageClasses);
        _acceptStorage = acceptStorage;
        _additionalStorageClasses = additionalStorageClasses.Select(uid => uid.Trim()).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>True when contexts for <paramref name="abstractSyntax"/> are accepted.</summary>
    public bool AcceptsAbstractSyntax(string abstractSyntax)
    {
        ArgumentNullException.ThrowIfNull(abstractSyntax);
        return abstractSyntax == DicomUID.Verification.UID
            || (_acceptStorage && (StorageSopClasses.Contains(abstractSyntax) || _additionalStorageClasses.Contains(abstractSyntax)));
    }

    /// <summary>Answers one context: the result and, when accepted, the transfer syntax.</summary>
    public (DicomPresentationContextResult Result, DicomTransferSyntax? TransferSyntax) Answer(string abstractSyntax, IReadOnlyList<string> proposedTransferSyntaxes)
    {
        ArgumentNullException.ThrowIfNull(proposedTransferSyntaxes);
        if (!AcceptsAbstractSyntax(abstractSyntax))
        {
            return (DicomPresentationContextResult.RejectAbstractSyntaxNotSupported, null);
        }

        foreach (var preferred in Preferred)
        {
            if (proposedTransferSyntaxes.Contains(preferred.UID.UID, StringComparer.Ordinal))
            {
                return (DicomPresentationContextResult.Accept, preferred);
            }
        }

        // Verification has no data set: the uncompressed syntaxes are all it needs.
        if (abstractSyntax != DicomUID.Verification.UID)
        {
            foreach (var proposed in proposedTransferSyntaxes)
            {
                if (DicomTransferSyntax.TryGetKnown(proposed, out var known) && IsStorable(known))
                {
                    return (DicomPresentationContextResult.Accept, known);
                }
            }
        }

        return (DicomPresentationContextResult.RejectTransferSyntaxesNotSupported, null);
    }

    /// <summary>A syntax whose data set can be written after a meta group and read back: not a JPIP reference.</summary>
    private static bool IsStorable(DicomTransferSyntax syntax) =>
        syntax != DicomTransferSyntax.JPIPReferenced && syntax != DicomTransferSyntax.JPIPReferencedDeflate;
}
