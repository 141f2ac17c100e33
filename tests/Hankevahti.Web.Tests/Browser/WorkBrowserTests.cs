using System.Text.RegularExpressions;
using Hankevahti.Web.Tests.Browser.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hankevahti.Web.Tests.Browser;

/// <summary>
/// The work page in Chromium: building the tree with the forms, the bar an action's dates give in the
/// Gantt chart, renaming, moving, deleting with its confirm step, and axe-core on the page in its states.
/// Each test works on parts of its own (codes BT…), so the tests do not depend on each other's order.
/// </summary>
public sealed partial class WorkBrowserTests : IClassFixture<BrowserFixture>
{
    private const string Page = "/projects/1/work";

    // The machine is shared: a page may take long to come while other test runs build. The waits only
    // allow more time, they assert nothing about it.
    private const float Patience = 60_000;

    private readonly BrowserFixture browser;

    public WorkBrowserTests(BrowserFixture browser)
    {
        this.browser = browser;
        SetDefaultExpectTimeout(Patience);
    }

    private async Task<IPage> NewPageAsync(string? language = null, int width = 1280)
    {
        var page = await browser.NewPageAsync(language, width);
        page.SetDefaultTimeout(Patience);
        page.SetDefaultNavigationTimeout(Patience);
        return page;
    }

