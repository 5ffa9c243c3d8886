using System.CommandLine;
using OpenRem.Web.Cli.Qr;

namespace OpenRem.Web.Tests.Cli.Qr;

public sealed class QrCommandLineTests
{
    [Fact]
    public void The_two_positional_arguments_are_the_remote_and_store_node_ids()
    {
        var arguments = Read("1", "2", "-ct");

        Assert.Equal(1, arguments.RemoteNodeId);
        Assert.Equal(2, arguments.StoreNodeId);
    }

    [Fact]
    public void Without_options_every_flag_is_off_and_every_value_absent()
    {
        var arguments = Read("3", "4");

        Assert.Equal(new QrArguments { RemoteNodeId = 3, StoreNodeId = 4 }, arguments);
    }

    [Theory]
    [InlineData("-ct", nameof(QrQueryFlagValues.Ct))]
    [InlineData("-mg", nameof(QrQueryFlagValues.Mammography))]
    [InlineData("-fl", nameof(QrQueryFlagValues.Fluoroscopy))]
    [InlineData("-dx", nameof(QrQueryFlagValues.Radiography))]
    [InlineData("-nm", nameof(QrQueryFlagValues.NuclearMedicine))]
    [InlineData("-sr", nameof(QrQueryFlagValues.SrOnly))]
    [InlineData("--stationname_study_level", nameof(QrQueryFlagValues.StationNameAtStudyLevel))]
    [InlineData("-toshiba", nameof(QrQueryFlagValues.GetToshibaImages))]
    [InlineData("-dup", nameof(QrQueryFlagValues.RetrieveDuplicates))]
    [InlineData("-emptysr", nameof(QrQueryFlagValues.GetEmptySrSeries))]
    [InlineData("--query-only", nameof(QrArguments.QueryOnly))]
    [InlineData("--json", nameof(QrArguments.Json))]
    public void Each_flag_sets_its_value_and_only_its_value(string flag, string property)
    {
        var arguments = Read("1", "2", flag);

        var flags = Values<bool>(arguments);
        Assert.Equal(12, flags.Count);
        Assert.All(flags, each => Assert.Equal(each.Name == property, each.Value));
    }

    [Theory]
    [InlineData("-f", "--dfrom", nameof(QrArguments.DateFrom))]
    [InlineData("-t", "--duntil", nameof(QrArguments.DateUntil))]
    [InlineData("-sd", "--single_date", nameof(QrArguments.SingleDate))]
    [InlineData("-tf", "--tfrom", nameof(QrArguments.TimeFrom))]
    [InlineData("-tt", "--tuntil", nameof(QrArguments.TimeUntil))]
    [InlineData("-e", "--desc_exclude", nameof(QrQueryFlagValues.StudyDescriptionExclude))]
    [InlineData("-i", "--desc_include", nameof(QrQueryFlagValues.StudyDescriptionInclude))]
    [InlineData("-sne", "--stationname_exclude", nameof(QrQueryFlagValues.StationNameExclude))]
    [InlineData("-sni", "--stationname_include", nameof(QrQueryFlagValues.StationNameInclude))]
    public void Each_value_option_takes_its_value_under_its_short_and_long_name_and_sets_only_its_value(string shortName, string longName, string property)
    {
        foreach (var form in new[] { new[] { shortName, "some value" }, [longName, "some value"], [longName + "=some value"], [shortName + ":some value"] })
        {
            var arguments = Read(["1", "2", .. form]);

            var values = Values<string?>(arguments);
            Assert.Equal(9, values.Count);
            Assert.All(values, each => Assert.Equal(each.Name == property ? "some value" : null, each.Value));
        }
    }

