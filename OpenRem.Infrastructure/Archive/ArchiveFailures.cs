using OpenRem.Dicom.Network;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Statuses;

namespace OpenRem.Infrastructure.Archive;

/// <summary>
/// Translates what OpenRem.Dicom reports into the Domain's <see cref="ArchiveFailure"/>, with the library's words:
/// "association rejected (permanent) by the service user: called AE title not recognised", "connection refused by
/// 10.0.0.5:104", "association aborted by the service provider: reason not specified", "Failure (0xc000) - Unable to Process".
/// </summary>
internal static class ArchiveFailures
{
    /// <summary>Why no association could be had: rejected by the archive, or failed (no connection, timeout, abort).</summary>
    public static ArchiveFailure OfAssociation(Exception error) => error switch
    {
        DicomAssociationRejectedException rejected => new ArchiveFailure(ArchiveFailureKind.AssociationRejected, rejected.Message),
        _ => new ArchiveFailure(ArchiveFailureKind.AssociationFailed, error.Message),
    };

    /// <summary>The association the archive accepted without the one presentation context the connection needs.</summary>
    public static ArchiveFailure ContextNotAccepted(string sopClassName, string result) =>
        new(ArchiveFailureKind.AssociationFailed, $"the archive did not accept {sopClassName}: {result}");

    /// <summary>A call whose association was aborted, timed out, closed or sent something unreadable.</summary>
    public static ArchiveFailure OfLostConnection(Exception error) => new(ArchiveFailureKind.ConnectionLost, error.Message);

    /// <summary>A C-FIND that ended with a final status other than success, described from the Domain's table.</summary>
    public static ArchiveFailure OfFindStatus(DicomStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var described = FindStatuses.Describe(status.Code).ToString();
        var detail = string.IsNullOrWhiteSpace(status.ErrorComment) ? described : $"{described}: {status.ErrorComment.Trim()}";
        return ArchiveFailure.FromStatus(status.Code, detail);
    }
}
