using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace OpenRem.Infrastructure.Tests.Archive;

/// <summary>What a peer wrote to its log from the moment this mark was taken.</summary>
internal sealed class PeerLog
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);
    private readonly string _path;
    private readonly long _start;

    private PeerLog(string path, long start)
    {
        _path = path;
        _start = start;
    }

    /// <summary>Marks the current end of the log file.</summary>
    public static PeerLog Mark(string path) => new(path, File.Exists(path) ? new FileInfo(path).Length : 0);

    /// <summary>The text appended since the mark.</summary>
    public string Text()
    {
        using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        stream.Seek(Math.Min(_start, stream.Length), SeekOrigin.Begin);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>How often <paramref name="text"/> appears since the mark.</summary>
    public int Count(string text) => Regex.Count(Text(), Regex.Escape(text));

    /// <summary>Waits until <paramref name="text"/> appeared <paramref name="times"/> times since the mark; fails with the log after the limit.</summary>
    public Task WaitForAsync(string text, int times, TimeSpan limit, CancellationToken cancellationToken) =>
        WaitUntilAsync(() => Count(text) >= times, $"'{text}' appeared {Count(text)} of {times} times", limit, cancellationToken);

    /// <summary>Waits until one of <paramref name="texts"/> appeared since the mark; fails with the log after the limit.</summary>
    public Task WaitForAnyAsync(IReadOnlyList<string> texts, TimeSpan limit, CancellationToken cancellationToken) =>
        WaitUntilAsync(() => texts.Any(text => Count(text) > 0), $"none of '{string.Join("', '", texts)}' appeared", limit, cancellationToken);

    private async Task WaitUntilAsync(Func<bool> condition, string failure, TimeSpan limit, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!condition())
        {
            if (stopwatch.Elapsed > limit)
            {
                Assert.Fail($"In {_path}, {failure} within {limit.TotalSeconds:0} s. Since the mark:\n{Text()}");
            }

            await Task.Delay(Poll, cancellationToken);
        }
    }
}
