namespace OpenRem.Domain.Ports.Archive;

/// <summary>
/// What went wrong with one call: the kind, the final status code for <see cref="ArchiveFailureKind.RemoteStatus"/>,
/// and a detail in words, for example "Rejected Permanent: Called AE title not recognised".
/// </summary>
public sealed record ArchiveFailure(ArchiveFailureKind Kind, string Detail, ushort? Status = null)
{
    /// <summary>True when no association could be had, so no further call to this archive can succeed now.</summary>
    public bool IsAssociationFailure => Kind is ArchiveFailureKind.AssociationRejected or ArchiveFailureKind.AssociationFailed;

    /// <summary>The archive answered a C-FIND or C-MOVE with a final status that is not success.</summary>
    public static ArchiveFailure FromStatus(ushort status, string detail) => new(ArchiveFailureKind.RemoteStatus, detail, status);
}
