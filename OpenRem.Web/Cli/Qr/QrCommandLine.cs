using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace OpenRem.Web.Cli.Qr;

/// <summary>
/// The arguments and options of <c>qr QR_ID STORE_ID [options]</c>, spelt as openrem_qr.py spells them
/// (<c>-ct</c>, <c>-sd</c>, <c>--single_date</c>...), and their reading into <see cref="QrArguments"/>.
/// </summary>
/// <remarks>
/// The multi-letter single-dash options are declared as whole aliases, so <c>-sd</c> is never read as
/// <c>-s -d</c>. A value may follow its option (<c>-e Thorax</c>), be attached (<c>-eThorax</c>,
/// <c>"-e Thorax, Neck "</c>) or follow <c>=</c> or <c>:</c>. Given twice, the last value counts. Every mistake
/// is reported by <see cref="Read"/> as a <see cref="QrUsageException"/> with argparse's wording, so the verb can
/// exit with code 2 as openrem_qr.py does.
/// </remarks>
internal sealed class QrCommandLine
{
    private readonly Argument<string> _remoteNodeId = new("qr_id")
    {
        Description = "Database ID of the remote query-retrieve node (as shown on the DICOM networking page).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly Argument<string> _storeNodeId = new("store_id")
    {
        Description = "Database ID of the local store node.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly Option<bool> _ct = Flag("-ct", "Query for CT studies.");
    private readonly Option<bool> _mammography = Flag("-mg", "Query for mammography studies.");
    private readonly Option<bool> _fluoroscopy = Flag("-fl", "Query for fluoroscopy studies (XA and RF).");
    private readonly Option<bool> _radiography = Flag("-dx", "Query for planar X-ray studies (DX and CR; includes panoramic, PX).");
    private readonly Option<bool> _nuclearMedicine = Flag("-nm", "Query for nuclear medicine studies (NM and PET).");
    private readonly Option<string[]> _dateFrom = Value("--dfrom", "-f", "yyyy-mm-dd", "Date from, format yyyy-mm-dd.");
    private readonly Option<string[]> _dateUntil = Value("--duntil", "-t", "yyyy-mm-dd", "Date until, format yyyy-mm-dd.");
    private readonly Option<string[]> _singleDate = Value("--single_date", "-sd", "yyyy-mm-dd", "One date, format yyyy-mm-dd; cannot be used with --dfrom or --duntil.");
    private readonly Option<string[]> _timeFrom = Value("--tfrom", "-tf", "hhmm", "Time from, format hhmm (or hh:mm); requires --single_date.");
    private readonly Option<string[]> _timeUntil = Value("--tuntil", "-tt", "hhmm", "Time until, format hhmm (or hh:mm); requires --single_date.");
    private readonly Option<string[]> _descriptionExclude = Value("--desc_exclude", "-e", "terms", "Exclude studies with these terms in the study description: comma-separated list.");
    private readonly Option<string[]> _descriptionInclude = Value("--desc_include", "-i", "terms", "Only keep studies with these terms in the study description: comma-separated list.");
    private readonly Option<string[]> _stationNameExclude = Value("--stationname_exclude", "-sne", "terms", "Exclude studies or series with these terms in the station name: comma-separated list.");
    private readonly Option<string[]> _stationNameInclude = Value("--stationname_include", "-sni", "terms", "Only keep studies or series with these terms in the station name: comma-separated list.");
    private readonly Option<bool> _stationNameAtStudyLevel = Flag("--stationname_study_level", "Check the station-name filters at study level instead of series level.");
    private readonly Option<bool> _toshiba = Flag("-toshiba", "Get Toshiba images, for the Toshiba dose extractor.");
    private readonly Option<bool> _srOnly = Flag("-sr", "Use if the store has RDSRs only, no images. Cannot be used with any modality option.");
    private readonly Option<bool> _duplicates = Flag("-dup", "Retrieve duplicates: objects already in the database are retrieved again.");
    private readonly Option<bool> _emptySr = Flag("-emptysr", "Get SR series that return nothing at image level.");
    private readonly Option<bool> _queryOnly = Flag("--query-only", "Only query and filter; retrieve nothing.");
    private readonly Option<bool> _json = Flag("--json", "Print the final summary as one JSON object on standard output (progress goes to standard error).");

    private IEnumerable<Option> ValueOptions =>
    [
        _dateFrom, _dateUntil, _singleDate, _timeFrom, _timeUntil,
        _descriptionExclude, _descriptionInclude, _stationNameExclude, _stationNameInclude,
    ];

    private IEnumerable<Option> AllOptions =>
    [
        _ct, _mammography, _fluoroscopy, _radiography, _nuclearMedicine,
        _dateFrom, _dateUntil, _singleDate, _timeFrom, _timeUntil,
        _descriptionExclude, _descriptionInclude, _stationNameExclude, _stationNameInclude,
        _stationNameAtStudyLevel, _toshiba, _srOnly, _duplicates, _emptySr, _queryOnly, _json,
    ];

    /// <summary>The <c>qr</c> command with every argument and option and no action.</summary>
    public Command CreateCommand()
    {
        var command = new Command(
            "qr",
            "Query a remote node for dose objects of the chosen modalities, filter the responses and retrieve what is "
            + "kept to a store node, as openrem_qr.py does. Both nodes are echoed first. Exit code 0 on success, 1 when "
            + "a node does not answer or the query or the retrieve fails, 2 when the command line is wrong.")
        {
            _remoteNodeId,
            _storeNodeId,
        };
        foreach (var option in AllOptions)
        {
            command.Add(option);
        }

        // Mistakes are reported by Read, in argparse's words and with exit code 2.
        command.TreatUnmatchedTokensAsErrors = false;
        return command;
    }

    /// <summary>One line of usage in argparse's style, for the error output.</summary>
    public string Usage(string commandPath)
    {
        var options = AllOptions.Select(option => option.Arity.MaximumNumberOfValues == 0
            ? $"[{ShortestName(option)}]"
            : $"[{ShortestName(option)} {option.HelpName}]");
        return $"usage: {commandPath} [-h] {string.Join(' ', options)} qr_id store_id";
    }

    /// <summary>The values of <paramref name="parseResult"/>; throws <see cref="QrUsageException"/> for a mistake.</summary>
    public QrArguments Read(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        foreach (var option in ValueOptions)
        {
            if (parseResult.GetResult(option) is { } result && result.Tokens.Count < result.IdentifierTokenCount)
            {
                throw new QrUsageException($"argument {ShortestName(option)}/{option.Name}: expected one argument");
            }
        }

        var missing = new[] { _remoteNodeId, _storeNodeId }.Where(argument => parseResult.GetValue(argument) is null).ToList();
        if (missing.Count > 0)
        {
            throw new QrUsageException("the following arguments are required: " + string.Join(", ", missing.Select(argument => argument.Name)));
        }

        var remoteId = NodeId(_remoteNodeId, parseResult);
        var storeId = NodeId(_storeNodeId, parseResult);
        if (parseResult.UnmatchedTokens.Count > 0)
        {
            throw new QrUsageException("unrecognized arguments: " + string.Join(' ', parseResult.UnmatchedTokens));
        }

        return new QrArguments
        {
            RemoteNodeId = remoteId,
            StoreNodeId = storeId,
            Ct = parseResult.GetValue(_ct),
            Mammography = parseResult.GetValue(_mammography),
            Fluoroscopy = parseResult.GetValue(_fluoroscopy),
            Radiography = parseResult.GetValue(_radiography),
            NuclearMedicine = parseResult.GetValue(_nuclearMedicine),
            SrOnly = parseResult.GetValue(_srOnly),
            DateFrom = Last(parseResult, _dateFrom),
            DateUntil = Last(parseResult, _dateUntil),
            SingleDate = Last(parseResult, _singleDate),
            TimeFrom = Last(parseResult, _timeFrom),
            TimeUntil = Last(parseResult, _timeUntil),
            StudyDescriptionExclude = Last(parseResult, _descriptionExclude),
            StudyDescriptionInclude = Last(parseResult, _descriptionInclude),
            StationNameExclude = Last(parseResult, _stationNameExclude),
            StationNameInclude = Last(parseResult, _stationNameInclude),
            StationNameAtStudyLevel = parseResult.GetValue(_stationNameAtStudyLevel),
            GetToshibaImages = parseResult.GetValue(_toshiba),
            RetrieveDuplicates = parseResult.GetValue(_duplicates),
            GetEmptySrSeries = parseResult.GetValue(_emptySr),
            QueryOnly = parseResult.GetValue(_queryOnly),
            Json = parseResult.GetValue(_json),
        };
    }

    private static Option<bool> Flag(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.Zero };

    private static Option<string[]> Value(string name, string alias, string helpName, string description) =>
        new(name, alias)
        {
            Description = description,
            HelpName = helpName,
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
        };

    private static string ShortestName(Option option) =>
        option.Aliases.Append(option.Name).OrderBy(name => name.Length).First();

    private static string? Last(ParseResult parseResult, Option<string[]> option) =>
        parseResult.GetValue(option) is [.., var last] ? last : null;

    /// <summary>A node ID as Python's int() reads it: optional sign and surrounding spaces, digits.</summary>
    private static int NodeId(Argument<string> argument, ParseResult parseResult)
    {
        var text = parseResult.GetRequiredValue(argument);
        return int.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new QrUsageException($"argument {argument.Name}: invalid int value: '{text}'");
    }
}
