namespace OpenRem.Web.Cli.Qr;

/// <summary>The <c>qr</c> command line cannot be run as given; the message is what the user reads (exit code 2).</summary>
public sealed class QrUsageException : Exception
{
    public QrUsageException()
    {
    }

    public QrUsageException(string message)
        : base(message)
    {
    }

    public QrUsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
