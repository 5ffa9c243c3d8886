using OpenRem.Dicom.Network;
using OpenRem.Domain.Ports.Archive;

namespace OpenRem.Infrastructure.Archive;

/// <summary>Builds the Study Root C-MOVE request of a Domain <see cref="MoveRequest"/>: the unique keys of its level and the destination.</summary>
internal static class MoveIdentifiers
{
    public static DicomCMoveRequest Create(MoveRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var destination = request.Destination.Value;
        return request.Level switch
        {
            QueryLevel.Study => new DicomCMoveRequest(destination, request.StudyInstanceUid),
            QueryLevel.Series => new DicomCMoveRequest(destination, request.StudyInstanceUid, request.SeriesInstanceUid),
            QueryLevel.Image => new DicomCMoveRequest(
                destination,
                request.StudyInstanceUid,
                request.SeriesInstanceUid,
                request.SopInstanceUid ?? throw new ArgumentException("An image-level move needs a SOP instance UID.", nameof(request))),
            _ => throw new ArgumentOutOfRangeException(nameof(request), request.Level, "Not a Study Root query/retrieve level."),
        };
    }
}
