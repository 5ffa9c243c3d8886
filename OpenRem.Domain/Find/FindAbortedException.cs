namespace OpenRem.Domain.Find;

/// <summary>Thrown inside the find phase when the archive cannot be reached any more; the query then fails.</summary>
internal sealed class FindAbortedException : Exception
{
    public FindAbortedException()
    {
    }

    public FindAbortedException(string message)
        : base(message)
    {
    }

    public FindAbortedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
