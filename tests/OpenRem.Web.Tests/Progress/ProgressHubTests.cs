using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;
using OpenRem.Domain.Retrieve;
using OpenRem.Infrastructure.Persistence.Progress;
using OpenRem.Infrastructure.Progress;
using OpenRem.Web.Progress;
using OpenRem.Web.Tests.Cli;
using OpenRem.Web.Tests.Hosting;

namespace OpenRem.Web.Tests.Progress;

/// <summary>
/// The progress hub served by the whole application on a loopback port, with real hub connections. The application
/// is built in this process, so the class runs alone (<see cref="InProcessApplicationServices"/>).
/// </summary>
[Collection(nameof(InProcessApplicationServices))]
public sealed class ProgressHubTests(OpenRemKestrelFactory app) : IClassFixture<OpenRemKestrelFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_client_gets_the_events_of_the_query_it_follows_in_order_another_query_s_follower_none_and_a_follower_of_all_every_one()
    {
        var followed = Guid.NewGuid();
        var other = Guid.NewGuid();
        await using var ofFollowed = await ConnectAsync();
        await using var ofOther = await ConnectAsync();
        await using var ofAll = await ConnectAsync();
        await ofFollowed.Connection.InvokeAsync(nameof(ProgressHub.Follow), followed, Ct);
        await ofOther.Connection.InvokeAsync(nameof(ProgressHub.Follow), other, Ct);
        await ofAll.Connection.InvokeAsync(nameof(ProgressHub.FollowAll), Ct);
        var feed = app.Services.GetRequiredService<QueryProgressFeed>();

        await Task.Run(async () =>
        {
            await feed.PublishStageAsync(Snapshot(followed, QueryState.Querying, "Starting the query"), Ct);
            await feed.PublishLogAsync(followed, Line("Found 2 studies"), Ct);
            await feed.PublishCountsAsync(Snapshot(followed, QueryState.Querying, "Starting the query", found: 2), Ct);
            await feed.PublishSeriesMoveAsync(followed, new SeriesMoveProgress(1, 2, 1, 3, "CT", 10, new SubOperationCounts(4, 0, 1), 5, IsFinal: false), Ct);
            await feed.PublishLogAsync(followed, new QueryLogLine(DateTimeOffset.UnixEpoch, QueryLogLevel.Warning, "One object sent with a warning"), Ct);
            await feed.PublishStageAsync(Snapshot(followed, QueryState.Done, "Move complete", found: 2), Ct);
        }, Ct);
        var followedMessages = await ofFollowed.ReceiveAsync(6);
        var allMessages = await ofAll.ReceiveAsync(6);
        await feed.PublishStageAsync(Snapshot(other, QueryState.Querying, "The other query"), Ct);
        var otherMessages = await ofOther.ReceiveAsync(1);
        var allLast = await ofAll.ReceiveAsync(1);
        await feed.PublishLogAsync(followed, Line("After the other query"), Ct);
        var followedLast = await ofFollowed.ReceiveAsync(1);

        string[] expectedTypes =
        [
            ProgressMessageType.StageChanged, ProgressMessageType.LogLineAdded, ProgressMessageType.CountsChanged,
            ProgressMessageType.SeriesMoveProgressed, ProgressMessageType.LogLineAdded, ProgressMessageType.Ended,
        ];
        Assert.Equal(expectedTypes, followedMessages.Select(Type));
        Assert.All(followedMessages, message => Assert.Equal(followed, message.GetProperty("queryId").GetGuid()));
        var sequences = followedMessages.Select(message => message.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(sequences.Order(), sequences);
        Assert.Equal("Querying", followedMessages[0].GetProperty("snapshot").GetProperty("state").GetString());
        Assert.Equal("Starting the query", followedMessages[0].GetProperty("snapshot").GetProperty("stageText").GetString());
        Assert.Equal("Found 2 studies", followedMessages[1].GetProperty("line").GetProperty("text").GetString());
        Assert.Equal(2, followedMessages[2].GetProperty("snapshot").GetProperty("studiesFound").GetInt32());
        var series = followedMessages[3].GetProperty("series");
        Assert.Equal((1, 3, "CT", 4, 1, 5, false), (
            series.GetProperty("seriesNumber").GetInt32(), series.GetProperty("seriesCount").GetInt32(), series.GetProperty("modality").GetString(),
            series.GetProperty("subOperations").GetProperty("completed").GetInt32(), series.GetProperty("subOperations").GetProperty("warning").GetInt32(),
            series.GetProperty("remaining").GetInt32(), series.GetProperty("isFinal").GetBoolean()));
        Assert.Equal("Warning", followedMessages[4].GetProperty("line").GetProperty("level").GetString());
        Assert.Equal("Done", followedMessages[5].GetProperty("snapshot").GetProperty("state").GetString());
        Assert.False(followedMessages[0].TryGetProperty("series", out _));

        Assert.Equal(followedMessages.Select(message => message.GetRawText()), allMessages.Select(message => message.GetRawText()));
        var onlyOther = Assert.Single(otherMessages);
        Assert.Equal(other, onlyOther.GetProperty("queryId").GetGuid());
        Assert.Equal("The other query", onlyOther.GetProperty("snapshot").GetProperty("stageText").GetString());
        Assert.Equal(onlyOther.GetRawText(), Assert.Single(allLast).GetRawText());
        Assert.Equal("After the other query", Assert.Single(followedLast).GetProperty("line").GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_client_that_unfollows_gets_nothing_more_and_following_one_query_besides_all_does_not_double_its_events()
    {
        var query = Guid.NewGuid();
        await using var client = await ConnectAsync();
        await client.Connection.InvokeAsync(nameof(ProgressHub.FollowAll), Ct);
        await client.Connection.InvokeAsync(nameof(ProgressHub.Follow), query, Ct);
        var feed = app.Services.GetRequiredService<QueryProgressFeed>();

        await feed.PublishLogAsync(query, Line("first"), Ct);
        var first = await client.ReceiveAsync(1);
        await client.Connection.InvokeAsync(nameof(ProgressHub.UnfollowAll), Ct);
        await client.Connection.InvokeAsync(nameof(ProgressHub.Unfollow), query, Ct);
        await client.Connection.InvokeAsync(nameof(ProgressHub.Follow), Guid.Empty, Ct);
        await feed.PublishLogAsync(query, Line("second"), Ct);
        await feed.PublishLogAsync(Guid.Empty, Line("marker"), Ct);
        var afterUnfollowing = await client.ReceiveAsync(1);

        Assert.Equal("first", Assert.Single(first).GetProperty("line").GetProperty("text").GetString());
        Assert.Equal("marker", Assert.Single(afterUnfollowing).GetProperty("line").GetProperty("text").GetString());
        Assert.Equal(0, client.Pending);
    }

    private async Task<HubClient> ConnectAsync()
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(app.BaseAddress, ProgressHub.Path.TrimStart('/')))
            .Build();
        var client = new HubClient(connection);
        await connection.StartAsync(Ct);
        return client;
    }

    private static string? Type(JsonElement message) => message.GetProperty("type").GetString();

    private static QueryProgressSnapshot Snapshot(Guid queryId, QueryState state, string stage, int found = 0) =>
        new(queryId, state, stage, found, found, 0, 0, 0, SubOperationCounts.None, null);

    private static QueryLogLine Line(string text) => new(DateTimeOffset.UnixEpoch, QueryLogLevel.Information, text);

    /// <summary>A hub connection and the progress messages it received, in order.</summary>
    private sealed class HubClient : IAsyncDisposable
    {
        private readonly Channel<JsonElement> _messages = Channel.CreateUnbounded<JsonElement>();

        public HubClient(HubConnection connection)
        {
            Connection = connection;
            connection.On<JsonElement>(ProgressHub.EventMethod, message => _messages.Writer.TryWrite(message.Clone()));
        }

        public HubConnection Connection { get; }

        /// <summary>Messages received and not taken yet.</summary>
        public int Pending => _messages.Reader.Count;

        /// <summary>The next <paramref name="count"/> messages, waiting for them (the test's own time-out ends a wait that never ends).</summary>
        public async Task<IReadOnlyList<JsonElement>> ReceiveAsync(int count)
        {
            var received = new List<JsonElement>();
            while (received.Count < count)
            {
                received.Add(await _messages.Reader.ReadAsync(Ct));
            }

            return received;
        }

        public ValueTask DisposeAsync() => Connection.DisposeAsync();
    }
}
