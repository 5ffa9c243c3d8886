namespace OpenRem.Testing.Peers;

/// <summary>
/// What loading files into a peer did: instances stored, instances the peer already had (Orthanc only), files that
/// failed (unreadable or refused), and how long it took. <see cref="LogFile"/> holds the loader's full output.
/// </summary>
public sealed record PeerLoadResult(int Stored, int AlreadyStored, int Failed, TimeSpan Elapsed, string? LogFile)
{
    public static PeerLoadResult None { get; } = new(0, 0, 0, TimeSpan.Zero, null);

    /// <summary>Both loads together (the later log file).</summary>
    public PeerLoadResult Plus(PeerLoadResult other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Stored + other.Stored, AlreadyStored + other.AlreadyStored, Failed + other.Failed, Elapsed + other.Elapsed, other.LogFile ?? LogFile);
    }
}