    [Fact]
    public void Every_option_of_openrem_qr_py_and_the_two_additions_are_declared_with_their_exact_spelling()
    {
        var command = new QrCommandLine().CreateCommand();

        var names = command.Options.SelectMany(option => option.Aliases.Append(option.Name)).Order(StringComparer.Ordinal).ToList();
        string[] expected =
        [
            "--desc_exclude", "--desc_include", "--dfrom", "--duntil", "--json", "--query-only", "--single_date",
            "--stationname_exclude", "--stationname_include", "--stationname_study_level", "--tfrom", "--tuntil",
            "-ct", "-dup", "-dx", "-e", "-emptysr", "-f", "-fl", "-i", "-mg", "-nm", "-sd", "-sne", "-sni", "-sr",
            "-t", "-tf", "-toshiba", "-tt",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), names);
        Assert.Equal(["qr_id", "store_id"], command.Arguments.Select(argument => argument.Name));
    }

    [Fact]
    public void Multi_letter_single_dash_options_are_never_read_as_bundled_letters()
    {
        var arguments = Read("1", "2", "-sd", "2024-03-01", "-tf", "0900", "-tt", "1000", "-sne", "a", "-sni", "b");

        Assert.Equal("2024-03-01", arguments.SingleDate);
        Assert.Equal("0900", arguments.TimeFrom);
        Assert.Equal("1000", arguments.TimeUntil);
        Assert.Equal("a", arguments.QueryFlags.StationNameExclude);
        Assert.Equal("b", arguments.QueryFlags.StationNameInclude);
        Assert.Null(arguments.DateFrom);
        Assert.Null(arguments.DateUntil);
        Assert.Null(arguments.QueryFlags.StudyDescriptionExclude);
    }

    [Fact]
    public void A_value_attached_to_a_one_letter_option_is_its_value_spaces_included()
    {
        // The reference's test passes "-e Thorax, Neck " as one argument.
        Assert.Equal(" Thorax, Neck ", Read("1", "2", "-ct", "-e Thorax, Neck ").QueryFlags.StudyDescriptionExclude);
        Assert.Equal("Knee", Read("1", "2", "-iKnee").QueryFlags.StudyDescriptionInclude);
    }

    [Fact]
    public void Options_may_come_before_between_and_after_the_node_ids()
    {
        var arguments = Read("-ct", "7", "-f", "2024-01-01", "8", "-mg");

        Assert.Equal((7, 8), (arguments.RemoteNodeId, arguments.StoreNodeId));
        Assert.True(arguments.QueryFlags.Ct);
        Assert.True(arguments.QueryFlags.Mammography);
        Assert.Equal("2024-01-01", arguments.DateFrom);
    }

    [Fact]
    public void An_option_given_twice_keeps_its_last_value()
    {
        var arguments = Read("1", "2", "-f", "2024-01-01", "--dfrom", "2024-02-02", "-ct", "-ct");

        Assert.Equal("2024-02-02", arguments.DateFrom);
        Assert.True(arguments.QueryFlags.Ct);
    }

    [Theory]
    [InlineData("argument -f/--dfrom: expected one argument", "1", "2", "-f")]
    [InlineData("argument -sd/--single_date: expected one argument", "1", "2", "-sd", "-ct")]
    [InlineData("argument -tt/--tuntil: expected one argument", "1", "2", "-tt", "0900", "-tt")]
    [InlineData("argument -sni/--stationname_include: expected one argument", "1", "2", "--stationname_include")]
    [InlineData("the following arguments are required: qr_id, store_id", "-ct")]
    [InlineData("the following arguments are required: store_id", "1", "-ct")]
    [InlineData("argument qr_id: invalid int value: 'pacs'", "pacs", "2")]
    [InlineData("argument store_id: invalid int value: '2.5'", "1", "2.5")]
    [InlineData("unrecognized arguments: 3", "1", "2", "3", "-ct")]
    [InlineData("unrecognized arguments: -x --bogus", "1", "2", "-ct", "-x", "--bogus")]
    public void A_mistake_is_reported_in_argparse_words(string message, params string[] args)
    {
        var exception = Assert.Throws<QrUsageException>(() => Read(args));

        Assert.Equal(message, exception.Message);
    }

    [Fact]
    public void A_node_id_is_read_as_python_reads_an_int()
    {
        var arguments = Read(" 5 ", "+6");

        Assert.Equal((5, 6), (arguments.RemoteNodeId, arguments.StoreNodeId));
    }

    [Fact]
    public void The_usage_line_names_every_option_with_its_short_name_and_the_node_ids_last()
    {
        var usage = new QrCommandLine().Usage("OpenRem qr");

        Assert.StartsWith("usage: OpenRem qr [-h] [-ct] [-mg] [-fl] [-dx] [-nm] [-f yyyy-mm-dd] [-t yyyy-mm-dd] [-sd yyyy-mm-dd] [-tf hhmm] [-tt hhmm] [-e terms]", usage, StringComparison.Ordinal);
        Assert.EndsWith("[-sr] [-dup] [-emptysr] [--query-only] [--json] qr_id store_id", usage, StringComparison.Ordinal);
    }

    /// <summary>Every value of type <typeparamref name="T"/> of the command line, its own and its shared query flags', by name.</summary>
    private static List<(string Name, T Value)> Values<T>(QrArguments arguments) =>
        [
            .. typeof(QrArguments).GetProperties().Where(each => each.PropertyType == typeof(T)).Select(each => (each.Name, (T)each.GetValue(arguments)!)),
            .. typeof(QrQueryFlagValues).GetProperties().Where(each => each.PropertyType == typeof(T)).Select(each => (each.Name, (T)each.GetValue(arguments.QueryFlags)!)),
        ];

    private static QrArguments Read(params string[] args)
    {
        var commandLine = new QrCommandLine();
        var root = new RootCommand { commandLine.CreateCommand() };
        return commandLine.Read(root.Parse(["qr", .. args]));
    }
}
