using System.Runtime.CompilerServices;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;
using OpenRem.Domain.Retrieve;
using OpenRem.Infrastructure.Persistence.Progress;
using OpenRem.Infrastructure.Persistence.Queries;
using OpenRem.Infrastructure.Progress;
using OpenRem.Web.Components.Progress;

namespace OpenRem.Web.Tests.Progress;

public sealed class QueryProgressPanelTests : MudBlazorContext
{
    private readonly QueryProgressFeed _feed;
    private readonly StrongBox<PanelDatabase?> _database;

    public QueryProgressPanelTests()
        : this(new QueryProgressFeed(Options.Create(new QueryProgressFeedOptions()), TimeProvider.System), new StrongBox<PanelDatabase?>())
    {
    }

    private QueryProgressPanelTests(QueryProgressFeed feed, StrongBox<PanelDatabase?> database)
        : base(services => services
            .AddSingleton<IQueryProgressFeed>(feed)
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IQueryRepository>(_ => database.Value?.Queries ?? throw new InvalidOperationException("The test has not created its database.")))
    {
        _feed = feed;
        _database = database;
    }

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_panel_shows_the_stored_state_then_follows_what_is_published_and_stops_when_disposed()
    {
        await using var database = _database.Value = await PanelDatabase.CreateAsync(_feed, Ct);
        var query = await database.NewQueryAsync(Ct);
        await RunFindStartAsync(database, query.Id, "Asking Main PACS for CT studies");

        var panel = Render<QueryProgressPanel>(parameters => parameters.Add(p => p.QueryId, query.Id));

        panel.WaitForAssertion(() =>
        {
            Assert.Equal("Querying", Text(panel, "query-state"));
            Assert.Equal("Starting the query", Text(panel, "query-stage"));
            Assert.Equal(["Asking Main PACS for CT studies"], LogTexts(panel));
            Assert.Equal("0", Text(panel, "studies-found"));
        });
        Assert.Equal(1, _feed.SubscriberCount);
        Assert.Empty(panel.FindAll("[data-testid=move-progress]"));

        await Task.Run(async () =>
        {
            await _feed.PublishCountsAsync(Snapshot(query.Id, QueryState.Querying, "Starting the query", found: 3, kept: 2), Ct);
            await _feed.PublishLogAsync(query.Id, new QueryLogLine(DateTimeOffset.UtcNow, QueryLogLevel.Warning, "One study has no modality"), Ct);
            await _feed.PublishStageAsync(Snapshot(query.Id, QueryState.Retrieving, "Requesting move of 2 studies", found: 3, kept: 2, requestsDone: 1, requestsPlanned: 4), Ct);
            await _feed.PublishSeriesMoveAsync(query.Id, new SeriesMoveProgress(1, 2, 2, 3, "CT", 8, new SubOperationCounts(6, 1, 1), 0, IsFinal: false), Ct);
            await _feed.PublishStageAsync(Snapshot(Guid.NewGuid(), QueryState.Failed, "Another query failed"), Ct);
        }, Ct);

        panel.WaitForAssertion(() =>
        {
            Assert.Equal("Retrieving", Text(panel, "query-state"));
            Assert.Equal("Requesting move of 2 studies", Text(panel, "query-stage"));
            Assert.Equal("3", Text(panel, "studies-found"));
            Assert.Equal("2", Text(panel, "studies-kept"));
            Assert.Equal("1 of 4 move requests done", Text(panel, "move-requests"));
            Assert.Equal("Study 1 of 2, series 2 of 3 (CT)", Text(panel, "series-position"));
            Assert.Equal("8 of 8 objects so far", Text(panel, "series-objects"));
            Assert.Equal(["Asking Main PACS for CT studies", "One study has no modality"], LogTexts(panel));
            Assert.Equal("Warning", panel.FindAll("[data-testid=query-log-line]")[1].GetAttribute("data-level"));
        });

        await Task.Run(() => _feed.PublishStageAsync(
            Snapshot(query.Id, QueryState.Failed, "1 of 4 series could not be retrieved.", found: 3, kept: 2, requestsDone: 4, requestsPlanned: 4, error: "1 of 4 series could not be retrieved.") with
            {
                MoveSubOperations = new SubOperationCounts(30, 2, 1),
            },
            Ct).AsTask(), Ct);

        panel.WaitForAssertion(() =>
        {
            Assert.Equal("Failed", Text(panel, "query-state"));
            Assert.Equal("1 of 4 series could not be retrieved.", Text(panel, "query-error"));
            Assert.Equal("Completed 30", Text(panel, "objects-completed"));
            Assert.Equal("Failed 2", Text(panel, "objects-failed"));
            Assert.Equal("Warning 1", Text(panel, "objects-warning"));
        });
        Assert.DoesNotContain("Another query failed", panel.Markup, StringComparison.Ordinal);

        await DisposeComponentsAsync();
        Assert.Equal(0, _feed.SubscriberCount);
    }

