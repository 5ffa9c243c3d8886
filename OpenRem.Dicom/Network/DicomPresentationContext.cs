namespace OpenRem.Dicom.Network;

/// <summary>
/// One presentation context of an association: its odd ID, the abstract syntax (SOP class), the transfer
/// syntaxes proposed in order of preference and, once the peer answered, the result and the accepted syntax.
/// </summary>
public sealed class DicomPresentationContext
{
    public DicomPresentationContext(byte id, DicomUID abstractSyntax, IReadOnlyList<DicomTransferSyntax> proposedTransferSyntaxes)
    {
        ArgumentNullException.ThrowIfNull(abstractSyntax);
        ArgumentNullException.ThrowIfNull(proposedTransferSyntaxes);
        if ((id & 1) == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(id), id, "Presentation context IDs are odd numbers from 1 to 255.");
        }

        if (proposedTransferSyntaxes.Count == 0)
        {
            throw new ArgumentException("A presentation context proposes at least one transfer syntax.", nameof(proposedTransferSyntaxes));
        }

        ID = id;
        AbstractSyntax = abstractSyntax;
        ProposedTransferSyntaxes = proposedTransferSyntaxes;
    }

    public byte ID { get; }

    public DicomUID AbstractSyntax { get; }

    public IReadOnlyList<DicomTransferSyntax> ProposedTransferSyntaxes { get; }

    public DicomPresentationContextResult Result { get; private set; } = DicomPresentationContextResult.Proposed;

    /// <summary>The transfer syntax of the peer's answer, when it accepted the context; null otherwise.</summary>
    public DicomTransferSyntax? AcceptedTransferSyntax { get; private set; }

    public bool IsAccepted => Result == DicomPresentationContextResult.Accept && AcceptedTransferSyntax is not null;

    public override string ToString() =>
        $"[{ID}] {AbstractSyntax.Name}: " + (IsAccepted
            ? $"accepted, {AcceptedTransferSyntax!.UID.Name}"
            : Result == DicomPresentationContextResult.Proposed ? "proposed" : Result.GetDescription());

    internal void SetResult(DicomPresentationContextResult result, DicomTransferSyntax? acceptedTransferSyntax)
    {
        Result = result;
        AcceptedTransferSyntax = result == DicomPresentationContextResult.Accept ? acceptedTransferSyntax : null;
    }
}
