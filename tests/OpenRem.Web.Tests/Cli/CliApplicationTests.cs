using OpenRem.Web.Cli;

namespace OpenRem.Web.Tests.Cli;

public sealed class CliApplicationTests
{
    [Theory]
    [InlineData(new string[0], false)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:5000" }, false)]
    [InlineData(new[] { "--environment=Development", "--contentRoot=/srv" }, false)]
    [InlineData(new[] { "/urls=http://127.0.0.1:5000" }, false)]
    [InlineData(new[] { "--help" }, true)]
    [InlineData(new[] { "-h" }, true)]
    [InlineData(new[] { "-?" }, true)]
    [InlineData(new[] { "/?" }, true)]
    [InlineData(new[] { "--version" }, true)]
    [InlineData(new[] { "version" }, true)]
    [InlineData(new[] { "dump", "file.dcm" }, true)]
    [InlineData(new[] { "no-such-verb" }, true)]
    public void Verbs_and_the_root_options_go_to_the_command_line_and_everything_else_to_the_web_host(string[] args, bool expected)
    {
        Assert.Equal(expected, CliApplication.IsCommandLineInvocation(args));
    }

    [Fact]
    public async Task Version_option_prints_the_product_version()
    {
        var (exitCode, output, error) = await CliRunner.InvokeAsync("--version");

        Assert.Equal(0, exitCode);
        Assert.Equal(ProductInfo.Version, output.Trim());
        Assert.StartsWith("0.1.0", output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Fact]
    public async Task Version_verb_prints_the_product_name_and_version()
    {
        var (exitCode, output, _) = await CliRunner.InvokeAsync("version");

        Assert.Equal(0, exitCode);
        Assert.Equal($"OpenRem {ProductInfo.Version}", output.Trim());
    }

    [Fact]
    public async Task Help_describes_the_product_and_lists_the_verbs()
    {
        var (exitCode, output, _) = await CliRunner.InvokeAsync("--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("radiation-dose objects from a PACS", output, StringComparison.Ordinal);
        Assert.Contains("Without a verb it runs the web application", output, StringComparison.Ordinal);
        Assert.Contains("version", output, StringComparison.Ordinal);
        Assert.Contains("--help", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_verb_is_a_usage_error_with_a_message_naming_it()
    {
        var (exitCode, _, error) = await CliRunner.InvokeAsync("no-such-verb");

        Assert.Equal(CliApplication.UsageErrorExitCode, exitCode);
        Assert.Contains("'no-such-verb'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_verb_has_a_distinct_name_and_a_description()
    {
        var commands = CliApplication.Verbs.Select(verb => verb.CreateCommand()).ToList();

        Assert.NotEmpty(commands);
        Assert.Equal(commands.Count, commands.Select(command => command.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(commands, command => Assert.False(string.IsNullOrWhiteSpace(command.Description)));
    }
}
