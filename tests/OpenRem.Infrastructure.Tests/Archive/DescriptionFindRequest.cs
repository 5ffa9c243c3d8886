using OpenRem.Domain.Ports.Archive;

namespace OpenRem.Infrastructure.Tests.Archive;

/// <summary>A study-level request matching on a description, which the Domain's own requests never do.</summary>
internal sealed record DescriptionFindRequest(string Description) : FindRequest
{
    public override QueryLevel Level => QueryLevel.Study;

    public override IReadOnlyList<FindKey> Keys =>
    [
        FindKey.Return(FindKeyword.SpecificCharacterSet),
        new(FindKeyword.StudyDescription, Description),
        FindKey.Return(FindKeyword.StudyInstanceUid),
    ];
}
