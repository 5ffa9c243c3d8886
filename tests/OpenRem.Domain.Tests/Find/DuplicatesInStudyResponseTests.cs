using OpenRem.Domain.Find.Rules;
using OpenRem.Domain.Tests.Support;

namespace OpenRem.Domain.Tests.Find;

/// <summary>Reference §7.11: a study returned twice is kept once.</summary>
public sealed class DuplicatesInStudyResponseTests
{
    [Fact]
    public void A_study_returned_twice_is_kept_once_the_first_time()
    {
        var harness = new FindHarness();
        var query = harness.NewQuery(Groups.AllFive);
        var first = query.Seed(Uids.Test(1), ["DX"]);
        query.Seed(Uids.Test(2), ["CT"]);
        var repeat = query.Seed(Uids.Test(1), ["CR"]);

        var removed = harness.Context(query).Apply(InResponseDuplicatesRule.Decide(query.Studies));

        Assert.Equal(1, removed);
        Assert.Equal(2, query.KeptStudies.Count());
        Assert.True(first.IsKept);
        Assert.Equal("Somehow this study was sent twice", repeat.DropReason?.Text);
    }
}
