using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using OpenRem.Dicom;
using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Client;
using OpenRem.Domain.Ports.Archive;

namespace OpenRem.Infrastructure.Archive;

/// <summary>
/// One phase's conversation with a remote archive over OpenRem.Dicom's client. Nothing happens on the network until
/// the first call, which opens the association (one Study Root presentation context, FIND or MOVE as the connection's
/// service says); later calls reuse it; a call that finds it lost opens a new one and keeps it. A C-FIND sent on a
/// reused association that turns out to have ended while idle is sent once more on a new one before any match is
/// yielded (a C-MOVE is not: the Domain decides about repeating a move). <see cref="DisposeAsync"/> releases the
/// association (or aborts it when it cannot be released), whatever happened before.
/// </summary>
internal sealed class DicomRemoteArchive : IRemoteArchive
{
    private readonly IDicomClient _client;
    private readonly ArchiveService _service;
    private readonly DicomUID _sopClass;
    private readonly IReadOnlyList<DicomPresentationContextProposal> _proposals;
    private readonly string _node;
    private readonly ILogger _logger;
    private readonly CallGate _gate = new();
    private readonly Func<CancellationToken, ValueTask<IDisposable>>? _acquireSlot;
    private IAdvancedDicomClientAssociation? _association;
    private IDisposable? _slot;
    private bool _disposed;

    /// <param name="acquireSlot">Waits for the node to allow one more association; null when nothing limits them.</param>
    public DicomRemoteArchive(IDicomClient client, ArchiveConnectionOptions options, ILogger logger, Func<CancellationToken, ValueTask<IDisposable>>? acquireSlot = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _client = client;
        _service = options.Service;
        _sopClass = AssociationSettings.SopClassOf(options.Service);
        _proposals = AssociationSettings.ProposalsFor(options.Service);
        _node = options.Node.ToString();
        _logger = logger;
        _acquireSlot = acquireSlot;
    }

