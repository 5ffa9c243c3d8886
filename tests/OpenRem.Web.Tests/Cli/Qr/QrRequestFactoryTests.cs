using Microsoft.Extensions.Time.Testing;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Queries;
using OpenRem.Web.Cli.Qr;

namespace OpenRem.Web.Tests.Cli.Qr;

public sealed class QrRequestFactoryTests
{
    /// <summary>2024-03-15 10:00 UTC, in a UTC local zone.</summary>
    private readonly FakeTimeProvider _time = Clock(new DateTimeOffset(2024, 3, 15, 10, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc);

    [Theory]
    [InlineData(new[] { "-ct" }, new[] { ModalityGroup.Ct })]
    [InlineData(new[] { "-mg" }, new[] { ModalityGroup.Mammography })]
    [InlineData(new[] { "-fl" }, new[] { ModalityGroup.Fluoroscopy })]
    [InlineData(new[] { "-dx" }, new[] { ModalityGroup.Radiography })]
    [InlineData(new[] { "-nm" }, new[] { ModalityGroup.NuclearMedicine })]
    [InlineData(new[] { "-ct", "-mg" }, new[] { ModalityGroup.Ct, ModalityGroup.Mammography })]
    [InlineData(new[] { "-nm", "-dx", "-fl", "-mg", "-ct" }, new[] { ModalityGroup.Ct, ModalityGroup.Mammography, ModalityGroup.Fluoroscopy, ModalityGroup.Radiography, ModalityGroup.NuclearMedicine })]
    public void The_modality_flags_select_their_groups(string[] flags, ModalityGroup[] groups)
    {
        var request = Create(["1", "2", .. flags]);

        Assert.Equal(ModalitySelection.Of(groups), request.Modalities);
    }

    [Fact]
    public void The_dx_flag_queries_cr_and_px_too()
    {
        Assert.Equal(["DX", "CR", "PX"], Create("1", "2", "-dx").Modalities.CodesInQueryOrder);
    }

    [Fact]
    public void The_sr_flag_asks_for_the_sr_only_mode()
    {
        var request = Create("1", "2", "-sr");

        Assert.True(request.Modalities.IsSrOnly);
        Assert.Equal(["SR"], request.Modalities.CodesInQueryOrder);
    }

    [Theory]
    [InlineData("-ct")]
    [InlineData("-mg")]
    [InlineData("-fl")]
    [InlineData("-dx")]
    [InlineData("-nm")]
    public void The_sr_flag_with_any_modality_is_refused(string modality)
    {
        AssertRefused("The sr option can not be combined with any other modalities", "1", "2", "-sr", modality);
    }

    [Fact]
    public void No_modality_is_refused()
    {
        AssertRefused("At least one modality must be specified", "1", "2", "-f", "2024-03-01");
    }

    [Theory]
    [InlineData("-f")]
    [InlineData("-t")]
    public void A_single_date_with_a_date_range_is_refused(string rangeOption)
    {
        AssertRefused("--single_date cannot be used with --dfrom or --duntil", "1", "2", "-ct", "-sd", "2024-03-01", rangeOption, "2024-03-02");
    }

    [Theory]
    [InlineData("-f", "2024-3-32")]
    [InlineData("-t", "15/03/2024")]
    [InlineData("-sd", "20240301")]
    [InlineData("--dfrom", "yesterday")]
    public void A_date_not_in_year_month_day_is_refused(string option, string value)
    {
        AssertRefused("Incorrect data format, should be YYYY-MM-DD", "1", "2", "-ct", option, value);
    }

    [Theory]
    [InlineData("-tf")]
    [InlineData("-tt")]
    public void A_time_without_a_single_date_is_refused(string option)
    {
        AssertRefused("--tfrom and --tuntil require --single_date to be used", "1", "2", "-ct", "-f", "2024-03-01", option, "0900");
    }

    [Theory]
    [InlineData("-tf", "9am")]
    [InlineData("-tt", "2400")]
    [InlineData("--tfrom", "093000")]
    public void A_time_not_in_hours_and_minutes_is_refused(string option, string value)
    {
        AssertRefused("Incorrect time format, should be HHMM", "1", "2", "-ct", "-sd", "2024-03-01", option, value);
    }

    [Theory]
    [InlineData("The sr option can not be combined with any other modalities", "-sr", "-ct", "-sd", "x", "-f", "y", "-tf", "z")]
    [InlineData("At least one modality must be specified", "-sd", "x", "-f", "y", "-tf", "z")]
    [InlineData("--single_date cannot be used with --dfrom or --duntil", "-ct", "-sd", "x", "-f", "y", "-tf", "z")]
    [InlineData("Incorrect data format, should be YYYY-MM-DD", "-ct", "-f", "y", "-tf", "z")]
    [InlineData("Incorrect data format, should be YYYY-MM-DD", "-ct", "-sd", "x", "-tf", "z")]
    [InlineData("--tfrom and --tuntil require --single_date to be used", "-ct", "-f", "2024-03-01", "-tt", "z")]
    [InlineData("Incorrect time format, should be HHMM", "-ct", "-sd", "2024-03-01", "-tt", "z")]
    public void The_checks_run_in_the_reference_order_and_the_first_failing_one_is_reported(string message, params string[] options)
    {
        AssertRefused(message, ["1", "2", .. options]);
    }

    [Fact]
    public void Without_dates_every_date_is_queried()
    {
        var request = Create("1", "2", "-ct");

        Assert.Equal(StudyDateWindow.AllDates, request.Dates);
        Assert.Equal(new StudyDateKeys(string.Empty, string.Empty, "all dates"), Keys(request));
    }

    [Fact]
    public void A_date_from_alone_runs_until_today_by_the_clock()
    {
        var request = Create("1", "2", "-ct", "-f", "2024-03-10");

        Assert.Equal(new StudyDateWindow(new DateOnly(2024, 3, 10), null), request.Dates);
        Assert.Equal("20240310-20240315", Keys(request).StudyDate);
    }

    [Fact]
    public void Today_is_the_local_date_of_the_clock()
    {
        // 2024-03-15 20:00 UTC is already 2024-03-16 in Sydney.
        var sydney = Clock(new DateTimeOffset(2024, 3, 15, 20, 0, 0, TimeSpan.Zero), TimeZoneInfo.FindSystemTimeZoneById("Australia/Sydney"));

        var request = new QrRequestFactory(sydney).Create(Read("1", "2", "-ct", "-f", "2024-03-16"));

        Assert.Equal("20240316-20240316", request.Dates.ToKeys(StudyDateWindow.Today(sydney)).StudyDate);

        // The same command line is refused by a clock where it is still 2024-03-15.
        AssertRefused("Date from is in the future.", "1", "2", "-ct", "-f", "2024-03-16");
    }

    [Fact]
    public void A_date_until_alone_runs_from_1900()
    {
        var request = Create("1", "2", "-ct", "-t", "2024-03-10");

        Assert.Equal(new StudyDateWindow(null, new DateOnly(2024, 3, 10)), request.Dates);
        Assert.Equal("19000101-20240310", Keys(request).StudyDate);
    }

    [Fact]
    public void A_date_range_is_sent_as_a_range_and_equal_dates_as_one_date()
    {
        Assert.Equal("20240301-20240310", Keys(Create("1", "2", "-ct", "-f", "2024-03-01", "-t", "2024-03-10")).StudyDate);
        Assert.Equal("20240301", Keys(Create("1", "2", "-ct", "-f", "2024-3-1", "-t", "2024-03-01")).StudyDate);
    }

    [Fact]
    public void Reversed_dates_are_swapped_as_the_reference_does()
    {
        var request = Create("1", "2", "-ct", "--dfrom", "2024-03-10", "--duntil", "2024-03-01");

        Assert.Equal(new StudyDateWindow(new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 10)), request.Dates);
    }

