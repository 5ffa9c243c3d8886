using OpenRem.Domain.Modalities;
using OpenRem.Domain.Queries;
using OpenRem.Infrastructure.Jobs;

namespace OpenRem.Infrastructure.Tests.Jobs;

/// <summary>
/// What a running query writes to the application's log files. Alone in its collection: a host configures Serilog's
/// process-wide logger, so no other host may start in this process while it runs.
/// </summary>
[Collection(nameof(ProcessWideLogger))]
public sealed class QueryLogContextTests(JobPeers peers) : IClassFixture<JobPeers>, IDisposable
{
    private readonly TemporaryDirectory _data = new();

    [Fact]
    public async Task EveryLogEventOfARunningQueryCarriesItsQueryId()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Default"] = "Information",
            ["Serilog:WriteTo:0:Name"] = "File",
            ["Serilog:WriteTo:0:Args:path"] = "logs/jobs-.json",
            ["Serilog:WriteTo:0:Args:formatter"] = "Serilog.Formatting.Compact.RenderedCompactJsonFormatter, Serilog.Formatting.Compact",
        };
        Guid queryId;
        await using (var host = await JobHost.StartAsync(_data.Path, settings))
        {
            var (remote, store) = await peers.AddNodesAsync(host);
            queryId = await host.Get<IQueryJobs>().SubmitAsync(
                new QueryRequest { RemoteNodeId = remote.Id, StoreNodeId = store.Id, Modalities = ModalitySelection.Of(ModalityGroup.Ct) },
                TestContext.Current.CancellationToken);
            Assert.Equal(QueryState.Filtered, (await host.WaitUntilEndedOrFilteredAsync(queryId)).State);
        }

        var events = Directory.GetFiles(Path.Combine(_data.Path, "logs"), "jobs-*.json")
            .SelectMany(File.ReadLines)
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement)
            .ToList();
        var ofTheQuery = events.Where(e => e.TryGetProperty("QueryId", out var id) && id.GetString() == queryId.ToString()).ToList();
        var templates = ofTheQuery.Select(e => e.GetProperty("@m").GetString()).ToList();
        Assert.Contains(templates, t => t!.Contains("run started", StringComparison.Ordinal));
        Assert.Contains(ofTheQuery, e => e.TryGetProperty("SourceContext", out var source) && source.GetString() == "OpenRem.Infrastructure.Archive.DicomRemoteArchive");
        Assert.Contains(templates, t => t!.Contains("run ended", StringComparison.Ordinal));
    }

    public void Dispose() => _data.Dispose();
}