    /// <inheritdoc />
    public IAsyncEnumerable<StudyMatch> FindStudiesAsync(StudyFindRequest request, CancellationToken cancellationToken) =>
        FindAsync(request, MatchReader.Study, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<SeriesMatch> FindSeriesAsync(SeriesFindRequest request, CancellationToken cancellationToken) =>
        FindAsync(request, MatchReader.Series, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<ImageMatch> FindImagesAsync(ImageFindRequest request, CancellationToken cancellationToken) =>
        FindAsync(request, MatchReader.Image, cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<MoveResponse> MoveAsync(MoveRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var call = BeginCall(ArchiveService.Move);
        var move = MoveIdentifiers.Create(request);
        var (association, _) = await AcquireAsync(cancellationToken).ConfigureAwait(false);
        var responses = association.SendCMoveAsync(move, cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                DicomCMoveResponse? response;
                try
                {
                    response = await responses.MoveNextAsync().ConfigureAwait(false) ? responses.Current : null;
                }
                catch (DicomNetworkException error)
                {
                    throw Lost(error, "C-MOVE", cancellationToken);
                }

                if (response is null)
                {
                    yield break;
                }

                yield return new MoveResponse(response.Status.Code, response.Remaining, response.Completed, response.Failures, response.Warnings);
                if (!response.Status.IsPending)
                {
                    ArchiveLog.MoveEnded(_logger, request.Level, _node, request.Destination.Value, response.Status.Code);
                    yield break;
                }
            }
        }
        finally
        {
            await CloseQuietlyAsync(responses).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask RenewAsync(CancellationToken cancellationToken) => await DropAsync().ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await DropAsync().ConfigureAwait(false);
    }

    /// <summary>A C-FIND of any identifier: one value per pending response, read from its identifier by <paramref name="read"/>.</summary>
    internal async IAsyncEnumerable<T> FindAsync<T>(FindRequest request, Func<DicomDataset, T> read, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var call = BeginCall(ArchiveService.Find);
        var level = request.Level;
        var matches = 0;
        for (var attempt = 1; ; attempt++)
        {
            var (association, reused) = await AcquireAsync(cancellationToken).ConfigureAwait(false);
            var responses = association.SendCFindAsync(FindIdentifiers.Create(request), cancellationToken).GetAsyncEnumerator(cancellationToken);
            try
            {
                while (true)
                {
                    DicomCFindResponse? response;
                    try
                    {
                        response = await responses.MoveNextAsync().ConfigureAwait(false) ? responses.Current : null;
                    }
                    catch (DicomNetworkException error) when (attempt == 1 && reused && matches == 0 && EndedWhileIdle(error, association, cancellationToken))
                    {
                        ArchiveLog.ResendingOnNewAssociation(_logger, _node, error.Message);
                        break;
                    }
                    catch (DicomNetworkException error)
                    {
                        throw Lost(error, $"{level} C-FIND", cancellationToken);
                    }

                    if (response is null)
                    {
                        throw new RemoteArchiveException(new ArchiveFailure(ArchiveFailureKind.ConnectionLost, "the C-FIND ended without a final response"));
                    }

                    if (response.Status.IsPending)
                    {
                        if (response.Dataset is not { } identifier)
                        {
                            ArchiveLog.PendingWithoutIdentifier(_logger, level, _node);
                            continue;
                        }

                        matches++;
                        yield return read(identifier);
                        continue;
                    }

                    if (response.Status.State == DicomState.Success)
                    {
                        ArchiveLog.FindCompleted(_logger, level, _node, matches);
                        yield break;
                    }

                    var failure = ArchiveFailures.OfFindStatus(response.Status);
                    ArchiveLog.FindFailed(_logger, level, _node, failure.Detail, matches);
                    throw new RemoteArchiveException(failure);
                }
            }
            finally
            {
                await CloseQuietlyAsync(responses).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The association is reusable: a C-FIND that failed on it before any response was never answered.</summary>
    private static bool EndedWhileIdle(DicomNetworkException error, IAdvancedDicomClientAssociation association, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested && error is not DicomRequestTimedOutException && !association.IsUsable;

    private IDisposable BeginCall(ArchiveService service)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (service != _service)
        {
            throw new InvalidOperationException($"This connection was opened for {_service}; a {service} call needs a connection opened for {service}.");
        }

        return _gate.Enter();
    }

    /// <summary>The current association when it is still usable, or a new one.</summary>
    private async Task<(IAdvancedDicomClientAssociation Association, bool Reused)> AcquireAsync(CancellationToken cancellationToken)
    {
        if (_association is { IsUsable: true } current)
        {
            return (current, true);
        }

        if (_association is not null)
        {
            ArchiveLog.Replacing(_logger, _node);
            await DropAsync().ConfigureAwait(false);
        }

        if (_acquireSlot is not null)
        {
            _slot ??= await _acquireSlot(cancellationToken).ConfigureAwait(false);
        }

        IAdvancedDicomClientAssociation opened;
        try
        {
            opened = await _client.OpenAssociationAsync(_proposals, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            ReleaseSlot();
            throw;
        }
        catch (Exception error) when (error is DicomNetworkException or IOException)
        {
            ReleaseSlot();
            cancellationToken.ThrowIfCancellationRequested();
            var failure = ArchiveFailures.OfAssociation(error);
            ArchiveLog.AssociationFailed(_logger, _node, _service, failure.Detail);
            throw new RemoteArchiveException(failure, error);
        }

        if (opened.Association.FindAcceptedContext(_sopClass) is null)
        {
            var result = opened.Association.PresentationContexts.First(context => context.AbstractSyntax == _sopClass).Result.GetDescription();
            await CloseQuietlyAsync(opened).ConfigureAwait(false);
            ReleaseSlot();
            var failure = ArchiveFailures.ContextNotAccepted(_sopClass.Name, result);
            ArchiveLog.AssociationFailed(_logger, _node, _service, failure.Detail);
            throw new RemoteArchiveException(failure);
        }

        _association = opened;
        ArchiveLog.Associated(_logger, _node, _service);
        return (opened, false);
    }

    private Exception Lost(DicomNetworkException error, string call, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return new OperationCanceledException($"The {call} was cancelled.", error, cancellationToken);
        }

        ArchiveLog.CallFailed(_logger, call, _node, error.Message);
        return new RemoteArchiveException(ArchiveFailures.OfLostConnection(error), error);
    }

    /// <summary>Releases the current association (aborts it when it cannot be released) and forgets it.</summary>
    private async Task DropAsync()
    {
        var association = Interlocked.Exchange(ref _association, null);
        if (association is null)
        {
            ReleaseSlot();
            return;
        }

        var usable = association.IsUsable;
        await CloseQuietlyAsync(association).ConfigureAwait(false);
        ReleaseSlot();
        if (usable)
        {
            ArchiveLog.Released(_logger, _node);
        }
    }

    /// <summary>Gives the node's association slot back, once the association is closed or was never opened.</summary>
    private void ReleaseSlot() => Interlocked.Exchange(ref _slot, null)?.Dispose();

    private async Task CloseQuietlyAsync(IAsyncDisposable disposable)
    {
        try
        {
            await disposable.DisposeAsync().ConfigureAwait(false);
        }
        catch (DicomNetworkException error)
        {
            // The association is aborted or closed by now; the next call opens a new one.
            ArchiveLog.CloseFailed(_logger, _node, error.Message);
        }
    }
}
