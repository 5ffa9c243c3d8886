using System.Collections.Concurrent;
using System.Diagnostics;
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

    /// <summary>Waits until a line holding <paramref name="text"/> was written; fails with every line after the limit.</summary>
    public async Task WaitForAsync(string text, TimeSpan limit, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!Lines.Any(line => line.Contains(text, StringComparison.Ordinal)))
        {
            if (stopwatch.Elapsed > limit)
            {
                Assert.Fail($"No log line with '{text}' within {limit.TotalSeconds:0} s:\n{string.Join('\n', Lines)}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
        }
    }

    public void Dispose()
    {
    }
}
