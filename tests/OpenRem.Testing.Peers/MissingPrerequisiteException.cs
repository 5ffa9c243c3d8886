namespace OpenRem.Testing.Peers;

/// <summary>
/// Something the peers need is not on this machine: a Debian package (the message names it) or the read-only
/// ../shared folder beside the repository. Tests that meet it fail; they are never skipped.
/// </summary>
public sealed class MissingPrerequisiteException : Exception
{
    public MissingPrerequisiteException()
    {
    }

    public MissingPrerequisiteException(string message)
        : base(message)
    {
    }

    public MissingPrerequisiteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
