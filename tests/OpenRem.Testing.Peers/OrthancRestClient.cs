using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace OpenRem.Testing.Peers;

/// <summary>The few REST calls the harness makes to Orthanc on 127.0.0.1 (never through a proxy).</summary>
internal sealed class OrthancRestClient : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);
    private readonly HttpClient _client;

    public OrthancRestClient(Uri baseAddress) =>
        _client = new HttpClient(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = 16 })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromMinutes(2),
        };

    /// <summary>Waits until GET /system answers 200; throws a <see cref="TimeoutException"/> after the timeout.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var response = await _client.GetAsync(new Uri("system", UriKind.Relative), cancellationToken).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (stopwatch.Elapsed < timeout)
            {
                // Not listening yet.
            }

            if (stopwatch.Elapsed > timeout)
            {
                throw new TimeoutException($"Orthanc's REST API at {_client.BaseAddress} did not answer GET /system within {timeout.TotalSeconds:0.#} s.");
            }

            await Task.Delay(Poll, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<OrthancStatistics> GetStatisticsAsync(CancellationToken cancellationToken)
    {
        using var response = await _client.GetAsync(new Uri("statistics", UriKind.Relative), cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (json.ConfigureAwait(false))
        {
            using var document = await JsonDocument.ParseAsync(json, cancellationToken: cancellationToken).ConfigureAwait(false);
            var root = document.RootElement;
            return new OrthancStatistics(
                root.GetProperty("CountPatients").GetInt64(),
                root.GetProperty("CountStudies").GetInt64(),
                root.GetProperty("CountSeries").GetInt64(),
                root.GetProperty("CountInstances").GetInt64());
        }
    }

    /// <summary>POST /instances for every file, <paramref name="parallelism"/> at a time; one line per file goes to the log.</summary>
    public async Task<PeerLoadResult> UploadAsync(IReadOnlyList<string> files, int parallelism, string logFile, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(parallelism);
        var stopwatch = Stopwatch.StartNew();
        var lines = new string[files.Count];
        int stored = 0, already = 0, failed = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        await Parallel.ForAsync(0, files.Count, options, async (index, token) =>
        {
            var (code, status) = await UploadOneAsync(files[index], token).ConfigureAwait(false);
            lines[index] = $"{(int)code} {status} {files[index]}";
            if (code != HttpStatusCode.OK)
            {
                Interlocked.Increment(ref failed);
            }
            else if (status == "AlreadyStored")
            {
                Interlocked.Increment(ref already);
            }
            else
            {
                Interlocked.Increment(ref stored);
            }
        }).ConfigureAwait(false);
        await File.WriteAllLinesAsync(logFile, lines, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
        return new PeerLoadResult(stored, already, failed, stopwatch.Elapsed, logFile);
    }

    public void Dispose() => _client.Dispose();

    private async Task<(HttpStatusCode Code, string Status)> UploadOneAsync(string file, CancellationToken cancellationToken)
    {
        var stream = File.OpenRead(file);
        using var content = new StreamContent(stream);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/dicom");
        using var response = await _client.PostAsync(new Uri("instances", UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return (response.StatusCode, StatusOf(body));
    }

    /// <summary>"Status" of Orthanc's answer (Success, AlreadyStored), else its "Message", else "?".</summary>
    private static string StatusOf(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                foreach (var name in (string[])["Status", "Message"])
                {
                    if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                    {
                        return value.GetString()!.Replace(' ', '_');
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: reported as "?".
        }

        return "?";
    }
}
