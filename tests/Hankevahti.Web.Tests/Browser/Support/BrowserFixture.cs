using Hankevahti.Web.Tests.Support;
using Microsoft.Playwright;

namespace Hankevahti.Web.Tests.Browser.Support;

/// <summary>
/// The real app (on a data folder of its own, with the demo plan stored), shared by the browser tests of one
/// class, and Debian's Chromium driven by Playwright, shared by the whole run (<see cref="SharedChromium"/>;
/// every page has a context of its own). Playwright never downloads a browser here: it launches
/// /usr/bin/chromium (CHROMIUM_PATH overrides).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly TempDataFolder data = new();

    public RunningApp App { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public TempDataFolder Data => data;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        RequireChromium();
        App = await RunningApp.StartAsync(data.Settings);
        Browser = await SharedChromium.BrowserAsync();
    }

    /// <summary>Fails with how to install Chromium when it is missing, before anything is started.</summary>
    public static void RequireChromium()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ChromiumPath}. Install Debian's package: `sudo apt-get install chromium` " +
                "(bash .ci/run does), or set CHROMIUM_PATH to a Chromium binary.");
        }
    }

    /// <summary>Playwright and Debian's headless Chromium, as every browser fixture launches them.</summary>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Containers often run as root with a small /dev/shm.
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
        return (playwright, browser);
    }

    /// <summary>A fresh page (own cookies) on the app, 1280 px wide unless told, with the given language cookie set.</summary>
    public Task<IPage> NewPageAsync(string? language = null, int width = 1280, int height = 900) =>
        NewPageAsync(Browser, App.Address, language, width, height);

    /// <summary>A new page signed in through the sign-in form as a person would, with the test people's password, left on the front page.</summary>
    public async Task<IPage> SignedInPageAsync(string email, string? language = null)
    {
        var page = await NewPageAsync(language);
        await page.GotoAsync("/account/sign-in");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(Hankevahti.Web.Tests.Support.People.Password);
        await page.Locator("form.sign-in button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        return page;
    }

    /// <summary>Clicks and waits for the page the click loads (a form's answer).</summary>
    public static async Task ClickAsync(IPage page, string selector)
    {
        await page.Locator(selector).ClickAsync();
        await page.WaitForLoadStateAsync();
    }

    /// <summary>A fresh page (own cookies) of <paramref name="browser"/> on the app at <paramref name="address"/>.</summary>
    public static async Task<IPage> NewPageAsync(IBrowser browser, Uri address, string? language, int width = 1280, int height = 900)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = address.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "fi-FI",
        });
        if (language is not null)
        {
            await context.AddCookiesAsync([new Cookie
            {
                Name = ".AspNetCore.Culture",
                Value = $"c=fi-FI|uic={language}",
                Url = address.ToString(),
            }]);
        }
        SharedChromium.Opened(address, context);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        return page;
    }

    public async Task DisposeAsync()
    {
        // The browser is the run's; this class's pages are closed.
        if (App is not null)
        {
            await SharedChromium.CloseContextsAsync(App.Address);
            await App.DisposeAsync();
        }
        data.Dispose();
    }
}
