namespace OpenRem.Domain.Queries;

/// <summary>Who asked for a query.</summary>
public enum QueryOrigin
{
    WebForm,
    CommandLine,
    Schedule,
}
