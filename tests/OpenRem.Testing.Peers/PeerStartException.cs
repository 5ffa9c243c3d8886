namespace OpenRem.Testing.Peers;

/// <summary>
/// A peer did not start or could not be loaded. The message carries the start script's output and the end of the
/// peer's own log from its work directory; no process of the peer is left running when it is thrown.
/// </summary>
public sealed class PeerStartException : Exception
{
    public PeerStartException()
    {
    }

    public PeerStartException(string message)
        : base(message)
    {
    }

    public PeerStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
