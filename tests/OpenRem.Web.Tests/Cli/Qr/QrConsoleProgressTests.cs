using OpenRem.Domain.Modalities;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Queries;
using OpenRem.Web.Cli.Qr;
using OpenRem.Web.Tests.Cli.Qr.Fakes;

namespace OpenRem.Web.Tests.Cli.Qr;

public sealed class QrConsoleProgressTests : IDisposable
{
    private readonly QrTestBed _bed = new();
    private readonly StringWriter _error = new();
    private readonly RecordingProgress _inner = new();

    [Fact]
    public async Task Log_lines_from_information_up_are_shown_warnings_and_errors_marked_and_debug_lines_hidden()
    {
        var progress = new QrConsoleProgress(_error, _inner);
        var query = NewQuery();

        await Log(progress, query, QueryLogLevel.Debug, "a detail");
        await Log(progress, query, QueryLogLevel.Information, "a step");
        await Log(progress, query, QueryLogLevel.Warning, "Try -emptysr\nsecond line");
        await Log(progress, query, QueryLogLevel.Error, "it broke");

        Assert.Equal(["a step", "Warning: Try -emptysr", "Warning: second line", "Error: it broke"], Lines());
        Assert.Equal(4, _inner.Lines.Count);
    }

    [Fact]
    public async Task A_stage_text_logged_and_then_reported_is_shown_once()
    {
        var progress = new QrConsoleProgress(_error, _inner);
        var query = NewQuery();

        await Log(progress, query, QueryLogLevel.Information, "Waiting to start");
        await progress.StageChangedAsync(query, TestContext.Current.CancellationToken);
        await progress.StageChangedAsync(query, TestContext.Current.CancellationToken);

        Assert.Equal(["Waiting to start"], Lines());
        Assert.Equal([QueryState.Queued, QueryState.Queued], _inner.States);
    }

    [Fact]
    public async Task Without_an_application_progress_it_only_writes()
    {
        var progress = new QrConsoleProgress(_error, inner: null);
        var query = NewQuery();

        await progress.StageChangedAsync(query, TestContext.Current.CancellationToken);
        await progress.CountsChangedAsync(query, TestContext.Current.CancellationToken);

        Assert.Equal(["Waiting to start"], Lines());
    }

    public void Dispose() => _error.Dispose();

    private static ValueTask Log(QrConsoleProgress progress, Query query, QueryLogLevel level, string text) =>
        progress.LogAsync(query, new QueryLogLine(DateTimeOffset.UnixEpoch, level, text), TestContext.Current.CancellationToken);

    private Query NewQuery() => Query.Create(
        new QueryRequest { RemoteNodeId = 1, StoreNodeId = 2, Modalities = ModalitySelection.Of(ModalityGroup.Ct) },
        _bed.Nodes.Remotes[1],
        _bed.Nodes.Stores[2],
        _bed.Time);

    private string[] Lines() => _error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
