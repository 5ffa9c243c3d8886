namespace OpenRem.Domain.Ports;

/// <summary>How much a query log line matters.</summary>
public enum QueryLogLevel
{
    Debug,
    Information,
    Warning,
    Error,
}
