using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;
using OpenRem.Infrastructure.Persistence;
using OpenRem.Infrastructure.Persistence.Queries;

namespace OpenRem.Web.Tests.Cli.Qr;

/// <summary><c>qr</c> with the application's database: the query is stored and run as stored queries are, its progress shown from the progress feed.</summary>
public sealed class QrStoredRunTests : IDisposable
{
    private const string Study = "1.2.826.0.1.3680043.10.2.1";
    private const string Series = "1.2.826.0.1.3680043.10.2.1.1";
    private readonly string _root = Directory.CreateTempSubdirectory("openrem-qr-stored-").FullName;

    [Fact]
    public async Task The_progress_shown_from_the_feed_is_the_progress_the_phases_report_and_the_query_is_stored()
    {
        var direct = Scripted(new QrTestBed());
        var stored = Scripted(new QrTestBed { DataDirectory = Path.Combine(_root, "data") });
        Directory.CreateDirectory(stored.DataDirectory!);
        var (remoteId, storeId) = await stored.AddDatabaseNodesAsync();

        var (directExit, directOutput, directError) = await direct.RunVerbAsync("1", "2", "-mg");
        var (storedExit, storedOutput, storedError) = await stored.RunVerbAsync($"{remoteId}", $"{storeId}", "-mg");

        Assert.True((0, 0) == (directExit, storedExit), $"direct {directExit}, stored {storedExit}:\n{storedError}\n{storedOutput}");
        Assert.Equal(Lines(directError), Lines(storedError));
        Assert.Contains("Move complete.", storedError, StringComparison.Ordinal);
        Assert.Equal(Lines(directOutput).Skip(1), Lines(storedOutput).Skip(1));
        Assert.Single(stored.Archive.MoveRequests);
        var history = await ReadHistoryAsync(stored.DataDirectory!);
        var query = Assert.Single(history.Items);
        Assert.Equal(QueryState.Done, query.State);
        Assert.Contains(query.Id.ToString(), storedOutput, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    private static QrTestBed Scripted(QrTestBed bed)
    {
        bed.Archive
            .WithStudies("MG", new StudyMatch(Study, "Screening", ModalitiesInStudy: ["MG"]))
            .WithSeries(Study, new SeriesMatch(Series, "MG", 1, null, 4));
        return bed;
    }

    private static async Task<QueryPage> ReadHistoryAsync(string dataDirectory)
    {
        await using var services = new ServiceCollection().AddLogging().AddOpenRemPersistence(dataDirectory).BuildServiceProvider();
        return await services.GetRequiredService<IQueryRepository>().ListAsync(new QueryListRequest(), TestContext.Current.CancellationToken);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
