using Microsoft.Extensions.Hosting;
using OpenRem.Infrastructure.Running;

namespace OpenRem.Infrastructure.Jobs;

/// <summary>
/// At start-up, after the database is migrated and before the scheduler runs any job: every query the database still
/// shows running was left so by a process that stopped without ending it, and is marked interrupted (its retrieve
/// can be resumed).
/// </summary>
internal sealed class InterruptedQueriesAtStart(InterruptedQuerySweep sweep) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => sweep.RunAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
