using System.Runtime.CompilerServices;

namespace OpenRem.Dicom.Network.Client;

/// <summary>The client of <see cref="IDicomClient"/>, over TCP or over any stream a factory opens.</summary>
public sealed class DicomClient : IDicomClient
{
    private readonly Func<CancellationToken, Task<Stream>> _openStream;

    /// <summary>A client for <paramref name="host"/>:<paramref name="port"/> over TCP.</summary>
    public DicomClient(string host, int port, string callingAE, string calledAE, DicomClientOptions? options = null)
        : this(ct => OpenTcpAsync(host, port, options ?? DicomClientOptions.Default, ct), host, port, callingAE, calledAE, options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, ushort.MaxValue);
    }

    /// <summary>A client whose associations run over the streams <paramref name="openStream"/> returns (one per association).</summary>
    public DicomClient(Func<CancellationToken, Task<Stream>> openStream, string host, int port, string callingAE, string calledAE, DicomClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(openStream);
        _openStream = openStream;
        Host = host;
        Port = port;
        CallingAE = RequireAeTitle(callingAE, nameof(callingAE));
        CalledAE = RequireAeTitle(calledAE, nameof(calledAE));
        Options = options ?? DicomClientOptions.Default;
    }

    public string Host { get; }

    public int Port { get; }

    public string CallingAE { get; }

    public string CalledAE { get; }

    public DicomClientOptions Options { get; }

    public async Task<DicomCEchoResponse> SendCEchoAsync(CancellationToken cancellationToken = default)
    {
        await using var association = await OpenAsync([DicomPresentationContextProposal.Uncompressed(DicomUID.Verification)], cancellationToken).ConfigureAwait(false);
        var response = await association.SendCEchoAsync(cancellationToken).ConfigureAwait(false);
        await association.ReleaseAsync(cancellationToken).ConfigureAwait(false);
        return response;
    }

    public async IAsyncEnumerable<DicomCFindResponse> SendCFindAsync(DicomCFindRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var association = await OpenAsync([Proposal(request)], cancellationToken).ConfigureAwait(false);
        await foreach (var response in association.SendCFindAsync(request, cancellationToken).ConfigureAwait(false))
        {
            yield return response;
        }

        await association.ReleaseAsync(cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<DicomCMoveResponse> SendCMoveAsync(DicomCMoveRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var association = await OpenAsync([Proposal(request)], cancellationToken).ConfigureAwait(false);
        await foreach (var response in association.SendCMoveAsync(request, cancellationToken).ConfigureAwait(false))
        {
            yield return response;
        }

        await association.ReleaseAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<DicomCStoreResponse> SendCStoreAsync(DicomCStoreRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var proposal = DicomPresentationContextProposal.ForStorage(request.SOPClassUID!, request.TransferSyntax);
        await using var association = await OpenAsync([proposal], cancellationToken).ConfigureAwait(false);
        var response = await association.SendCStoreAsync(request, cancellationToken).ConfigureAwait(false);
        await association.ReleaseAsync(cancellationToken).ConfigureAwait(false);
        return response;
    }

    public Task<IAdvancedDicomClientAssociation> OpenAssociationAsync(CancellationToken cancellationToken = default) =>
        OpenAssociationAsync(DicomPresentationContextProposal.QueryRetrieveDefaults, cancellationToken);

    public async Task<IAdvancedDicomClientAssociation> OpenAssociationAsync(IReadOnlyList<DicomPresentationContextProposal> proposals, CancellationToken cancellationToken = default) =>
        await OpenAsync(proposals, cancellationToken).ConfigureAwait(false);

    private static DicomPresentationContextProposal Proposal(DicomRequest request) =>
        DicomPresentationContextProposal.Uncompressed(request.SOPClassUID ?? throw new ArgumentException("The request has no Affected SOP Class UID.", nameof(request)));

    private static async Task<Stream> OpenTcpAsync(string host, int port, DicomClientOptions options, CancellationToken cancellationToken) =>
        await TcpStreamConnector.ConnectAsync(host, port, options.ConnectTimeout, cancellationToken).ConfigureAwait(false);

    private static string RequireAeTitle(string value, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(value, parameterName);
        var trimmed = value.Trim();
        return trimmed.Length is >= 1 and <= 16 && !trimmed.Contains('\\', StringComparison.Ordinal)
            ? trimmed
            : throw new ArgumentException($"\"{value}\" is not an AE title: 1 to 16 characters, not all spaces, no backslash.", parameterName);
    }

    private async Task<DicomClientAssociation> OpenAsync(IReadOnlyList<DicomPresentationContextProposal> proposals, CancellationToken cancellationToken)
    {
        var stream = await _openStream(cancellationToken).ConfigureAwait(false);
        return await DicomClientAssociation.OpenAsync(stream, CallingAE, CalledAE, proposals, Options, Host, Port, cancellationToken).ConfigureAwait(false);
    }
}
