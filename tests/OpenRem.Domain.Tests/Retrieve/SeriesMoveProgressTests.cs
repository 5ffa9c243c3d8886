using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Responses;
using OpenRem.Domain.Retrieve;
using OpenRem.Domain.Tests.Support;

namespace OpenRem.Domain.Tests.Retrieve;

/// <summary>The move phase reports every C-MOVE response, pending and final, as the progress of its series.</summary>
public sealed class SeriesMoveProgressTests
{
    private static readonly string SeriesA = Uids.Test(11);
    private static readonly string SeriesB = Uids.Test(12);

    private readonly FindHarness _harness = new();

    [Fact]
    public async Task Each_pending_and_final_response_is_reported_with_the_series_position_and_the_counts_so_far()
    {
        var query = await _harness.FilteredQueryAsync(SeriesA, SeriesB);
        _harness.Archive.WithMoveResponses(
            SeriesA,
            new MoveResponse(0xFF00, 3, 1, 0, 0),
            new MoveResponse(0xFF00, 2, 2, 0, 0),
            new MoveResponse(0xB000, 0, 3, 1, 0));

        await _harness.MoveAsync(query);

        var reported = _harness.Progress.SeriesMoves;
        Assert.Equal(
            [(1, 1, 0, 3, false), (1, 2, 0, 2, false), (1, 3, 1, 0, true), (2, 1, 0, 0, false), (2, 1, 0, 0, true)],
            reported.Select(progress => (progress.SeriesNumber, progress.SubOperations.Completed, progress.SubOperations.Failed, progress.Remaining ?? 0, progress.IsFinal)));
        Assert.All(reported, progress => Assert.Equal((1, 1, 2, "MG", 4), (progress.StudyNumber, progress.StudyCount, progress.SeriesCount, progress.Modality, progress.ExpectedObjects)));
        Assert.Equal(new SubOperationCounts(4, 1, 0), query.MoveCounts.SubOperations);
    }
}
