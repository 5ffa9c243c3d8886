using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OpenRem.Infrastructure.Tests.Archive;

/// <summary>One category's logger of a <see cref="RecordingLoggerProvider"/>.</summary>
internal sealed class RecordingLogger(string category, ConcurrentQueue<string> lines) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        lines.Enqueue($"{category}: {formatter(state, exception)}");
    }
}