    [Fact]
    public async Task When_the_panel_falls_behind_it_reads_the_query_again_from_the_database()
    {
        await using var database = _database.Value = await PanelDatabase.CreateAsync(_feed, Ct);
        var query = await database.NewQueryAsync(Ct);
        await RunFindStartAsync(database, query.Id, "Stored before the panel opened");
        var panel = Render<QueryProgressPanel>(parameters => parameters.Add(p => p.QueryId, query.Id));
        panel.WaitForAssertion(() => Assert.Equal(["Stored before the panel opened"], LogTexts(panel)));
        var flood = new QueryProgressFeedOptions().Capacity * 4;

        // While the renderer is busy here the panel cannot apply what it reads, so its queue overflows.
        await panel.InvokeAsync(async () =>
        {
            for (var i = 1; i <= flood; i++)
            {
                await _feed.PublishLogAsync(query.Id, new QueryLogLine(DateTimeOffset.UtcNow, QueryLogLevel.Information, $"Published only {i}"), Ct);
            }
        });

        panel.WaitForAssertion(() =>
        {
            var texts = LogTexts(panel);
            Assert.Equal("Stored before the panel opened", texts[0]);
            Assert.DoesNotContain("Published only 2", texts);
            Assert.Equal($"Published only {flood}", texts[^1]);
            Assert.True(texts.Count < flood / 2, $"{texts.Count} lines shown");
        });
        await DisposeComponentsAsync();
    }

    [Fact]
    public async Task A_query_that_is_not_in_the_database_is_said_to_be_missing()
    {
        await using var database = _database.Value = await PanelDatabase.CreateAsync(_feed, Ct);
        var missing = Guid.NewGuid();

        var panel = Render<QueryProgressPanel>(parameters => parameters.Add(p => p.QueryId, missing));

        panel.WaitForAssertion(() => Assert.Equal($"There is no query with ID {missing}.", Text(panel, "query-missing")));
        await DisposeComponentsAsync();
    }

    /// <summary>Starts the find phase of the stored query through a run session, with one log line, as a running job would.</summary>
    private static async Task RunFindStartAsync(PanelDatabase database, Guid queryId, string line)
    {
        var session = await database.Sessions.OpenAsync(queryId, Ct);
        Assert.NotNull(session);
        await using (session)
        {
            session.Query.BeginFind(DateTimeOffset.UtcNow);
            await session.Progress.StageChangedAsync(session.Query, Ct);
            await session.Progress.LogAsync(session.Query, new QueryLogLine(DateTimeOffset.UtcNow, QueryLogLevel.Information, line), Ct);
        }
    }

    private static string Text(IRenderedComponent<QueryProgressPanel> panel, string testId) =>
        panel.Find($"[data-testid={testId}]").TextContent.Trim();

    private static List<string> LogTexts(IRenderedComponent<QueryProgressPanel> panel) =>
        [.. panel.FindAll("[data-testid=query-log-line] .query-log-text").Select(element => element.TextContent.Trim())];

    private static QueryProgressSnapshot Snapshot(
        Guid queryId, QueryState state, string stage, int found = 0, int kept = 0, int requestsDone = 0, int requestsPlanned = 0, string? error = null) =>
        new(queryId, state, stage, found, kept, kept * 2, requestsDone, requestsPlanned, SubOperationCounts.None, error, DateTimeOffset.UtcNow.AddMinutes(-2), null);
}
