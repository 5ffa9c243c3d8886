using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;
using OpenRem.Infrastructure.Persistence.Queries;
using OpenRem.Infrastructure.Progress;
using OpenRem.Infrastructure.Running;

namespace OpenRem.Web.Cli.Qr;

/// <summary>
/// <c>qr QR_ID STORE_ID [options]</c>: openrem_qr.py's command line. The arguments are read and checked first
/// (a mistake prints the usage and the reference's message, exit code 2); then the services are built and
/// <see cref="QrExecution"/> runs the query.
/// </summary>
/// <remarks>
/// <paramref name="createServices"/> builds the services of one run; the verb disposes them at the end. It must
/// provide <see cref="IQrNodeLookup"/>, <see cref="INodeEcho"/>, <see cref="IRemoteArchiveConnector"/> and
/// <see cref="IImportedObjects"/>, resolved in a scope; <see cref="TimeProvider"/> (else the system clock),
/// <see cref="IQueryProgress"/> (the application's, which persists the query) and logging are used when present;
/// with <see cref="IQueryRepository"/> and <see cref="StoredQueryRunner"/> the query is stored and run as stored
/// queries are, its progress shown from <see cref="IQueryProgressFeed"/>.
/// </remarks>
internal sealed class QrVerb(Func<CancellationToken, Task<IServiceProvider>> createServices) : ICliVerb
{
    public Command CreateCommand()
    {
        var commandLine = new QrCommandLine();
        var command = commandLine.CreateCommand();
        command.SetAction((parseResult, cancellationToken) => RunAsync(commandLine, parseResult, cancellationToken));
        return command;
    }

    private async Task<int> RunAsync(QrCommandLine commandLine, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        var commandPath = parseResult.RootCommandResult.Command.Name + " " + parseResult.CommandResult.Command.Name;
        QrArguments arguments;
        try
        {
            arguments = commandLine.Read(parseResult);
        }
        catch (QrUsageException exception)
        {
            return await UsageErrorAsync(commandLine, commandPath, error, exception).ConfigureAwait(false);
        }

        var services = await createServices(cancellationToken).ConfigureAwait(false);
        try
        {
            var scope = services.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var provider = scope.ServiceProvider;
                var time = provider.GetService<TimeProvider>() ?? TimeProvider.System;
                QueryRequest request;
                try
                {
                    request = new QrRequestFactory(time).Create(arguments);
                }
                catch (QrUsageException exception)
                {
                    return await UsageErrorAsync(commandLine, commandPath, error, exception).ConfigureAwait(false);
                }

                var execution = new QrExecution(
                    provider.GetRequiredService<IQrNodeLookup>(),
                    provider.GetRequiredService<INodeEcho>(),
                    provider.GetRequiredService<IRemoteArchiveConnector>(),
                    provider.GetRequiredService<IImportedObjects>(),
                    provider.GetRequiredService<IRetrieveArrivals>(),
                    provider.GetService<IQueryProgress>(),
                    time,
                    provider.GetService<ILogger<QrExecution>>() ?? NullLogger<QrExecution>.Instance,
                    provider.GetService<IQueryRepository>(),
                    provider.GetService<StoredQueryRunner>(),
                    provider.GetService<IQueryProgressFeed>());
                return await execution.RunAsync(request, arguments.Json, output, error, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await DisposeAsync(services).ConfigureAwait(false);
        }
    }

    private static async Task<int> UsageErrorAsync(QrCommandLine commandLine, string commandPath, TextWriter error, QrUsageException exception)
    {
        await error.WriteLineAsync(commandLine.Usage(commandPath)).ConfigureAwait(false);
        await error.WriteLineAsync($"{commandPath}: error: {exception.Message}").ConfigureAwait(false);
        return QrExitCode.Usage;
    }

    private static async ValueTask DisposeAsync(IServiceProvider services)
    {
        if (services is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync().ConfigureAwait(false);
        }
        else if (services is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }
}
