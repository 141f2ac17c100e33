using Hankevahti.Web.Tests.Support;
using Microsoft.Playwright;

namespace Hankevahti.Web.Tests.Browser.Support;

/// <summary>
/// The real app (on a data folder of its own, with the demo plan stored) and Debian's Chromium driven
/// by Playwright, shared by the browser tests of one class. Playwright never downloads a browser here:
/// it launches /usr/bin/chromium (CHROMIUM_PATH overrides).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly TempDataFolder data = new();
    private IPlaywright? playwright;

    public RunningApp App { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public TempDataFolder Data => data;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ChromiumPath}. Install Debian's package: `sudo apt-get install chromium` " +
                "(bash .ci/run does), or set CHROMIUM_PATH to a Chromium binary.");
        }
        App = await RunningApp.StartAsync(data.Settings);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Containers often run as root with a small /dev/shm.
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A fresh page (own cookies) on the app, 1280 px wide unless told, with the given language cookie set.</summary>
    public async Task<IPage> NewPageAsync(string? language = null, int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.Address.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "fi-FI",
        });
        if (language is not null)
        {
            await context.AddCookiesAsync([new Cookie
            {
                Name = ".AspNetCore.Culture",
                Value = $"c=fi-FI|uic={language}",
                Url = App.Address.ToString(),
            }]);
        }
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }
        data.Dispose();
    }
}
