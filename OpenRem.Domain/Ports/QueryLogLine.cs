namespace OpenRem.Domain.Ports;

/// <summary>One line of a query's own log, shown to its user; <see cref="Detail"/> holds exception text.</summary>
public sealed record QueryLogLine(DateTimeOffset At, QueryLogLevel Level, string Text, string? Detail = null);
