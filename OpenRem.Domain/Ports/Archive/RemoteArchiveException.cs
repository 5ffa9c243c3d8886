namespace OpenRem.Domain.Ports.Archive;

/// <summary>
/// Thrown by an <see cref="IRemoteArchive"/> when a call fails; the matches yielded before it stay valid.
/// </summary>
public sealed class RemoteArchiveException : Exception
{
    public RemoteArchiveException()
        : this(new ArchiveFailure(ArchiveFailureKind.ConnectionLost, "The remote archive call failed."))
    {
    }

    public RemoteArchiveException(string message)
        : this(new ArchiveFailure(ArchiveFailureKind.ConnectionLost, message))
    {
    }

    public RemoteArchiveException(string message, Exception innerException)
        : base(message, innerException)
    {
        Failure = new ArchiveFailure(ArchiveFailureKind.ConnectionLost, message);
    }

    public RemoteArchiveException(ArchiveFailure failure, Exception? innerException = null)
        : base(failure?.Detail, innerException)
    {
        ArgumentNullException.ThrowIfNull(failure);
        Failure = failure;
    }

    /// <summary>What went wrong.</summary>
    public ArchiveFailure Failure { get; }
}
