using OpenRem.Infrastructure.Running;

namespace OpenRem.Infrastructure.Tests.Running;

/// <summary>The registry of running queries: a user's cancel and the application's stop reach the run by different tokens.</summary>
public sealed class RunningQueriesTests
{
    [Fact]
    public void CancellingAQueryCancelsItsCancellationTokenOnly()
    {
        var running = new RunningQueries();
        var id = Guid.NewGuid();
        using var run = running.Begin(id, CancellationToken.None, CancellationToken.None);

        Assert.True(running.IsRunning(id));
        Assert.True(running.Cancel(id));

        Assert.True(run.Cancellation.IsCancellationRequested);
        Assert.False(run.Shutdown.IsCancellationRequested);
    }

    [Fact]
    public void StoppingAllStopsEveryRunAndEveryRunStartedAfterwardsAsShutdown()
    {
        var running = new RunningQueries();
        using var first = running.Begin(Guid.NewGuid(), CancellationToken.None, CancellationToken.None);

        running.StopAll();
        using var late = running.Begin(Guid.NewGuid(), CancellationToken.None, CancellationToken.None);

        Assert.True(first.Shutdown.IsCancellationRequested);
        Assert.True(late.Shutdown.IsCancellationRequested);
        Assert.False(first.Cancellation.IsCancellationRequested);
    }

    [Fact]
    public void TheCallersTokensReachTheRun()
    {
        var running = new RunningQueries();
        using var userCancel = new CancellationTokenSource();
        using var hostStop = new CancellationTokenSource();
        using var run = running.Begin(Guid.NewGuid(), userCancel.Token, hostStop.Token);

        hostStop.Cancel();

        Assert.True(run.Shutdown.IsCancellationRequested);
        Assert.False(run.Cancellation.IsCancellationRequested);
    }

    [Fact]
    public void AQueryRunsOnceAtATimeAndIsForgottenWhenItsRunEnds()
    {
        var running = new RunningQueries();
        var id = Guid.NewGuid();
        var run = running.Begin(id, CancellationToken.None, CancellationToken.None);

        Assert.Throws<InvalidOperationException>(() => running.Begin(id, CancellationToken.None, CancellationToken.None));
        Assert.True(running.IsRunning(id));

        run.Dispose();
        Assert.False(running.IsRunning(id));
        Assert.False(running.Cancel(id));
        using var again = running.Begin(id, CancellationToken.None, CancellationToken.None);
        Assert.True(running.IsRunning(id));
    }
}
