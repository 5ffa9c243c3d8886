using OpenRem.Dicom;
using OpenRem.Dicom.Network;
using OpenRem.Domain.Ports.Archive;

namespace OpenRem.Infrastructure.Archive;

/// <summary>
/// Builds the Study Root C-FIND request of a Domain <see cref="FindRequest"/>: its level and exactly its keys, matching
/// keys with their value, return keys empty. Specific Character Set stays an empty return key while every matching
/// value is ASCII; a non-ASCII matching value is sent in UTF-8 with <c>ISO_IR 192</c>.
/// </summary>
internal static class FindIdentifiers
{
    private const string Utf8 = "ISO_IR 192";

    public static DicomCFindRequest Create(FindRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var find = new DicomCFindRequest(DicomUID.StudyRootQueryRetrieveInformationModelFind, QueryLevels.ToDicom(request.Level));
        var identifier = find.Dataset!;
        var keys = request.Keys;
        var nonAscii = keys.Any(key => !key.Value.All(char.IsAscii));
        if (nonAscii || keys.Any(key => key.Keyword == FindKeyword.SpecificCharacterSet))
        {
            // Set first: the values added after it are encoded in its character set.
            identifier.AddOrUpdate(DicomTag.SpecificCharacterSet, nonAscii ? Utf8 : string.Empty);
        }

        foreach (var key in keys.Where(key => key.Keyword != FindKeyword.SpecificCharacterSet))
        {
            identifier.AddOrUpdate(FindKeywordTags.Of(key.Keyword), key.Value);
        }

        return find;
    }
}
