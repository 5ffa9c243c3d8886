namespace OpenRem.Testing.Peers;

/// <summary>
/// A C-STORE of files by DCMTK storescu over one association (<c>-R</c>: only the presentation contexts the files
/// need; <c>-nh</c>: an unreadable file is skipped, not fatal). <see cref="Paths"/> are files, or folders whose *.dcm
/// files (recursively, sorted) are sent. <see cref="Options"/> adds storescu options, such as a proposal.
/// </summary>
public sealed record StoreRequest(DicomEndpoint Peer, IReadOnlyList<string> Paths)
{
    public string CallingAeTitle { get; init; } = DcmtkClientTools.DefaultCallingAeTitle;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// More storescu options, given before the peer's address: a transfer syntax proposal such as <c>-xy</c> (JPEG
    /// baseline) or <c>-xd</c> (deflated), <c>-xf FILE PROFILE</c> (the presentation contexts of a configuration
    /// file's profile; storescu refuses <c>-R</c> beside it, so <c>-R</c> is then left out), or
    /// <c>--max-send-pdu 4096</c>.
    /// </summary>
    public IReadOnlyList<string> Options { get; init; } = [];
}