    [Fact]
    public void A_start_date_in_the_future_is_refused_with_the_domain_reason()
    {
        AssertRefused("Date from is in the future.", "1", "2", "-ct", "-f", "2024-03-16");
    }

    [Fact]
    public void A_single_date_is_one_day_even_in_the_future()
    {
        var request = Create("1", "2", "-ct", "-sd", "2024-03-20");

        Assert.Equal(StudyDateWindow.SingleDay(new DateOnly(2024, 3, 20)), request.Dates);
        Assert.Equal(new StudyDateKeys("20240320", string.Empty, "20240320"), Keys(request));
    }

    [Theory]
    [InlineData("-tf", "0930", "093000-235959")]
    [InlineData("-tt", "1115", "000000-111559")]
    [InlineData("--tfrom", "9:30", "093000-235959")]
    public void A_time_window_with_one_end_runs_to_the_end_or_from_the_start_of_the_day(string option, string value, string studyTime)
    {
        Assert.Equal(studyTime, Keys(Create("1", "2", "-ct", "-sd", "2024-03-01", option, value)).StudyTime);
    }

    [Fact]
    public void A_time_window_on_a_single_date_is_sent_with_it()
    {
        var request = Create("1", "2", "-ct", "--single_date", "2024-03-01", "--tfrom", "0800", "--tuntil", "1230");

        Assert.Equal(StudyDateWindow.SingleDay(new DateOnly(2024, 3, 1), new TimeOnly(8, 0), new TimeOnly(12, 30)), request.Dates);
        Assert.Equal(new StudyDateKeys("20240301", "080000-123059", "20240301 080000-123059"), Keys(request));
    }

