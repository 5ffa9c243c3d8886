using Microsoft.Extensions.Hosting;
using OpenRem.Infrastructure.Running;

namespace OpenRem.Infrastructure.Jobs;

/// <summary>
/// As soon as the application begins to stop (before any hosted service stops), tells every running query so, so
/// that each ends interrupted, its retrieve resumable, while the scheduler waits for the jobs to end.
/// </summary>
internal sealed class StopQueriesOnShutdown(RunningQueries running, IHostApplicationLifetime lifetime) : IHostedService
{
    private CancellationTokenRegistration _registration;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _registration = lifetime.ApplicationStopping.Register(running.StopAll);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => _registration.DisposeAsync().AsTask();
}
