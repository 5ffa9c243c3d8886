namespace OpenRem.Domain.Queries;

/// <summary>Thrown when a query is asked to change state in a way its life does not allow.</summary>
public sealed class QueryTransitionException : InvalidOperationException
{
    public QueryTransitionException()
    {
    }

    public QueryTransitionException(string message)
        : base(message)
    {
    }

    public QueryTransitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
