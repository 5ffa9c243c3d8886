using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OpenRem.Infrastructure.Persistence;
using OpenRem.Infrastructure.Persistence.Nodes;
using OpenRem.Web.Cli;

namespace OpenRem.Web.Tests.Cli;

[Collection(nameof(InProcessApplicationServices))]
public sealed class NodesVerbTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("openrem-cli-nodes-").FullName;

    private string DataDirectory => Path.Combine(_root, "data");

    [Fact]
    public async Task Add_qr_prints_the_new_id_alone_and_stores_every_setting()
    {
        var (exitCode, output, error) = await NodesAsync(
            "add-qr", "--name", "Main PACS", "--aet", "PACS01", "--calling-aet", "OPENREMQR", "--host", "pacs.example.org", "--port", "11112", "--modality-at-study-level");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        Assert.Matches("^[0-9]+\n$", output.ReplaceLineEndings("\n"));
        var node = await WithRepositoryAsync<IRemoteNodeRepository, Domain.Nodes.RemoteNode?>(
            repository => repository.FindAsync(int.Parse(output, CultureInfo.InvariantCulture), TestContext.Current.CancellationToken));
        Assert.NotNull(node);
        Assert.Equal(("Main PACS", "PACS01", "OPENREMQR", "pacs.example.org", 11112, true),
            (node.Name, node.AeTitle.Value, node.CallingAeTitle?.Value, node.Host.Value, node.Port, node.UseModalityTagAtStudyLevel));
    }

    [Fact]
    public async Task List_shows_every_node_with_its_kind_in_a_table_by_id()
    {
        var qr = (await NodesAsync("add-qr", "--name", "Main PACS", "--aet", "PACS01", "--host", "127.0.0.1", "--port", "104")).Output.Trim();
        var store = (await NodesAsync("add-store", "--name", "Our store", "--aet", "OPENREM", "--port", "11112")).Output.Trim();
        var external = (await NodesAsync("add-store", "--name", "Orthanc", "--aet", "ORTHANC", "--port", "4242", "--host", "localhost")).Output.Trim();

        var (exitCode, output, error) = await NodesAsync("list");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        Assert.Equal(3, new[] { qr, store, external }.Distinct().Count());
        var lines = output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select(line => line.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        Assert.Equal(["ID", "KIND", "NAME", "AE TITLE", "HOST", "PORT"], lines[0]);
        Assert.Equal([qr, "qr", "Main PACS", "PACS01", "127.0.0.1", "104"], lines[1]);
        Assert.Equal([store, "store", "Our store", "OPENREM", "(this app)", "11112"], lines[2]);
        Assert.Equal([external, "store", "Orthanc", "ORTHANC", "localhost", "4242"], lines[3]);
    }

    [Fact]
    public async Task List_says_when_there_are_no_nodes()
    {
        var (exitCode, output, _) = await NodesAsync("list");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("No nodes.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_that_do_not_validate_are_a_usage_error_naming_each_option_and_store_nothing()
    {
        var (exitCode, output, error) = await NodesAsync("add-qr", "--name", "PACS", "--aet", "WAY_TOO_LONG_AE_TITLE", "--host", "bad host", "--port", "70000");

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains("nodes add-qr: --aet: An AE title has at most 16 characters", error, StringComparison.Ordinal);
        Assert.Contains("nodes add-qr: --host: A host name may only contain letters, digits, hyphens and dots.", error, StringComparison.Ordinal);
        Assert.Contains("nodes add-qr: --port: A port lies between 1 and 65535.", error, StringComparison.Ordinal);
        Assert.StartsWith("No nodes.", (await NodesAsync("list")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_already_used_is_a_usage_error()
    {
        await NodesAsync("add-store", "--name", "Store", "--aet", "OPENREM", "--port", "11112");

        var (exitCode, output, error) = await NodesAsync("add-store", "--name", "STORE", "--aet", "OTHER", "--port", "11113");

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Equal("nodes add-store: --name: Another node already has this name.", error.Trim());
    }

    [Fact]
    public async Task A_missing_option_is_a_usage_error_on_stderr()
    {
        var (exitCode, _, error) = await NodesAsync("add-qr", "--name", "PACS", "--aet", "PACS", "--host", "127.0.0.1");

        Assert.Equal(2, exitCode);
        Assert.Contains("'--port' is required", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_deletes_the_node_of_that_id_whatever_its_kind()
    {
        var qr = (await NodesAsync("add-qr", "--name", "PACS", "--aet", "PACS", "--host", "127.0.0.1", "--port", "104")).Output.Trim();
        var store = (await NodesAsync("add-store", "--name", "Store", "--aet", "OPENREM", "--port", "11112")).Output.Trim();

        var (exitCode, output, error) = await NodesAsync("remove", store);
        var list = (await NodesAsync("list")).Output;

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        Assert.Equal($"Removed node {store}.", output.Trim());
        Assert.Contains("PACS", list, StringComparison.Ordinal);
        Assert.DoesNotContain("OPENREM", list, StringComparison.Ordinal);
        Assert.Equal(0, (await NodesAsync("remove", qr)).ExitCode);
    }

    [Fact]
    public async Task Removing_an_id_no_node_has_fails_with_a_message()
    {
        var (exitCode, output, error) = await NodesAsync("remove", "42");

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Equal("nodes remove: no node has ID 42; 'nodes list' shows the IDs.", error.Trim());
    }

    [Fact]
    public async Task A_non_numeric_id_is_a_usage_error()
    {
        var (exitCode, _, error) = await NodesAsync("remove", "first");

        Assert.Equal(2, exitCode);
        Assert.Contains("first", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_data_directory_that_cannot_be_used_is_a_failure_saying_why()
    {
        var occupied = Path.Combine(_root, "a-file");
        await File.WriteAllTextAsync(occupied, "not a folder", TestContext.Current.CancellationToken);

        var (exitCode, output, error) = await CliRunner.InvokeAsync("nodes", "list", "--data-directory", occupied);

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Contains($"'{occupied}' cannot be created or written", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_database_is_created_in_the_data_directory()
    {
        await NodesAsync("list");

        Assert.True(File.Exists(Path.Combine(DataDirectory, "openrem.db")));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    private Task<(int ExitCode, string Output, string Error)> NodesAsync(params string[] args) =>
        CliRunner.InvokeAsync(["nodes", .. args, "--data-directory", DataDirectory]);

    private async Task<TResult> WithRepositoryAsync<TRepository, TResult>(Func<TRepository, Task<TResult>> use)
        where TRepository : notnull
    {
        await using var services = new ServiceCollection().AddLogging().AddOpenRemPersistence(DataDirectory).BuildServiceProvider();
        return await use(services.GetRequiredService<TRepository>());
    }
}
