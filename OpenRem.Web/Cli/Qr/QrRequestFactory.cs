using OpenRem.Domain.Modalities;
using OpenRem.Domain.Queries;

namespace OpenRem.Web.Cli.Qr;

/// <summary>
/// Turns the values of a <c>qr</c> command line into the Domain's <see cref="QueryRequest"/>. The checks run in
/// openrem_qr.py's order with its messages; the first that fails throws <see cref="QrUsageException"/>. Then, as
/// the reference does, reversed dates or times are swapped; what the Domain still refuses on today's date (by the
/// local clock of the <see cref="TimeProvider"/>), such as a start date in the future, is a usage error too.
/// </summary>
/// <remarks>
/// Without dates every date is queried (the reference's command line has no default date); with only
/// <c>-f</c> the window runs until the day the query is created. <c>-sr</c> asks for the Domain's one SR-only
/// mode. Filter terms are split on commas, trimmed and lower-cased; empty terms are left out.
/// </remarks>
internal sealed class QrRequestFactory(TimeProvider time)
{
    public const string SrWithModalities = "The sr option can not be combined with any other modalities";
    public const string NoModality = "At least one modality must be specified";
    public const string SingleDateWithRange = "--single_date cannot be used with --dfrom or --duntil";
    public const string BadDate = "Incorrect data format, should be YYYY-MM-DD";
    public const string TimeWithoutSingleDate = "--tfrom and --tuntil require --single_date to be used";
    public const string BadTime = "Incorrect time format, should be HHMM";

    /// <summary>The request <paramref name="arguments"/> ask for; throws <see cref="QrUsageException"/> when they cannot be run.</summary>
    public QueryRequest Create(QrArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var flags = arguments.QueryFlags;
        var modalities = Modalities(flags);
        var dates = Dates(arguments);
        var request = new QueryRequest
        {
            RemoteNodeId = arguments.RemoteNodeId,
            StoreNodeId = arguments.StoreNodeId,
            Modalities = modalities,
            Dates = dates,
            Filters = Filters(flags),
            Options = Options(flags),
            MoveWhenFound = !arguments.QueryOnly,
            Origin = QueryOrigin.CommandLine,
        };
        var errors = request.Validate(StudyDateWindow.Today(time));
        return errors.Count == 0 ? request : throw new QrUsageException(string.Join(" ", errors));
    }

    /// <summary>The modalities the flags ask for; throws <see cref="QrUsageException"/> for none, or for <c>-sr</c> with others.</summary>
    public static ModalitySelection Modalities(QrQueryFlagValues arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var groups = new List<ModalityGroup>();
        Add(groups, arguments.Ct, ModalityGroup.Ct);
        Add(groups, arguments.Mammography, ModalityGroup.Mammography);
        Add(groups, arguments.Fluoroscopy, ModalityGroup.Fluoroscopy);
        Add(groups, arguments.Radiography, ModalityGroup.Radiography);
        Add(groups, arguments.NuclearMedicine, ModalityGroup.NuclearMedicine);
        if (arguments.SrOnly)
        {
            return groups.Count == 0 ? ModalitySelection.SrOnly : throw new QrUsageException(SrWithModalities);
        }

        return groups.Count > 0 ? ModalitySelection.Of(groups) : throw new QrUsageException(NoModality);
    }

    /// <summary>The include and exclude filters the flags give.</summary>
    public static StudyFilters Filters(QrQueryFlagValues flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        return new StudyFilters
        {
            StudyDescriptionInclude = FilterTerms.Parse(flags.StudyDescriptionInclude),
            StudyDescriptionExclude = FilterTerms.Parse(flags.StudyDescriptionExclude),
            StationNameInclude = FilterTerms.Parse(flags.StationNameInclude),
            StationNameExclude = FilterTerms.Parse(flags.StationNameExclude),
            StationNameAtStudyLevel = flags.StationNameAtStudyLevel,
        };
    }

    /// <summary>The advanced options the flags give.</summary>
    public static QueryOptions Options(QrQueryFlagValues flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        return new QueryOptions
        {
            RemoveDuplicates = !flags.RetrieveDuplicates,
            GetToshibaImages = flags.GetToshibaImages,
            GetEmptySrSeries = flags.GetEmptySrSeries,
        };
    }

    private static void Add(List<ModalityGroup> groups, bool asked, ModalityGroup group)
    {
        if (asked)
        {
            groups.Add(group);
        }
    }

    private static StudyDateWindow Dates(QrArguments arguments)
    {
        if (arguments.SingleDate is not null && (arguments.DateFrom is not null || arguments.DateUntil is not null))
        {
            throw new QrUsageException(SingleDateWithRange);
        }

        var from = Date(arguments.DateFrom);
        var until = Date(arguments.DateUntil);
        var single = Date(arguments.SingleDate);
        if (arguments.SingleDate is null && (arguments.TimeFrom is not null || arguments.TimeUntil is not null))
        {
            throw new QrUsageException(TimeWithoutSingleDate);
        }

        var timeFrom = Time(arguments.TimeFrom);
        var timeUntil = Time(arguments.TimeUntil);
        if (single is { } day)
        {
            return timeFrom > timeUntil
                ? StudyDateWindow.SingleDay(day, timeUntil, timeFrom)
                : StudyDateWindow.SingleDay(day, timeFrom, timeUntil);
        }

        return from > until ? new StudyDateWindow(until, from) : new StudyDateWindow(from, until);
    }

    private static DateOnly? Date(string? text) =>
        text is null ? null : QrDateTimeText.ParseDate(text) ?? throw new QrUsageException(BadDate);

    private static TimeOnly? Time(string? text) =>
        text is null ? null : QrDateTimeText.ParseTime(text) ?? throw new QrUsageException(BadTime);
}
