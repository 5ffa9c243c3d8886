using System.CommandLine;

namespace OpenRem.Web.Cli.Qr;

/// <summary>
/// The options of <c>qr</c> that say what to query and keep, shared with <c>schedules add</c>: the modalities
/// (<c>-ct -mg -fl -dx -nm -sr</c>), the description and station-name filters (<c>-e -i -sne -sni</c>,
/// <c>--stationname_study_level</c>) and the options <c>-toshiba -dup -emptysr</c>, spelt as openrem_qr.py spells
/// them. <see cref="Read"/> gives their values as typed; <see cref="QrRequestFactory"/> turns those into the Domain's.
/// </summary>
internal sealed class QrQueryFlags
{
    public Option<bool> Ct { get; } = Flag("-ct", "Query for CT studies.");

    public Option<bool> Mammography { get; } = Flag("-mg", "Query for mammography studies.");

    public Option<bool> Fluoroscopy { get; } = Flag("-fl", "Query for fluoroscopy studies (XA and RF).");

    public Option<bool> Radiography { get; } = Flag("-dx", "Query for planar X-ray studies (DX and CR; includes panoramic, PX).");

    public Option<bool> NuclearMedicine { get; } = Flag("-nm", "Query for nuclear medicine studies (NM and PET).");

    public Option<string[]> DescriptionExclude { get; } = Value("--desc_exclude", "-e", "terms", "Exclude studies with these terms in the study description: comma-separated list.");

    public Option<string[]> DescriptionInclude { get; } = Value("--desc_include", "-i", "terms", "Only keep studies with these terms in the study description: comma-separated list.");

    public Option<string[]> StationNameExclude { get; } = Value("--stationname_exclude", "-sne", "terms", "Exclude studies or series with these terms in the station name: comma-separated list.");

    public Option<string[]> StationNameInclude { get; } = Value("--stationname_include", "-sni", "terms", "Only keep studies or series with these terms in the station name: comma-separated list.");

    public Option<bool> StationNameAtStudyLevel { get; } = Flag("--stationname_study_level", "Check the station-name filters at study level instead of series level.");

    public Option<bool> Toshiba { get; } = Flag("-toshiba", "Get Toshiba images, for the Toshiba dose extractor.");

    public Option<bool> SrOnly { get; } = Flag("-sr", "Use if the store has RDSRs only, no images. Cannot be used with any modality option.");

    public Option<bool> Duplicates { get; } = Flag("-dup", "Retrieve duplicates: objects already in the database are retrieved again.");

    public Option<bool> EmptySr { get; } = Flag("-emptysr", "Get SR series that return nothing at image level.");

    /// <summary>The options that take a value.</summary>
    public IEnumerable<Option> ValueOptions => [DescriptionExclude, DescriptionInclude, StationNameExclude, StationNameInclude];

    /// <summary>Every option, in the order of the usage line.</summary>
    public IEnumerable<Option> All =>
    [
        Ct, Mammography, Fluoroscopy, Radiography, NuclearMedicine,
        DescriptionExclude, DescriptionInclude, StationNameExclude, StationNameInclude,
        StationNameAtStudyLevel, Toshiba, SrOnly, Duplicates, EmptySr,
    ];

    /// <summary>A flag without a value.</summary>
    public static Option<bool> Flag(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.Zero };

    /// <summary>An option with one value, which may follow the option, be attached, or follow <c>=</c> or <c>:</c>; given twice, the last counts.</summary>
    public static Option<string[]> Value(string name, string alias, string helpName, string description) =>
        new(name, alias)
        {
            Description = description,
            HelpName = helpName,
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
        };

    /// <summary>The shortest of the option's names, as argparse's messages name it.</summary>
    public static string ShortestName(Option option) =>
        option.Aliases.Append(option.Name).OrderBy(name => name.Length).First();

    /// <summary>The last value given to <paramref name="option"/>, or null.</summary>
    public static string? Last(ParseResult parseResult, Option<string[]> option) =>
        parseResult.GetValue(option) is [.., var last] ? last : null;

    /// <summary>Throws <see cref="QrUsageException"/> when one of <paramref name="options"/> was given without its value.</summary>
    public static void RequireValues(ParseResult parseResult, IEnumerable<Option> options)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        foreach (var option in options)
        {
            if (parseResult.GetResult(option) is { } result && result.Tokens.Count < result.IdentifierTokenCount)
            {
                throw new QrUsageException($"argument {ShortestName(option)}/{option.Name}: expected one argument");
            }
        }
    }

    /// <summary>The values given, as typed; throws <see cref="QrUsageException"/> when a value option lacks its value.</summary>
    public QrQueryFlagValues Read(ParseResult parseResult)
    {
        RequireValues(parseResult, ValueOptions);
        return new QrQueryFlagValues
        {
            Ct = parseResult.GetValue(Ct),
            Mammography = parseResult.GetValue(Mammography),
            Fluoroscopy = parseResult.GetValue(Fluoroscopy),
            Radiography = parseResult.GetValue(Radiography),
            NuclearMedicine = parseResult.GetValue(NuclearMedicine),
            SrOnly = parseResult.GetValue(SrOnly),
            StudyDescriptionExclude = Last(parseResult, DescriptionExclude),
            StudyDescriptionInclude = Last(parseResult, DescriptionInclude),
            StationNameExclude = Last(parseResult, StationNameExclude),
            StationNameInclude = Last(parseResult, StationNameInclude),
            StationNameAtStudyLevel = parseResult.GetValue(StationNameAtStudyLevel),
            GetToshibaImages = parseResult.GetValue(Toshiba),
            RetrieveDuplicates = parseResult.GetValue(Duplicates),
            GetEmptySrSeries = parseResult.GetValue(EmptySr),
        };
    }
}
