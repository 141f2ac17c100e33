using Hankevahti.Web.Tests.Browser.Support;
using Microsoft.Playwright;

namespace Hankevahti.Web.Tests.Browser;

/// <summary>The project pages in Chromium: the list's search and filters, the key facts form, accessibility, the narrow screen.</summary>
public sealed class ProjectsBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // The demo plan is project 1 of the fixture's fresh database.
    private const int Id = 1;

    [Fact]
    public async Task Searching_and_filtering_the_list_keeps_the_choices_in_the_address()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByLabel("Hae").FillAsync("supa");
        await page.GetByLabel("Tila").SelectOptionAsync("running");
        await page.GetByRole(AriaRole.Button, new() { Name = "Näytä" }).ClickAsync();
        await page.WaitForURLAsync("**/?q=supa*");

        Assert.Contains("status=running", page.Url);
        Assert.Equal("Hankkeita: 1 (kaikkiaan 1)", (await page.Locator("#tulokset").TextContentAsync())?.Trim());
        Assert.Equal(1, await page.Locator("table.projects tbody tr").CountAsync());
        Assert.Equal("supa", await page.GetByLabel("Hae").InputValueAsync());
        Assert.Equal("running", await page.GetByLabel("Tila").InputValueAsync());
        await Screenshots.SaveAsync(page, "projects-list-filtered");

        await page.GetByLabel("Tila").SelectOptionAsync("closed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Näytä" }).ClickAsync();
        await page.WaitForURLAsync("**status=closed*");

        Assert.Equal(0, await page.Locator("table.projects").CountAsync());
        Assert.True(await page.GetByText("Mikään hanke ei vastaa valintoja.").IsVisibleAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Tyhjennä valinnat" }).First.ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).Query.Length == 0);
        Assert.Equal(1, await page.Locator("table.projects tbody tr").CountAsync());
    }

    [Fact]
    public async Task An_invalid_date_keeps_the_input_with_the_message_beside_it_and_a_valid_save_shows_the_new_value_and_version()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"/projects/{Id}/facts");
        await page.GetByRole(AriaRole.Link, new() { Name = "Muokkaa perustietoja" }).ClickAsync();
        var start = page.GetByLabel("Alkamispäivä");

        await start.FillAsync("32.1.2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();

        var error = page.Locator("#Input_PeriodStart-error");
        await Assertions.Expect(error).ToContainTextAsync("Kentän ”Alkamispäivä” pitää olla päivämäärä");
        Assert.Equal("32.1.2026", await start.InputValueAsync());
        Assert.Equal("true", await start.GetAttributeAsync("aria-invalid"));
        // The message is beside its field: inside the same field block, right after the input.
        Assert.True(await page.Locator(".field:has(#Input_PeriodStart) #Input_PeriodStart-error").IsVisibleAsync());
        Assert.True(await page.Locator(".error-summary").IsVisibleAsync());
        await Axe.AssertNoViolationsAsync(page, "key facts with a date error (fi)");

        await start.FillAsync("1.2.2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();
        await page.WaitForURLAsync($"**/projects/{Id}/facts#project");

        await Assertions.Expect(page.Locator("dd[data-field=period]")).ToHaveTextAsync("1.2.2026–31.12.2027");
        await Assertions.Expect(page.Locator("p.message[role=status]")).ToContainTextAsync("versioksi 2");
        await Assertions.Expect(page.Locator("main p.muted").First).ToContainTextAsync("Versio 2");
    }

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { "fi", "sv" })
        {
            foreach (var path in new[] { "/", "/?q=zzz", $"/projects/{Id}", $"/projects/{Id}/findings", $"/projects/{Id}/facts", $"/projects/{Id}/facts?edit=1", $"/projects/{Id}/plan" })
            {
                data.Add(language, path);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_project_pages_have_no_accessibility_violations(string language, string path)
    {
        var page = await browser.NewPageAsync(language);
        await page.GotoAsync(path);

        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        await Axe.AssertNoViolationsAsync(page, $"{path} ({language})");
    }

    // The form with every kind of message shown: required, not a date, end before start.
    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    public async Task The_facts_form_with_errors_shown_has_no_accessibility_violations(string language)
    {
        var page = await browser.NewPageAsync(language);
        await page.GotoAsync($"/projects/{Id}/facts?edit=1");
        await page.Locator("#Input_Name").FillAsync("");
        await page.Locator("#Input_PeriodStart").FillAsync("huomenna");
        await page.Locator("form.facts-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#Input_Name-error")).Not.ToBeEmptyAsync();

        Assert.Equal(2, await page.Locator("form.facts-form [aria-invalid=true]").CountAsync());
        await Axe.AssertNoViolationsAsync(page, $"key facts with errors ({language})");
    }

    [Fact]
    public async Task Screenshots_of_the_list_overview_and_findings()
    {
        var page = await browser.NewPageAsync();
        foreach (var (path, name) in new[] { ("/", "projects-list"), ($"/projects/{Id}", "project-overview"), ($"/projects/{Id}/findings", "project-findings") })
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
            var file = await Screenshots.SaveAsync(page, name);
            Assert.True(new FileInfo(file).Length > 0);
        }
    }

    [Fact]
    public async Task The_overview_fits_a_375_px_screen_without_scrolling_sideways()
    {
        var page = await browser.NewPageAsync(width: 375, height: 800);
        await page.GotoAsync($"/projects/{Id}");

        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 375, $"the page is {width} px wide at 375 px");
        // The budget table is within the screen too, not cut off.
        var right = await page.EvaluateAsync<double>("() => document.querySelector('table.totals').closest('.table-wrap').getBoundingClientRect().right");
        Assert.True(right <= 375, $"the budget table reaches {right} px");
        await Screenshots.SaveAsync(page, "project-overview-375");
    }
}
