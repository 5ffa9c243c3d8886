using OpenRem.Domain.Modalities;
using OpenRem.Domain.Queries;

namespace OpenRem.Domain.Tests.Queries;

/// <summary>
/// Reference §7.8 ported as behaviour: the values the command line reads (node IDs, modality groups, comma-separated
/// terms) become a request with those nodes, groups and filters. The modality assertions the reference made vacuous
/// (B32) are real here.
/// </summary>
public sealed class QueryRequestTests
{
    private static readonly DateOnly Today = new(2024, 3, 15);

    [Fact]
    public void Ct_and_mg_give_a_request_for_ct_then_mg_without_filters()
    {
        var request = Request(ModalitySelection.Of(ModalityGroup.Mammography, ModalityGroup.Ct));

        Assert.Equal((1, 2), (request.RemoteNodeId, request.StoreNodeId));
        Assert.Equal([ModalityGroup.Ct, ModalityGroup.Mammography], request.Modalities.Groups);
        Assert.Equal(["CT", "MG"], request.Modalities.CodesInQueryOrder);
        Assert.False(request.Filters.AnyActive);
        Assert.False(request.Filters.StationNameAtStudyLevel);
        Assert.Empty(request.Validate(Today));
    }

    [Fact]
    public void A_description_exclude_list_is_split_trimmed_and_lower_cased()
    {
        var request = Request(ModalitySelection.Of(ModalityGroup.Ct)) with
        {
            Filters = new StudyFilters { StudyDescriptionExclude = FilterTerms.Parse("Thorax, Neck ") },
        };

        Assert.Equal(["thorax", "neck"], request.Filters.StudyDescriptionExclude.Terms);
        Assert.False(request.Filters.StudyDescriptionInclude.IsActive);
        Assert.False(request.Filters.StationNameInclude.IsActive);
        Assert.False(request.Filters.StationNameExclude.IsActive);
        Assert.False(request.Filters.StationNameAtStudyLevel);
    }

    [Fact]
    public void A_description_exclude_list_and_a_station_include_list_are_both_kept()
    {
        var request = Request(ModalitySelection.Of(ModalityGroup.Ct)) with
        {
            Filters = new StudyFilters
            {
                StudyDescriptionExclude = FilterTerms.Parse("Thorax, Neck "),
                StationNameInclude = FilterTerms.Parse("MyStn"),
            },
        };

        Assert.Equal(["thorax", "neck"], request.Filters.StudyDescriptionExclude.Terms);
        Assert.Equal(["mystn"], request.Filters.StationNameInclude.Terms);
        Assert.False(request.Filters.StudyDescriptionInclude.IsActive);
        Assert.False(request.Filters.StationNameExclude.IsActive);
    }

    [Fact]
    public void A_request_without_modalities_is_refused()
    {
        Assert.Equal(["You must select at least one modality (or Advanced SR Only)"], Request(ModalitySelection.Of()).Validate(Today));
    }

    [Fact]
    public void Sr_only_cannot_be_combined_with_a_modality()
    {
        var request = Request(ModalitySelection.Of(ModalityGroup.SrOnly, ModalityGroup.Ct));

        Assert.Equal(["The sr option can not be combined with any other modalities"], request.Validate(Today));
    }

    [Fact]
    public void Sr_only_is_one_mode_whoever_asks_for_it_B5()
    {
        Assert.Equal(ModalitySelection.SrOnly, ModalitySelection.Of(ModalityGroup.SrOnly));
        Assert.True(ModalitySelection.Of(ModalityGroup.SrOnly).IsSrOnly);
        Assert.Equal(["SR"], ModalitySelection.SrOnly.CodesInQueryOrder);
    }

    [Fact]
    public void Every_group_asks_for_its_codes_in_the_reference_order()
    {
        var all = ModalitySelection.Of(ModalityGroup.NuclearMedicine, ModalityGroup.Radiography, ModalityGroup.Fluoroscopy, ModalityGroup.Mammography, ModalityGroup.Ct);

        Assert.Equal(["CT", "MG", "RF", "XA", "DX", "CR", "PX", "NM", "PT"], all.CodesInQueryOrder);
        Assert.Equal("CT, MG, FL, DX, NM", all.ToString());
    }

    [Theory]
    [InlineData("ct", ModalityGroup.Ct)]
    [InlineData(" FL ", ModalityGroup.Fluoroscopy)]
    [InlineData("DX", ModalityGroup.Radiography)]
    [InlineData("sr", ModalityGroup.SrOnly)]
    public void Short_codes_name_their_group(string code, ModalityGroup group)
    {
        Assert.Equal(group, ModalityGroups.FromShortCode(code));
    }

    [Fact]
    public void Date_errors_are_reported_with_the_request()
    {
        var request = Request(ModalitySelection.Of(ModalityGroup.Ct)) with
        {
            Dates = new StudyDateWindow(new DateOnly(2024, 3, 2), new DateOnly(2024, 3, 1)),
        };

        Assert.Equal(["Date from is after date until."], request.Validate(Today));
    }

    private static QueryRequest Request(ModalitySelection modalities) =>
        new() { RemoteNodeId = 1, StoreNodeId = 2, Modalities = modalities, Origin = QueryOrigin.CommandLine, MoveWhenFound = true };
}
