using Hankevahti.Web.Tests.Browser.Support;
using Microsoft.Playwright;

namespace Hankevahti.Web.Tests.Browser;

/// <summary>What every page shares: the language switch, the stylesheet from the design tokens, the keyboard path.</summary>
public sealed class LayoutBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_language_switch_changes_the_interface_text_and_is_remembered()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        Assert.Equal("fi", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Siirry sisältöön", (await page.Locator("a.skip-link").TextContentAsync())?.Trim());

        await page.GetByRole(AriaRole.Button, new() { Name = "Svenska" }).ClickAsync();
        await page.WaitForURLAsync("**/");
        Assert.Equal("sv", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Hoppa till innehållet", (await page.Locator("a.skip-link").TextContentAsync())?.Trim());

        // The choice is kept in a cookie: the next page is Swedish too.
        await page.GotoAsync("/import");
        Assert.Equal("sv", await page.GetAttributeAsync("html", "lang"));

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Skip to content", (await page.Locator("a.skip-link").TextContentAsync())?.Trim());
    }

    [Fact]
    public async Task The_design_tokens_reach_the_page()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        // The header's colour comes from --fi-color-brand-base (hsl(214, 100%, 24%)), written by the build from npm's suomifi-design-tokens.
        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('header.site')).backgroundColor");
        Assert.Equal("rgb(0, 53, 122)", background);
    }

    [Fact]
    public async Task The_first_tab_reaches_the_skip_link_which_moves_focus_to_the_content()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.EvaluateAsync<string>("() => document.activeElement.className"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("sisalto", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }
}
