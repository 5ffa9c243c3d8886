using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Queries;
using OpenRem.Infrastructure.Persistence.Nodes;
using OpenRem.Infrastructure.Persistence.Queries;

namespace OpenRem.Web.Tests.Hosting;

/// <summary>A query's own log, downloaded as text or JSON.</summary>
public sealed class QueryLogEndpointTests(OpenRemWebFactory factory) : IClassFixture<OpenRemWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_log_of_a_query_downloads_as_text_with_its_detail_indented()
    {
        using var client = factory.CreateClient();
        var queryId = await StoreQueryWithLogAsync();

        using var response = await client.GetAsync(new Uri($"/queries/{queryId}/log", UriKind.Relative), Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"query-{queryId}-log.txt", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(
            "2026-11-28 09:00:00Z INFORMATION Query started\n2026-11-28 09:00:05Z ERROR Association Failed\n    first detail line\n    second detail line\n",
            text);
    }

    [Fact]
    public async Task The_log_of_a_query_downloads_as_json()
    {
        using var client = factory.CreateClient();
        var queryId = await StoreQueryWithLogAsync();

        var json = await client.GetStringAsync(new Uri($"/queries/{queryId}/log?format=json", UriKind.Relative), Ct);
        var entries = JsonDocument.Parse(json).RootElement.EnumerateArray().ToList();

        Assert.Equal(2, entries.Count);
        Assert.Equal("Query started", entries[0].GetProperty("text").GetString());
        Assert.Equal("Error", entries[1].GetProperty("level").GetString());
        Assert.Equal("first detail line\nsecond detail line", entries[1].GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_unknown_query_has_no_log()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri($"/queries/{Guid.NewGuid()}/log", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<Guid> StoreQueryWithLogAsync()
    {
        var services = factory.Services;
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var remote = await services.GetRequiredService<IRemoteNodeRepository>().AddAsync(
            new RemoteNodeSettings { Name = "pacs " + suffix, AeTitle = "PACS", Host = "127.0.0.1", Port = 104 }, Ct);
        var store = await services.GetRequiredService<IStoreNodeRepository>().AddAsync(
            new StoreNodeSettings { Name = "store " + suffix, AeTitle = "STORE", Host = "127.0.0.1", Port = 11112, Kind = StoreNodeKind.External }, Ct);
        var query = Query.Create(
            new QueryRequest { RemoteNodeId = remote.Id, StoreNodeId = store.Id, Modalities = ModalitySelection.Of(ModalityGroup.Ct) },
            remote,
            store,
            TimeProvider.System);
        await services.GetRequiredService<IQueryRepository>().AddAsync(query, Ct);
        var session = await services.GetRequiredService<IQueryRunSessions>().OpenAsync(query.Id, Ct);
        Assert.NotNull(session);
        await using (session)
        {
            var started = new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);
            await session.Progress.LogAsync(session.Query, new QueryLogLine(started, QueryLogLevel.Information, "Query started"), Ct);
            await session.Progress.LogAsync(
                session.Query,
                new QueryLogLine(started.AddSeconds(5), QueryLogLevel.Error, "Association Failed", "first detail line\nsecond detail line"),
                Ct);
        }

        return query.Id;
    }
}