    [Fact]
    public void Reversed_times_are_swapped_as_the_reference_does()
    {
        var request = Create("1", "2", "-ct", "-sd", "2024-03-01", "-tf", "1230", "-tt", "0800");

        Assert.Equal(StudyDateWindow.SingleDay(new DateOnly(2024, 3, 1), new TimeOnly(8, 0), new TimeOnly(12, 30)), request.Dates);
    }

    [Fact]
    public void Without_options_the_request_removes_duplicates_moves_when_found_and_has_no_filters()
    {
        var request = Create("1", "2", "-ct");

        Assert.Equal(1, request.RemoteNodeId);
        Assert.Equal(2, request.StoreNodeId);
        Assert.Equal(QueryOptions.Default, request.Options);
        Assert.True(request.Options.RemoveDuplicates);
        Assert.Equal(StudyFilters.None, request.Filters);
        Assert.True(request.MoveWhenFound);
        Assert.Equal(QueryOrigin.CommandLine, request.Origin);
    }

    [Fact]
    public void The_advanced_flags_set_the_query_options()
    {
        var request = Create("1", "2", "-ct", "-dup", "-toshiba", "-emptysr");

        Assert.Equal(new QueryOptions { RemoveDuplicates = false, GetToshibaImages = true, GetEmptySrSeries = true }, request.Options);
    }

    [Fact]
    public void Query_only_does_not_move()
    {
        Assert.False(Create("1", "2", "-ct", "--query-only").MoveWhenFound);
    }

    [Fact]
    public void Reference_test_ct_std_exc_gives_the_description_exclude_terms()
    {
        var request = Create("1", "2", "-ct", "-e Thorax, Neck ");

        Assert.Equal(new StudyFilters { StudyDescriptionExclude = FilterTerms.Of(["thorax", "neck"]) }, request.Filters);
    }

    [Fact]
    public void Reference_test_ct_std_exc_stn_inc_gives_the_description_exclude_and_station_include_terms()
    {
        var request = Create("1", "2", "-ct", "--desc_exclude", "Thorax, Neck ", "-sni", "MyStn");

        Assert.Equal(
            new StudyFilters { StudyDescriptionExclude = FilterTerms.Of(["thorax", "neck"]), StationNameInclude = FilterTerms.Of(["mystn"]) },
            request.Filters);
        Assert.False(request.Filters.StationNameAtStudyLevel);
    }

    [Fact]
    public void Reference_test_ct_mg_selects_ct_and_mg_with_no_filters()
    {
        var request = Create("1", "2", "-ct", "-mg");

        Assert.Equal(ModalitySelection.Of(ModalityGroup.Ct, ModalityGroup.Mammography), request.Modalities);
        Assert.Equal(StudyFilters.None, request.Filters);
    }

    [Fact]
    public void Each_filter_option_fills_its_own_filter_and_empty_terms_are_left_out()
    {
        var request = Create(
            "1", "2", "-ct", "-i", "Chest,,Abdomen ", "-e", "test,", "-sni", "CT1, CT2", "-sne", "MOBILE", "--stationname_study_level");

        Assert.Equal(["chest", "abdomen"], request.Filters.StudyDescriptionInclude.Terms);
        Assert.Equal(["test"], request.Filters.StudyDescriptionExclude.Terms);
        Assert.Equal(["ct1", "ct2"], request.Filters.StationNameInclude.Terms);
        Assert.Equal(["mobile"], request.Filters.StationNameExclude.Terms);
        Assert.True(request.Filters.StationNameAtStudyLevel);
    }

    [Fact]
    public void The_request_made_is_one_the_domain_accepts_for_a_query()
    {
        var request = Create("1", "2", "-ct", "-mg", "-f", "2024-03-01");

        Assert.Empty(request.Validate(StudyDateWindow.Today(_time)));
    }

    private static FakeTimeProvider Clock(DateTimeOffset now, TimeZoneInfo zone)
    {
        var time = new FakeTimeProvider(now);
        time.SetLocalTimeZone(zone);
        return time;
    }

    private static QrArguments Read(params string[] args)
    {
        var commandLine = new QrCommandLine();
        var root = new System.CommandLine.RootCommand { commandLine.CreateCommand() };
        return commandLine.Read(root.Parse(["qr", .. args]));
    }

    private QueryRequest Create(params string[] args) => new QrRequestFactory(_time).Create(Read(args));

    private StudyDateKeys Keys(QueryRequest request) => request.Dates.ToKeys(StudyDateWindow.Today(_time));

    private void AssertRefused(string message, params string[] args)
    {
        var exception = Assert.Throws<QrUsageException>(() => Create(args));
        Assert.Equal(message, exception.Message);
    }
}
