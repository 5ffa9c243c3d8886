using System.Collections.Concurrent;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OpenRem.E2E.Tests;

public sealed class HomePageTests(OpenRemServer server, ChromiumBrowser chromium)
    : IClassFixture<OpenRemServer>, IClassFixture<ChromiumBrowser>
{
    private static readonly string ScreenshotDirectory = Path.Combine(AppContext.BaseDirectory, "screenshots");

    [Fact]
    public async Task The_home_page_shows_the_product_in_the_mudblazor_theme_and_switches_to_dark_mode()
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        var page = await context.NewPageAsync();
        var foreignRequests = new ConcurrentQueue<string>();
        var browserErrors = new ConcurrentQueue<string>();
        await page.RouteAsync("**/*", async route =>
        {
            if (new Uri(route.Request.Url).Host == server.BaseAddress.Host)
            {
                await route.ContinueAsync();
            }
            else
            {
                foreignRequests.Enqueue(route.Request.Url);
                await route.AbortAsync();
            }
        });
        page.PageError += (_, error) => browserErrors.Enqueue(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                browserErrors.Enqueue(message.Text);
            }
        };

        try
        {
            await page.GotoAsync(server.BaseAddress.ToString());
            await Expect(page.Locator(".mud-layout[data-interactive=true]")).ToBeAttachedAsync();

            await Expect(page).ToHaveTitleAsync("OpenRem");
            await Expect(page.Locator("h1")).ToHaveTextAsync("OpenRem");
            await Expect(page.Locator(".mud-appbar")).ToContainTextAsync("OpenRem");
            await Expect(page.GetByText("Radiation dose structured reports (RDSRs)")).ToBeVisibleAsync();

            Assert.Equal("rgba(21,101,192,1)", await CssVariableAsync(page, "--mud-palette-primary"));
            var lightBackground = await BodyBackgroundAsync(page);
            await SaveScreenshotAsync(page, "home-light.png");

            await page.GetByTestId("dark-mode-toggle").ClickAsync();

            await Expect(page.GetByTestId("dark-mode-toggle")).ToHaveAttributeAsync("aria-label", "Switch to light mode");
            Assert.NotEqual(string.Empty, await CssVariableAsync(page, "--mud-palette-primary"));
            Assert.NotEqual(lightBackground, await BodyBackgroundAsync(page));
            await SaveScreenshotAsync(page, "home-dark.png");
        }
        catch
        {
            await SaveScreenshotAsync(page, "home-failure.png");
            throw;
        }

        Assert.Empty(foreignRequests);
        Assert.Empty(browserErrors);
    }

    private static Task<string> CssVariableAsync(IPage page, string name) =>
        page.EvaluateAsync<string>("name => getComputedStyle(document.documentElement).getPropertyValue(name).trim()", name);

    private static Task<string> BodyBackgroundAsync(IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");

    private static async Task SaveScreenshotAsync(IPage page, string fileName)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        var path = Path.Combine(ScreenshotDirectory, fileName);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {path}");
    }
}
