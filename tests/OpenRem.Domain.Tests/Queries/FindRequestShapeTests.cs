using OpenRem.Domain.Ports.Archive;

namespace OpenRem.Domain.Tests.Queries;

/// <summary>The C-FIND identifiers of reference §3.3, as domain data.</summary>
public sealed class FindRequestShapeTests
{
    [Fact]
    public void A_study_request_matches_on_date_time_and_one_modality_and_asks_for_the_study_keys()
    {
        var request = new StudyFindRequest("20240301-20240315", "", "CT", IncludeEmptyModalityKey: false);

        Assert.Equal(QueryLevel.Study, request.Level);
        Assert.Equal(
            [
                FindKey.Return(FindKeyword.SpecificCharacterSet),
                new FindKey(FindKeyword.StudyDate, "20240301-20240315"),
                FindKey.Return(FindKeyword.StudyTime),
                new FindKey(FindKeyword.ModalitiesInStudy, "CT"),
                FindKey.Return(FindKeyword.StudyDescription),
                FindKey.Return(FindKeyword.StudyInstanceUid),
                FindKey.Return(FindKeyword.NumberOfStudyRelatedSeries),
                FindKey.Return(FindKeyword.StationName),
            ],
            request.Keys);
    }

    [Fact]
    public void The_modality_quirk_adds_an_empty_modality_key_never_a_value()
    {
        var request = new StudyFindRequest("", "", "MG", IncludeEmptyModalityKey: true);

        var modality = Assert.Single(request.Keys, key => key.Keyword == FindKeyword.Modality);
        Assert.True(modality.IsReturnKey);
    }

    [Fact]
    public void A_series_request_matches_on_the_study_and_asks_for_the_series_keys()
    {
        var request = new SeriesFindRequest("1.2.3");

        Assert.Equal(QueryLevel.Series, request.Level);
        Assert.Equal(new FindKey(FindKeyword.StudyInstanceUid, "1.2.3"), Assert.Single(request.Keys, key => !key.IsReturnKey));
        Assert.Equal(
            [FindKeyword.SpecificCharacterSet, FindKeyword.SeriesDescription, FindKeyword.SeriesNumber, FindKeyword.SeriesInstanceUid,
             FindKeyword.Modality, FindKeyword.NumberOfSeriesRelatedInstances, FindKeyword.StationName, FindKeyword.SeriesTime],
            request.Keys.Where(key => key.IsReturnKey).Select(key => key.Keyword));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData(1, "1")]
    [InlineData(0, "0")]
    public void An_image_request_asks_for_every_instance_or_one_instance_number(int? number, string value)
    {
        var request = new ImageFindRequest("1.2.3", "1.2.3.4", number);

        Assert.Equal(QueryLevel.Image, request.Level);
        Assert.Equal(new FindKey(FindKeyword.InstanceNumber, value), request.Keys[^1]);
        Assert.Contains(new FindKey(FindKeyword.SeriesInstanceUid, "1.2.3.4"), request.Keys);
        Assert.Contains(FindKey.Return(FindKeyword.SopClassUid), request.Keys);
    }
}
