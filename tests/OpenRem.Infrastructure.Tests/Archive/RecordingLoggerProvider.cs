using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OpenRem.Infrastructure.Tests.Archive;

/// <summary>Keeps every log line written through it, as "Category: message".</summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new RecordingLogger(categoryName, Lines);

    /// <summary>A logger factory writing to a new recorder.</summary>
    public static (ILoggerFactory Factory, RecordingLoggerProvider Recorder) CreateFactory()
    {
        var recorder = new RecordingLoggerProvider();
        return (LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(recorder)), recorder);
    }

    public void Dispose()
    {
    }
}
