using OpenRem.Dicom.Network;
using OpenRem.Domain.Ports.Archive;

namespace OpenRem.Infrastructure.Archive;

/// <summary>The Domain's query levels as QueryRetrieveLevel values of the Study Root model.</summary>
internal static class QueryLevels
{
    public static DicomQueryRetrieveLevel ToDicom(QueryLevel level) => level switch
    {
        QueryLevel.Study => DicomQueryRetrieveLevel.Study,
        QueryLevel.Series => DicomQueryRetrieveLevel.Series,
        QueryLevel.Image => DicomQueryRetrieveLevel.Image,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Not a Study Root query/retrieve level."),
    };
}
