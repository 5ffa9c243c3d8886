using Microsoft.Extensions.Logging;
using OpenRem.Dicom;
using OpenRem.Dicom.Network.Client;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Ports.Archive;

namespace OpenRem.Infrastructure.Archive;

/// <summary>
/// What an association to a remote archive proposes and how long it waits. One presentation context, the Study Root
/// model of the service (FIND or MOVE) with Explicit then Implicit VR Little Endian. The node's connect timeout bounds
/// the TCP connection and the association negotiation each; its response timeout is the longest the archive may stay
/// silent while a response is awaited (a C-MOVE may take longer in all, as long as the archive reports progress).
/// </summary>
internal static class AssociationSettings
{
    /// <summary>
    /// The largest PDU announced to the archive: 256 KiB carries any C-FIND or C-MOVE response in one PDU and is well
    /// within what archives send (DCMTK defaults to 16 KiB, others to 64 KiB or 1 MiB).
    /// </summary>
    public const uint MaximumPduLength = 256 * 1024;

    /// <summary>Longest wait for the final response after a C-CANCEL, and for the answer to a release, unless the node's response timeout is shorter.</summary>
    private static readonly TimeSpan CancelAndReleaseLimit = TimeSpan.FromSeconds(30);

    public static DicomUID SopClassOf(ArchiveService service) => service switch
    {
        ArchiveService.Find => DicomUID.StudyRootQueryRetrieveInformationModelFind,
        ArchiveService.Move => DicomUID.StudyRootQueryRetrieveInformationModelMove,
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "Not an archive service."),
    };

    public static IReadOnlyList<DicomPresentationContextProposal> ProposalsFor(ArchiveService service) =>
        [DicomPresentationContextProposal.Uncompressed(SopClassOf(service))];

    public static DicomClientOptions ClientOptions(AssociationTimeouts timeouts, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(timeouts);
        var cancelAndRelease = timeouts.Response < CancelAndReleaseLimit ? timeouts.Response : CancelAndReleaseLimit;
        return new DicomClientOptions
        {
            ConnectTimeout = timeouts.Connect,
            AssociationRequestTimeout = timeouts.Connect,
            DimseIdleTimeout = timeouts.Response,
            TotalMoveTimeout = null,
            CancelResponseTimeout = cancelAndRelease,
            ReleaseTimeout = cancelAndRelease,
            MaximumPduLength = MaximumPduLength,
            Logger = logger,
        };
    }
}
