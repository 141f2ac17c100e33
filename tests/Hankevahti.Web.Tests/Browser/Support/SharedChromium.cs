using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Hankevahti.Web.Tests.Browser.Support;

/// <summary>
/// One Playwright driver and one Chromium for the whole test run. Launching them took a second or two of
/// both cores per browser test class; the tests' isolation never came from the browser but from the
/// context each page is opened in (its own cookies and storage), which stays one per page.
/// The contexts are remembered by the app they were opened on, so that a fixture closes its own when its
/// app stops and a long run does not keep every page's renderer alive.
/// </summary>
public static class SharedChromium
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly ConcurrentDictionary<string, ConcurrentBag<IBrowserContext>> ContextsByApp = new();
    private static IPlaywright? playwright;
    private static IBrowser? browser;

    static SharedChromium()
    {
        // Closed with the test host: the driver and Chromium would also go with its pipes, this only spares them the wait.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                browser?.CloseAsync().Wait(TimeSpan.FromSeconds(5));
                playwright?.Dispose();
            }
            catch (Exception)
            {
                // Exiting anyway.
            }
        };
    }

    /// <summary>The run's Chromium, launched on first use; launched again if it has gone (crashed or closed).</summary>
    public static async Task<IBrowser> BrowserAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (browser is not { IsConnected: true })
            {
                playwright?.Dispose();
                (playwright, browser) = await BrowserFixture.LaunchAsync();
            }
            return browser;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Remembers a context opened on the app at <paramref name="address"/>.</summary>
    internal static void Opened(Uri address, IBrowserContext context) =>
        ContextsByApp.GetOrAdd(address.ToString(), _ => []).Add(context);

    /// <summary>Closes every context still open on the app at <paramref name="address"/> (its fixture is done with it).</summary>
    public static async Task CloseContextsAsync(Uri address)
    {
        if (!ContextsByApp.TryRemove(address.ToString(), out var contexts))
        {
            return;
        }
        foreach (var context in contexts)
        {
            try
            {
                await context.CloseAsync();
            }
            catch (PlaywrightException)
            {
                // Already closed by the test, or the browser has gone: nothing left to free.
            }
        }
    }
}
