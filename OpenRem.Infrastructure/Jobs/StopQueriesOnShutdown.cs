using Microsoft.Extensions.Hosting;

namespace OpenRem.Infrastructure.Jobs;

/// <summary>
/// Registered after the scheduler so that it stops before it: tells every running query that the application
/// stops, so each ends interrupted (its retrieve resumable) while the scheduler waits for the jobs to end.
/// </summary>
internal sealed class StopQueriesOnShutdown(RunningQueries running) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        running.StopAll();
        return Task.CompletedTask;
    }
}