    /// <summary>The item of the part with exactly this code.</summary>
    private static ILocator PartItem(IPage page, string code) =>
        page.Locator("li.work-part").Filter(new() { Has = page.Locator(":scope > .part-title > .code").Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(code)}$") }) });

    /// <summary>
    /// A control's name: its visible word and the item's name from the visually hidden text after it
    /// (absolutely positioned, so Chromium may put a space before the colon).
    /// </summary>
    private static Regex Named(string visible, string item) => new($"^{Regex.Escape(visible)}\\s*:\\s*{Regex.Escape(item)}$");

    private static async Task AddTopPartAsync(IPage page, string code, string title)
    {
        await page.GotoAsync(Page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Lisää pääosa", Exact = true }).ClickAsync();
        await page.GetByLabel("Tunnus", new() { Exact = true }).FillAsync(code);
        await page.GetByLabel("Nimi", new() { Exact = true }).FillAsync(title);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();
        await Expect(PartItem(page, code)).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_action_added_with_dates_is_drawn_as_a_bar_in_the_Gantt_chart()
    {
        var page = await NewPageAsync();
        await AddTopPartAsync(page, "BT1", "Selaintesti");

        await page.GetByRole(AriaRole.Link, new() { NameRegex = Named("Lisää toimenpide", "BT1 Selaintesti") }).ClickAsync();
        await page.GetByLabel("Tunnus", new() { Exact = true }).FillAsync("BT1.A");
        await page.GetByLabel("Nimi", new() { Exact = true }).FillAsync("Palkki");
        await page.Locator("#period-0-start").FillAsync("1.3.2026");
        await page.Locator("#period-0-end").FillAsync("31.5.2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();

        var part = PartItem(page, "BT1");
        await Expect(part.Locator("li.work-action")).ToContainTextAsync("1.3.2026–31.5.2026");
        var path = (await part.GetAttributeAsync("id"))!.Replace("work-", "work[") + "].actions[0]";
        var bar = page.Locator($"svg.gantt g.action-line[data-path=\"{path}\"] rect.bar");
        await Expect(bar).ToHaveCountAsync(1);
        // The bar's title says the action's status as followed (issue 16), which depends on today: only that it is said.
        Assert.StartsWith("BT1.A Palkki: 1.3.2026–31.5.2026, tila: ", await bar.Locator("title").TextContentAsync());
        // Three months on the monthly axis of the demo plan.
        Assert.Equal("months", await page.Locator("svg.gantt").GetAttributeAsync("data-scale"));
        Assert.Equal(90, double.Parse((await bar.GetAttributeAsync("width"))!, System.Globalization.CultureInfo.InvariantCulture), 1);
        await Expect(page.Locator("table.gantt-table tbody tr").Filter(new() { HasText = "BT1.A" })).ToContainTextAsync("1.3.2026–31.5.2026");
    }

    [Fact]
    public async Task A_part_is_renamed_moved_up_and_moved_under_another_part()
    {
        var page = await NewPageAsync();
        await AddTopPartAsync(page, "BT2", "Vanha nimi");
        var before = await PartItem(page, "BT2").GetAttributeAsync("id");

        await page.GetByRole(AriaRole.Link, new() { NameRegex = Named("Muokkaa", "BT2 Vanha nimi") }).ClickAsync();
        await page.GetByLabel("Nimi", new() { Exact = true }).FillAsync("Uusi nimi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();
        await Expect(PartItem(page, "BT2").Locator(":scope > .part-title")).ToHaveTextAsync("BT2 Uusi nimi");

        await page.GetByRole(AriaRole.Button, new() { NameRegex = Named("Siirrä ylös", "BT2 Uusi nimi") }).ClickAsync();
        var index = int.Parse(before!["work-".Length..], System.Globalization.CultureInfo.InvariantCulture);
        await Expect(PartItem(page, "BT2")).ToHaveIdAsync($"work-{index - 1}");

        await page.GetByRole(AriaRole.Link, new() { NameRegex = Named("Muokkaa", "BT2 Uusi nimi") }).ClickAsync();
        await page.GetByLabel("Paikka rakenteessa").SelectOptionAsync("work[0]");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();
        await Expect(PartItem(page, "BT2")).ToHaveIdAsync(new Regex("^work-0-children-\\d+$"));
        await Expect(page).ToHaveURLAsync(new Regex("#work-0-children-\\d+$"));
    }

    [Fact]
    public async Task A_part_with_content_is_deleted_after_the_confirm_step()
    {
        var page = await NewPageAsync();
        await AddTopPartAsync(page, "BT3", "Poistettava");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = Named("Lisää alaosa", "BT3 Poistettava") }).ClickAsync();
        await page.GetByLabel("Tunnus", new() { Exact = true }).FillAsync("BT3.1");
        await page.GetByLabel("Nimi", new() { Exact = true }).FillAsync("Alaosa");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();
        await Expect(PartItem(page, "BT3.1")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { NameRegex = Named("Poista", "BT3 Poistettava") }).ClickAsync();
        var confirm = page.Locator(".confirm-delete");
        await Expect(confirm).ToContainTextAsync("Osan mukana poistuvat sen alaosat (1) ja toimenpiteet (0).");
        Assert.Equal(1, await PartItem(page, "BT3").CountAsync());

        await confirm.GetByRole(AriaRole.Button, new() { Name = "Poista osa sisältöineen" }).ClickAsync();
        await Expect(page.Locator("p.message")).ToBeVisibleAsync();
        Assert.Equal(0, await PartItem(page, "BT3").CountAsync());
        Assert.Equal(0, await PartItem(page, "BT3.1").CountAsync());
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    public async Task The_page_has_no_axe_violations_also_with_a_form_open_and_with_an_error_shown(string language)
    {
        var page = await NewPageAsync(language);
        await page.GotoAsync(Page);
        await Axe.AssertNoViolationsAsync(page, $"the work page ({language})");

        await page.GotoAsync(Page + "?edit=" + Uri.EscapeDataString("work[0].children[0].children[0].actions[0]"));
        await Expect(page.Locator("#muokkaa-toimenpidetta")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page, $"the work page with an action's form open ({language})");

        await page.GotoAsync(Page + "?edit=" + Uri.EscapeDataString("work[0]"));
        await page.Locator("#part-code").FillAsync("");
        await page.Locator("#muokkaa-osaa button[type=submit]").ClickAsync();
        await Expect(page.Locator("#part-code-error")).ToBeVisibleAsync();
        Assert.Equal("true", await page.Locator("#part-code").GetAttributeAsync("aria-invalid"));
        await Axe.AssertNoViolationsAsync(page, $"the work page with a validation message ({language})");

        await page.GotoAsync(Page + "?scale=quarters&delete=" + Uri.EscapeDataString("work[0]"));
        await Expect(page.Locator(".confirm-delete")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page, $"the work page asking to confirm a delete, in quarters ({language})");
    }

    [Fact]
    public async Task At_375_px_only_the_chart_scrolls_sideways_and_the_page_is_kept_as_screenshots()
    {
        var page = await NewPageAsync(width: 375);
        await page.GotoAsync(Page);

        // The page itself does not scroll sideways; the chart does, inside its frame, reachable by keyboard.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
        var frame = page.Locator(".gantt-scroll");
        Assert.True(await frame.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth"));
        Assert.Equal("0", await frame.GetAttributeAsync("tabindex"));
        await Screenshots.SaveAsync(page, "work-375");

        var wide = await NewPageAsync();
        await wide.GotoAsync(Page);
        await Screenshots.SaveAsync(wide, "work");
    }
}
