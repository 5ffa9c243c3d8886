using System.Globalization;

namespace OpenRem.Domain.Ports.Archive;

/// <summary>
/// An image-level C-FIND in one series, for every instance (<see cref="InstanceNumber"/> null) or for one
/// instance number. Return keys: SOP instance UID, SOP class UID and character set.
/// </summary>
public sealed record ImageFindRequest(string StudyInstanceUid, string SeriesInstanceUid, int? InstanceNumber) : FindRequest
{
    /// <inheritdoc />
    public override QueryLevel Level => QueryLevel.Image;

    /// <inheritdoc />
    public override IReadOnlyList<FindKey> Keys =>
    [
        FindKey.Return(FindKeyword.SpecificCharacterSet),
        new(FindKeyword.StudyInstanceUid, StudyInstanceUid),
        new(FindKeyword.SeriesInstanceUid, SeriesInstanceUid),
        FindKey.Return(FindKeyword.SopInstanceUid),
        FindKey.Return(FindKeyword.SopClassUid),
        new(FindKeyword.InstanceNumber, InstanceNumber?.ToString(CultureInfo.InvariantCulture) ?? string.Empty),
    ];
}
