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

    private readonly QrQueryFlags _flags = new();
    private readonly Option<string[]> _dateFrom = QrQueryFlags.Value("--dfrom", "-f", "yyyy-mm-dd", "Date from, format yyyy-mm-dd.");
    private readonly Option<string[]> _dateUntil = QrQueryFlags.Value("--duntil", "-t", "yyyy-mm-dd", "Date until, format yyyy-mm-dd.");
    private readonly Option<string[]> _singleDate = QrQueryFlags.Value("--single_date", "-sd", "yyyy-mm-dd", "One date, format yyyy-mm-dd; cannot be used with --dfrom or --duntil.");
    private readonly Option<string[]> _timeFrom = QrQueryFlags.Value("--tfrom", "-tf", "hhmm", "Time from, format hhmm (or hh:mm); requires --single_date.");
    private readonly Option<string[]> _timeUntil = QrQueryFlags.Value("--tuntil", "-tt", "hhmm", "Time until, format hhmm (or hh:mm); requires --single_date.");
    private readonly Option<bool> _queryOnly = QrQueryFlags.Flag("--query-only", "Only query and filter; retrieve nothing.");
    private readonly Option<bool> _json = QrQueryFlags.Flag("--json", "Print the final summary as one JSON object on standard output (progress goes to standard error).");

    private IEnumerable<Option> DateOptions => [_dateFrom, _dateUntil, _singleDate, _timeFrom, _timeUntil];

    private IEnumerable<Option> AllOptions =>
    [
        _flags.Ct, _flags.Mammography, _flags.Fluoroscopy, _flags.Radiography, _flags.NuclearMedicine,
        .. DateOptions,
        _flags.DescriptionExclude, _flags.DescriptionInclude, _flags.StationNameExclude, _flags.StationNameInclude,
        _flags.StationNameAtStudyLevel, _flags.Toshiba, _flags.SrOnly, _flags.Duplicates, _flags.EmptySr, _queryOnly, _json,
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
            ? $"[{QrQueryFlags.ShortestName(option)}]"
            : $"[{QrQueryFlags.ShortestName(option)} {option.HelpName}]");
        return $"usage: {commandPath} [-h] {string.Join(' ', options)} qr_id store_id";
    }

    /// <summary>The values of <paramref name="parseResult"/>; throws <see cref="QrUsageException"/> for a mistake.</summary>
    public QrArguments Read(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        QrQueryFlags.RequireValues(parseResult, [.. DateOptions, .. _flags.ValueOptions]);

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

        var flags = _flags.Read(parseResult);
        return new QrArguments
        {
            RemoteNodeId = remoteId,
            StoreNodeId = storeId,
            QueryFlags = flags,
            DateFrom = QrQueryFlags.Last(parseResult, _dateFrom),
            DateUntil = QrQueryFlags.Last(parseResult, _dateUntil),
            SingleDate = QrQueryFlags.Last(parseResult, _singleDate),
            TimeFrom = QrQueryFlags.Last(parseResult, _timeFrom),
            TimeUntil = QrQueryFlags.Last(parseResult, _timeUntil),
            QueryOnly = parseResult.GetValue(_queryOnly),
            Json = parseResult.GetValue(_json),
        };
    }

    /// <summary>A node ID as Python's int() reads it: optional sign and surrounding spaces, digits.</summary>
    private static int NodeId(Argument<string> argument, ParseResult parseResult)
    {
        var text = parseResult.GetRequiredValue(argument);
        return int.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new QrUsageException($"argument {argument.Name}: invalid int value: '{text}'");
    }
}
