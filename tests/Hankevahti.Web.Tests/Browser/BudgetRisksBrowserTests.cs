using Hankevahti.Demo;
using Hankevahti.Web.Shared;
using Hankevahti.Web.Tests.Browser.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hankevahti.Web.Tests.Browser;

/// <summary>
/// The budget grid and the risks page in Chromium: sums as you type and after saving, a risk placed on
/// the heat map with a working link, input kept on errors, and axe-core on every state in fi and sv.
/// Each test that saves works on a demo project of its own.
/// </summary>
public sealed class BudgetRisksBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private Task<int> NewProjectAsync() => browser.Data.StoreAsync(DemoPlan.Load());

    /// <summary>A page of the app; a full-page screenshot of the long budget page may take a while on a busy machine.</summary>
    private async Task<IPage> NewPageAsync(string? language = null, int width = 1280)
    {
        var page = await browser.NewPageAsync(language, width);
        page.SetDefaultTimeout(60_000);
        return page;
    }

    private static async Task<string> TextAsync(ILocator locator) => (await locator.TextContentAsync())?.Trim() ?? "";

    [Fact]
    public async Task Editing_a_budget_cell_changes_the_totals_and_shares_before_saving_and_the_server_agrees_after()
    {
        var id = await NewProjectAsync();
        var page = await NewPageAsync();
        await page.GotoAsync($"/projects/{id}/budget");
        var outputs = new Dictionary<string, ILocator>
        {
            ["row"] = page.Locator("output[data-sum='row:1']"),
            ["part"] = page.Locator("output[data-sum='part:0']"),
            ["year"] = page.Locator("#year-total-0"),
            ["category"] = page.Locator("output[data-sum='cat:ServicesTraining']"),
            ["total"] = page.Locator("#grand-total"),
            ["own"] = page.Locator("#own-funding"),
            ["grant"] = page.Locator("#grant"),
        };
        Assert.Equal(Fi.Money(1_336_000m), await TextAsync(outputs["total"]));
        Assert.Equal(Fi.Money(267_200m), await TextAsync(outputs["own"]));

        // Part 1.1's training in 2026 (row 1, column 0): 12 000 → 20 000; own funding 20 % → 25 %.
        await page.Locator("#cell-1-0").FillAsync("20 000");
        await page.Locator("#Input_OwnShare").FillAsync("25");

        // The script has summed them; nothing is saved yet.
        await Expect(outputs["total"]).ToHaveTextAsync(Fi.Money(1_344_000m));
        await Expect(outputs["row"]).ToHaveTextAsync(Fi.Money(20_000m));
        await Expect(outputs["part"]).ToHaveTextAsync(Fi.Money(214_000m));
        await Expect(outputs["year"]).ToHaveTextAsync(Fi.Money(793_000m));
        await Expect(outputs["category"]).ToHaveTextAsync(Fi.Money(20_000m));
        await Expect(outputs["own"]).ToHaveTextAsync(Fi.Money(336_000m));
        await Expect(outputs["grant"]).ToHaveTextAsync(Fi.Money(1_075_200m));
        await Expect(page.Locator("p.message")).ToHaveCountAsync(0);
        var typed = new Dictionary<string, string>();
        foreach (var (key, output) in outputs)
        {
            typed[key] = await TextAsync(output);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();
        await page.WaitForURLAsync($"**/projects/{id}/budget#budget-grid");

        // The page now comes from the saved plan, summed by the server: the same figures, to the cent.
        await Expect(page.Locator("p.message")).ToContainTextAsync("versioksi 2");
        Assert.Equal("20\u00A0000,00", await page.Locator("#cell-1-0").InputValueAsync());
        Assert.Equal("25", await page.Locator("#Input_OwnShare").InputValueAsync());
        foreach (var (key, output) in outputs)
        {
            Assert.Equal(typed[key], await TextAsync(output));
        }
        await Screenshots.SaveAsync(page, "budget");

        var narrow = await NewPageAsync(width: 375);
        await narrow.GotoAsync($"/projects/{id}/budget");
        // At 375 px the grid scrolls inside its wrapper; the page itself does not.
        // Absolutely placed elements escape a scrolling wrapper unless their containing block is inside it.
        var wide = await narrow.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1" +
            " && (!e.closest('.table-wrap') || getComputedStyle(e).position === 'absolute'))" +
            ".map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right))");
        var overflow = await narrow.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 1, $"the page is {overflow} px too wide at 375 px: {string.Join(", ", wide.Take(10))}");
        await Screenshots.SaveAsync(narrow, "budget-375");
    }

    [Fact]
    public async Task A_risk_with_likelihood_4_and_impact_5_appears_in_that_cell_and_its_marker_links_to_it()
    {
        var id = await NewProjectAsync();
        var page = await NewPageAsync();
        await page.GotoAsync($"/projects/{id}/risks");
        var count = DemoPlan.Load().Risks.Count;

        await page.Locator("#Input_Title").FillAsync("Avustaja sairastuu");
        await page.Locator("#Input_Likelihood").SelectOptionAsync("4");
        await page.Locator("#Input_Impact").SelectOptionAsync("5");
        await page.Locator("#Input_Mitigations").FillAsync("Varahenkilö\nOhjeet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lisää riski" }).ClickAsync();
        await page.WaitForURLAsync($"**/projects/{id}/risks#risks-{count}");

        // The new risk (number count + 1) is the one marker of the cell likelihood 4 × impact 5, and lies inside it.
        await page.GotoAsync($"/projects/{id}/risks");
        var marker = page.Locator("svg a.marker[data-likelihood='4'][data-impact='5']");
        await Expect(marker).ToHaveCountAsync(1);
        Assert.Equal($"{count + 1}", await TextAsync(marker.Locator("text")));
        Assert.Contains("Avustaja sairastuu", await TextAsync(marker.Locator("title")));
        var cell = (await page.Locator("svg g.cell[data-likelihood='4'][data-impact='5'] rect").BoundingBoxAsync())!;
        var dot = (await marker.Locator("circle").BoundingBoxAsync())!;
        Assert.InRange(dot.X, cell.X, cell.X + cell.Width - dot.Width);
        Assert.InRange(dot.Y, cell.Y, cell.Y + cell.Height - dot.Height);

        // Following the marker brings the risk's item into view.
        await marker.ClickAsync();
        Assert.EndsWith($"#risks-{count}", page.Url);
        var item = page.Locator($"#risks-{count}");
        await Expect(item).ToBeInViewportAsync();
        await Expect(item.Locator("h3")).ToContainTextAsync("Avustaja sairastuu");
        await Screenshots.SaveAsync(page, "risks");
    }

    [Fact]
    public async Task Validation_errors_keep_what_was_typed_and_say_so_beside_the_field()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/projects/1/budget");
        await page.Locator("#cell-0-0").FillAsync("12,3,4");
        await page.Locator("#cell-1-1").FillAsync("500");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();

        await Expect(page.Locator("#cell-0-0-error")).ToContainTextAsync("euromäärä");
        Assert.Equal("12,3,4", await page.Locator("#cell-0-0").InputValueAsync());
        Assert.Equal("500", await page.Locator("#cell-1-1").InputValueAsync());
        Assert.Equal("true", await page.Locator("#cell-0-0").GetAttributeAsync("aria-invalid"));
        await Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page, "the budget page with an invalid amount");

        await page.GotoAsync("/projects/1/risks");
        await page.Locator("#Input_Title").FillAsync("Avustaja sairastuu");
        await page.Locator("#Input_Impact").SelectOptionAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lisää riski" }).ClickAsync();

        await Expect(page.Locator("#Input_Likelihood-error")).ToContainTextAsync("pakollinen");
        Assert.Equal("Avustaja sairastuu", await page.Locator("#Input_Title").InputValueAsync());
        Assert.Equal("3", await page.Locator("#Input_Impact").InputValueAsync());
        await Axe.AssertNoViolationsAsync(page, "the risks page with a missing rating");
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    public async Task Both_pages_have_no_axe_violations(string language)
    {
        var page = await NewPageAsync(language);
        foreach (var (path, what) in new[]
        {
            ("/projects/1/budget", "the budget page"),
            ("/projects/1/risks", "the risks page"),
            ("/projects/1/risks?edit=0#risks-0", "the risks page with a risk's form open"),
        })
        {
            await page.GotoAsync(path);
            Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
            await Axe.AssertNoViolationsAsync(page, $"{what} ({language})");
        }
        await Expect(page.Locator("#risks-0 form.risk-form")).ToBeVisibleAsync();
        if (language == "sv")
        {
            await Screenshots.SaveAsync(page, "risks-edit-sv");
        }
    }
}
