using Microsoft.Playwright;

namespace OpenRem.E2E.Tests;

/// <summary>
/// Debian's chromium, headless, driven by Playwright. The executable is <c>CHROMIUM_PATH</c>, by default
/// <c>/usr/bin/chromium</c>; without it the tests fail and say how to install it.
/// </summary>
public sealed class ChromiumBrowser : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium is needed for the browser tests and was not found at {ExecutablePath}. "
                + "Install it with `apt-get install chromium` (or set CHROMIUM_PATH to a chromium executable).");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--disable-dev-shm-usage", "--disable-gpu"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
