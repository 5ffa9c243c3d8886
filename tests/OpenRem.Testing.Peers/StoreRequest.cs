namespace OpenRem.Testing.Peers;

/// <summary>
/// A C-STORE of files by DCMTK storescu over one association (<c>-R</c>: only the presentation contexts the files
/// need; <c>-nh</c>: an unreadable file is skipped, not fatal). <see cref="Paths"/> are files, or folders whose *.dcm
/// files (recursively, sorted) are sent.
/// </summary>
public sealed record StoreRequest(DicomEndpoint Peer, IReadOnlyList<string> Paths)
{
    public string CallingAeTitle { get; init; } = DcmtkClientTools.DefaultCallingAeTitle;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);
}
