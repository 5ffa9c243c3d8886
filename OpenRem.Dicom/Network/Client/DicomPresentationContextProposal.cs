namespace OpenRem.Dicom.Network.Client;

/// <summary>An abstract syntax to propose and its transfer syntaxes in order of preference.</summary>
public sealed record DicomPresentationContextProposal
{
    public DicomPresentationContextProposal(DicomUID abstractSyntax, params IReadOnlyList<DicomTransferSyntax> transferSyntaxes)
    {
        ArgumentNullException.ThrowIfNull(abstractSyntax);
        ArgumentNullException.ThrowIfNull(transferSyntaxes);
        if (transferSyntaxes.Count == 0)
        {
            throw new ArgumentException("Propose at least one transfer syntax.", nameof(transferSyntaxes));
        }

        AbstractSyntax = abstractSyntax;
        TransferSyntaxes = transferSyntaxes;
    }

    public DicomUID AbstractSyntax { get; }

    public IReadOnlyList<DicomTransferSyntax> TransferSyntaxes { get; }

    /// <summary>Explicit VR Little Endian, then Implicit VR Little Endian. Big endian is never proposed: peers pick it when offered.</summary>
    public static IReadOnlyList<DicomTransferSyntax> UncompressedLittleEndian { get; } =
        [DicomTransferSyntax.ExplicitVRLittleEndian, DicomTransferSyntax.ImplicitVRLittleEndian];

    /// <summary>The abstract syntax with <see cref="UncompressedLittleEndian"/>.</summary>
    public static DicomPresentationContextProposal Uncompressed(DicomUID abstractSyntax) => new(abstractSyntax, UncompressedLittleEndian);

    /// <summary>Verification, and FIND and MOVE of the Study Root and Patient Root models.</summary>
    public static IReadOnlyList<DicomPresentationContextProposal> QueryRetrieveDefaults { get; } =
    [
        Uncompressed(DicomUID.Verification),
        Uncompressed(DicomUID.StudyRootQueryRetrieveInformationModelFind),
        Uncompressed(DicomUID.StudyRootQueryRetrieveInformationModelMove),
        Uncompressed(DicomUID.PatientRootQueryRetrieveInformationModelFind),
        Uncompressed(DicomUID.PatientRootQueryRetrieveInformationModelMove),
    ];

    /// <summary>For sending an object: its own transfer syntax first, then the uncompressed little endian ones.</summary>
    public static DicomPresentationContextProposal ForStorage(DicomUID sopClass, DicomTransferSyntax objectTransferSyntax)
    {
        ArgumentNullException.ThrowIfNull(objectTransferSyntax);
        return new DicomPresentationContextProposal(
            sopClass,
            [objectTransferSyntax, .. UncompressedLittleEndian.Where(ts => ts != objectTransferSyntax)]);
    }

    public bool Equals(DicomPresentationContextProposal? other) =>
        other is not null && AbstractSyntax == other.AbstractSyntax && TransferSyntaxes.SequenceEqual(other.TransferSyntaxes);

    public override int GetHashCode() => HashCode.Combine(AbstractSyntax, TransferSyntaxes.Count);
}
