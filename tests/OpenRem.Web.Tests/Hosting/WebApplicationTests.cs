using System.Net;
using System.Text.RegularExpressions;

namespace OpenRem.Web.Tests.Hosting;

public sealed partial class WebApplicationTests(OpenRemWebFactory factory) : IClassFixture<OpenRemWebFactory>
{
    [Fact]
    public async Task The_home_page_is_served_with_the_product_name_and_description()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>OpenRem</title>", html, StringComparison.Ordinal);
        Assert.Matches("<h1[^>]*>OpenRem</h1>", html);
        Assert.Contains("Radiation dose structured reports (RDSRs)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_loads_nothing_from_other_hosts_and_its_stylesheets_and_scripts_are_served()
    {
        using var client = factory.CreateClient();
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        var references = ReferenceAttribute().Matches(html).Select(match => match.Groups["url"].Value).ToList();

        Assert.Contains(references, url => url.StartsWith("_content/MudBlazor/MudBlazor.min.", StringComparison.Ordinal) && url.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(references, url => url.StartsWith("_content/MudBlazor/MudBlazor.min.", StringComparison.Ordinal) && url.EndsWith(".js", StringComparison.Ordinal));
        Assert.DoesNotContain("fonts.googleapis", html, StringComparison.OrdinalIgnoreCase);
        foreach (var url in references)
        {
            Assert.DoesNotContain("//", url, StringComparison.Ordinal);
            if (url == ".")
            {
                continue;
            }

            using var asset = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.True(asset.StatusCode == HttpStatusCode.OK, $"{url} answered {asset.StatusCode}");
        }
    }

    [Fact]
    public async Task An_unknown_address_answers_not_found_with_the_not_found_page()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/no-such-page", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is no page at this address.", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    // The content root (the project folder) has no settings file: the log file exists only because the copy of
    // the root appsettings.json beside the executable was read. It holds one compact JSON event per line.
    [Fact]
    public async Task The_data_directory_is_created_and_the_log_file_in_it_records_the_start()
    {
        using var client = factory.CreateClient();
        var logs = Path.Combine(factory.DataDirectory, "logs");

        var text = await WaitForLogTextAsync(logs, "started; data directory", TimeSpan.FromSeconds(20));

        var started = text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement)
            .Single(e => e.GetProperty("@m").GetString()!.Contains("started; data directory", StringComparison.Ordinal));
        Assert.Equal("OpenRem", started.GetProperty("Product").GetString());
        Assert.Equal(ProductInfo.Version, started.GetProperty("Version").GetString());
        Assert.Equal(factory.DataDirectory, started.GetProperty("DataDirectory").GetString());
        Assert.Contains(ProductInfo.Version, started.GetProperty("@m").GetString(), StringComparison.Ordinal);
        Assert.Equal("Information", started.TryGetProperty("@l", out var level) ? level.GetString() : "Information");
    }

    private static async Task<string> WaitForLogTextAsync(string folder, string expected, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var text = string.Empty;
        while (DateTime.UtcNow < deadline)
        {
            text = string.Concat(
                Directory.Exists(folder) ? Directory.GetFiles(folder, "openrem-*.json").Select(ReadShared) : []);
            if (text.Contains(expected, StringComparison.Ordinal))
            {
                return text;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        return text;
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"(?:href|src)=""(?<url>[^""]*)""")]
    private static partial Regex ReferenceAttribute();
}
