using OpenRem.Domain.Ports.Archive;

namespace OpenRem.Infrastructure.Tests.Archive;

/// <summary>
/// A series-level request without the StudyInstanceUID key, which the Domain never sends: dcmqrscp refuses it with
/// 0xC000 (../shared/peers/README.md), which makes a real C-FIND failure status.
/// </summary>
internal sealed record UnanchoredSeriesFindRequest : FindRequest
{
    public override QueryLevel Level => QueryLevel.Series;

    public override IReadOnlyList<FindKey> Keys =>
    [
        FindKey.Return(FindKeyword.SeriesInstanceUid),
        FindKey.Return(FindKeyword.Modality),
    ];
}
