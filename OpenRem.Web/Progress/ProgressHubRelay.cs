using Microsoft.AspNetCore.SignalR;
using OpenRem.Infrastructure.Progress;

namespace OpenRem.Web.Progress;

/// <summary>
/// Follows every query on the progress feed and sends each event to the hub connections that follow its query or
/// every query, one event after the other so that each connection gets them in order.
/// </summary>
internal sealed partial class ProgressHubRelay(IQueryProgressFeed feed, IHubContext<ProgressHub> hub, ILogger<ProgressHubRelay> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var subscription = feed.Subscribe(queryId: null);
        await using (subscription.ConfigureAwait(false))
        {
            try
            {
                await foreach (var progressEvent in subscription.ReadAllAsync(stoppingToken).ConfigureAwait(false))
                {
                    await SendAsync(progressEvent, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // The application is stopping.
            }
        }
    }

    private async Task SendAsync(QueryProgressEvent progressEvent, CancellationToken cancellationToken)
    {
        try
        {
            var groups = new[] { ProgressHub.QueryGroup(progressEvent.QueryId), ProgressHub.AllGroup };
            await hub.Clients.Groups(groups).SendAsync(ProgressHub.EventMethod, ProgressMessage.From(progressEvent), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogSendFailed(logger, exception, progressEvent.QueryId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Progress of query {QueryId} could not be sent to the hub's clients")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, Guid queryId);
}
