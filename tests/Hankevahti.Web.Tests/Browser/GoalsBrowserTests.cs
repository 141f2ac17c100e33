using Hankevahti.Demo;
using Hankevahti.Web.Tests.Browser.Support;
using Microsoft.Playwright;

namespace Hankevahti.Web.Tests.Browser;

/// <summary>The goals, outcomes and needs pages in Chromium: editing by keyboard and mouse, validation, accessibility, screenshots.</summary>
public sealed class GoalsBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>A project of the test's own, so that its edits meet no other test's.</summary>
    private Task<int> OwnProjectAsync() => browser.Data.StoreAsync(DemoPlan.Load());

    [Fact]
    public async Task An_indicator_with_a_baseline_and_two_yearly_targets_linked_to_a_goal_shows_on_the_page()
    {
        var id = await OwnProjectAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"/projects/{id}/goals");

        await page.GetByRole(AriaRole.Link, new() { Name = "Lisää mittari" }).ClickAsync();
        var form = page.Locator("form.indicator-form");
        await form.GetByLabel("Mittari (pakollinen)").FillAsync("Etäkäyntien määrä");
        await form.GetByLabel("Mittarin tyyppi").SelectOptionAsync("Count");
        await form.GetByLabel("Yksikkö").FillAsync("kpl");
        await form.GetByLabel("Lähtötaso: Vuosi").FillAsync("2025");
        await form.GetByLabel("Lähtötaso: Arvo").FillAsync("120");
        await form.GetByLabel("Tavoitetaso 1: Vuosi").FillAsync("2026");
        await form.GetByLabel("Tavoitetaso 1: Arvo").FillAsync("400");
        await form.GetByLabel("Tavoitetaso 2: Vuosi").FillAsync("2027");
        await form.GetByLabel("Tavoitetaso 2: Arvo").FillAsync("1 000");
        await form.GetByLabel("Osatavoite T2", new() { Exact = false }).CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();

        await page.WaitForURLAsync($"**/projects/{id}/goals#indicators-7");
        Assert.Contains("tallennettiin versioksi 2", await page.Locator("p.message").TextContentAsync());
        var indicator = page.Locator("#indicators-7");
        Assert.Equal("Etäkäyntien määrä", (await indicator.Locator("h3").TextContentAsync())?.Trim());
        var headers = await indicator.Locator("table.values th").AllInnerTextsAsync();
        Assert.Equal(["Lähtötaso 2025", "Tavoite 2026", "Tavoite 2027"], headers.Select(h => h.Trim()));
        var values = await indicator.Locator("table.values td").AllInnerTextsAsync();
        Assert.Equal(["120 kpl", "400 kpl", "1 000 kpl"], values.Select(v => v.Replace('\u00A0', ' ').Trim()));
        // The goal T2 (goals[2]) lists it with the same values and links to it.
        var goal = page.Locator("#goals-2");
        Assert.Equal("#indicators-7", await goal.GetByRole(AriaRole.Link, new() { Name = "Etäkäyntien määrä" }).GetAttributeAsync("href"));
        Assert.Equal(["Lähtötaso 2025", "Tavoite 2026", "Tavoite 2027"], (await goal.Locator("li", new() { HasText = "Etäkäyntien määrä" }).Locator("th").AllInnerTextsAsync()).Select(h => h.Trim()));
        await Screenshots.SaveAsync(page, "goals-indicator-added");
    }

    [Fact]
    public async Task A_validation_error_keeps_what_was_typed_and_shows_the_message_beside_the_field()
    {
        var id = await OwnProjectAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"/projects/{id}/goals?edit=new-indicator#new-indicator");

        var form = page.Locator("form.indicator-form");
        await form.GetByLabel("Lähtötaso: Vuosi").FillAsync("viime vuosi");
        await form.GetByLabel("Tavoitetaso 1: Arvo").FillAsync("paljon");
        await form.GetByLabel("Yksikkö").FillAsync("kpl");
        await form.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();

        await page.Locator(".error-summary").WaitForAsync();
        form = page.Locator("form.indicator-form");
        Assert.Equal("viime vuosi", await form.GetByLabel("Lähtötaso: Vuosi").InputValueAsync());
        Assert.Equal("paljon", await form.GetByLabel("Tavoitetaso 1: Arvo").InputValueAsync());
        Assert.Equal("kpl", await form.GetByLabel("Yksikkö").InputValueAsync());
        Assert.Contains("on pakollinen", await page.Locator("#IndicatorForm_Name-error").TextContentAsync());
        Assert.Contains("pitää olla vuosi", await page.Locator("#IndicatorForm_Baseline_Year-error").TextContentAsync());
        // The message is tied to its field for screen readers.
        Assert.Equal("IndicatorForm_Targets_0__Value-error", await form.GetByLabel("Tavoitetaso 1: Arvo").GetAttributeAsync("aria-describedby"));
        Assert.Equal("true", await form.GetByLabel("Lähtötaso: Vuosi").GetAttributeAsync("aria-invalid"));
        await Screenshots.SaveAsync(page, "goals-validation-error");
    }

    public static TheoryData<string, string, string> Pages() => new()
    {
        // Each page as read, then with the form of an existing item open, then with a new item's form: fi and sv.
        { "goals", "", "fi" }, { "goals", "?edit=goal-1", "fi" }, { "goals", "?edit=indicator-0", "fi" }, { "goals", "?edit=new-indicator", "sv" },
        { "goals", "", "sv" }, { "goals", "?edit=goal-0", "sv" },
        { "outcomes", "", "fi" }, { "outcomes", "?edit=outcome-2", "fi" }, { "outcomes", "", "sv" }, { "outcomes", "?edit=new-impact", "sv" },
        { "needs", "", "fi" }, { "needs", "?edit=group-1", "fi" }, { "needs", "", "sv" }, { "needs", "?edit=need-0", "sv" }, { "needs", "?edit=new-group", "sv" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_has_no_accessibility_violations(string part, string query, string language)
    {
        var page = await browser.NewPageAsync(language);
        await page.GotoAsync($"/projects/1/{part}{query}");
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        if (query.Length > 0)
        {
            Assert.Equal(1, await page.Locator("form.edit").CountAsync());
        }
        await Axe.AssertNoViolationsAsync(page, $"/projects/1/{part}{query} ({language})");
    }

    [Fact]
    public async Task The_pages_fit_a_narrow_screen_and_are_saved_as_screenshots()
    {
        foreach (var (part, query, width) in new[] { ("goals", "", 1280), ("outcomes", "", 1280), ("needs", "", 1280), ("goals", "?edit=indicator-0", 375) })
        {
            var page = await browser.NewPageAsync(width: width);
            await page.GotoAsync($"/projects/1/{part}{query}");
            // Nothing wider than the screen but what scrolls inside its own box (the tables).
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            var wide = overflow <= 0 ? "" : await page.EvaluateAsync<string>(
                "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth && !e.closest('.table-wrap'))" +
                ".slice(0, 5).map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')");
            Assert.True(overflow <= 0, $"{part}{query} at {width} px is {overflow} px too wide: {wide}");
            await Screenshots.SaveAsync(page, width < 500 ? $"{part}-edit-{width}" : part);
        }
    }

    [Fact]
    public async Task A_goal_without_indicators_is_marked_and_the_edit_link_opens_its_form_by_keyboard()
    {
        var demo = DemoPlan.Load();
        var id = await browser.Data.StoreAsync(demo with { Goals = [.. demo.Goals.Select((g, i) => i == 3 ? g with { IndicatorIds = [] } : g)] });
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"/projects/{id}/goals");

        var goal = page.Locator("#goals-3");
        Assert.Contains("Tavoitteelle ei ole nimetty mittaria", await goal.Locator(".note").TextContentAsync());
        var edit = goal.GetByRole(AriaRole.Link, new() { Name = "Muokkaa", Exact = false });
        await edit.FocusAsync();
        // Waiting starts before the key: this navigation (a GET of the same page) is quick enough to be over
        // before a wait started after it had subscribed, and then it waited for one that never came.
        var opened = page.WaitForURLAsync("**?edit=goal-3#goals-3");
        await page.Keyboard.PressAsync("Enter");
        try
        {
            await opened;
        }
        catch (TimeoutException e)
        {
            // Seen in full runs and never alone: say where the page was and what had the focus.
            var focused = await page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.outerHTML.slice(0, 200) : 'none'");
            throw new TimeoutException($"{e.Message}\nurl: {page.Url}\nfocused: {focused}\nlink: {await edit.GetAttributeAsync("href")}", e);
        }
        Assert.Equal(1, await goal.Locator("form.goal-form").CountAsync());
        Assert.Equal(demo.Goals[3].Text, await goal.GetByLabel("Tavoite (pakollinen)").InputValueAsync());
    }
}
