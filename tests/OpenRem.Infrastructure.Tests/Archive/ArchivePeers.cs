using OpenRem.Testing.Peers;

namespace OpenRem.Infrastructure.Tests.Archive;

/// <summary>
/// dcmqrscp and Orthanc loaded with the shared samples, each knowing storescp as the move destination
/// <see cref="StoreAeTitle"/>; started once for the archive collection and stopped by PID at its end.
/// </summary>
public sealed class ArchivePeers : IAsyncLifetime
{
    public const string DcmqrscpAeTitle = "QRSCP";
    public const string OrthancAeTitle = "ORTHANC";
    public const string StoreAeTitle = "OPENREM_STORE";

    private StorescpPeer? _store;
    private DcmqrscpPeer? _dcmqrscp;
    private OrthancPeer? _orthanc;

    internal StorescpPeer Store => _store ?? throw new InvalidOperationException("The peers did not start.");

    internal DcmqrscpPeer Dcmqrscp => _dcmqrscp ?? throw new InvalidOperationException("The peers did not start.");

    internal OrthancPeer Orthanc => _orthanc ?? throw new InvalidOperationException("The peers did not start.");

    /// <summary>The endpoint of one of the two archives.</summary>
    internal DicomEndpoint Endpoint(ArchiveKind kind) => kind == ArchiveKind.Dcmqrscp ? Dcmqrscp.Endpoint : Orthanc.Endpoint;

    /// <summary>The samples that archive holds.</summary>
    internal static IReadOnlyList<SampleObject> Holdings(ArchiveKind kind) =>
        kind == ArchiveKind.Dcmqrscp ? SampleLibrary.InDcmqrscp : SampleLibrary.InOrthanc;

    /// <summary>The SOP instance UIDs storescp received (its files are named &lt;modality&gt;.&lt;SOP instance UID&gt;).</summary>
    internal IReadOnlyList<string> ReceivedInstanceUids() =>
        [.. Store.ReceivedFiles().Select(path => Path.GetFileName(path)).Select(name => name[(name.IndexOf('.', StringComparison.Ordinal) + 1)..])];

    public async ValueTask InitializeAsync()
    {
        _store = await StorescpPeer.StartAsync(StoreAeTitle);
        var destinations = new Dictionary<string, int>(StringComparer.Ordinal) { [StoreAeTitle] = _store.Port };
        var dcmqrscp = DcmqrscpPeer.StartAsync(DcmqrscpAeTitle, destinations, [SharedMaterial.SamplesDirectory]);
        var orthanc = OrthancPeer.StartAsync(OrthancAeTitle, destinations, [SharedMaterial.SamplesDirectory]);
        try
        {
            await Task.WhenAll(dcmqrscp, orthanc);
        }
        finally
        {
            _dcmqrscp = dcmqrscp.IsCompletedSuccessfully ? dcmqrscp.Result : null;
            _orthanc = orthanc.IsCompletedSuccessfully ? orthanc.Result : null;
        }

        Assert.Equal(SampleLibrary.InDcmqrscp.Count, Dcmqrscp.Loaded.Stored);
        Assert.Equal(SampleLibrary.InOrthanc.Count, Orthanc.Loaded.Stored);
    }

    public async ValueTask DisposeAsync()
    {
        var errors = new List<Exception>();
        foreach (var peer in new IAsyncDisposable?[] { _orthanc, _dcmqrscp, _store })
        {
            try
            {
                if (peer is not null)
                {
                    await peer.DisposeAsync();
                }
            }
            catch (Exception error)
            {
                errors.Add(error);
            }
        }

        if (errors.Count > 0)
        {
            throw new AggregateException("Not every peer stopped cleanly.", errors);
        }
    }
}
