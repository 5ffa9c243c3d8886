using System.Globalization;
using System.Text;
using OpenRem.Domain.Ports;
using OpenRem.Infrastructure.Persistence.Queries;

namespace OpenRem.Web.Endpoints;

/// <summary>
/// A query's own log as a download: <c>GET /queries/{id}/log</c> gives text, one line per entry (time in UTC, level,
/// text, then the detail indented when there is one); <c>?format=json</c> gives the entries as a JSON array.
/// 404 when there is no such query.
/// </summary>
public static class QueryLogEndpoints
{
    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new(System.Text.Json.JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapQueryLogEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/queries/{id:guid}/log", DownloadAsync);
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(Guid id, string? format, IQueryRepository queries, CancellationToken cancellationToken)
    {
        if (!await queries.ExistsAsync(id, cancellationToken))
        {
            return Results.NotFound($"There is no query {id}.");
        }

        var lines = await queries.ReadLogAsync(id, cancellationToken);
        var name = $"query-{id}-log";
        return string.Equals(format, "json", StringComparison.OrdinalIgnoreCase)
            ? Results.File(Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(lines.Select(Entry), JsonOptions)), "application/json", name + ".json")
            : Results.File(Encoding.UTF8.GetBytes(AsText(lines)), "text/plain; charset=utf-8", name + ".txt");
    }

    private static object Entry(QueryLogLine line) => new { at = line.At.UtcDateTime, level = line.Level.ToString(), text = line.Text, detail = line.Detail };

    private static string AsText(IReadOnlyList<QueryLogLine> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture))
                .Append(' ').Append(line.Level.ToString().ToUpperInvariant()).Append(' ').Append(line.Text).Append('\n');
            if (!string.IsNullOrEmpty(line.Detail))
            {
                foreach (var detail in line.Detail.Split('\n'))
                {
                    text.Append("    ").Append(detail.TrimEnd('\r')).Append('\n');
                }
            }
        }

        return text.ToString();
    }
}
