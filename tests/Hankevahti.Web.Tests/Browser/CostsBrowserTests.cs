using Hankevahti.Web.Tests.Browser.Support;

namespace Hankevahti.Web.Tests.Browser;

/// <summary>
/// The costs page in a browser: a month's costs typed into the grid and saved, a bad amount kept with its message,
/// a transfer recorded; axe-core finds no WCAG 2.1 AA violation in Finnish, Swedish or English in any of these states.
/// </summary>
public sealed class CostsBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string> Languages() => ["fi", "sv", "en"];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task The_costs_page_with_entries_errors_and_a_transfer_has_no_violations(string language)
    {
        var id = await browser.Data.StoreAsync(Hankevahti.Demo.DemoPlan.Load());
        var page = await browser.NewPageAsync(language);
        var path = $"/projects/{id}/costs";
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        await Axe.AssertNoViolationsAsync(page, $"{path} ({language})");

        // A month's costs: one good amount saved, then a bad one kept with its message.
        var grid = page.Locator("#entry-form");
        await grid.Locator("input[name='Entry[0].Amount']").FillAsync("1 234,50");
        await grid.Locator("button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync();
        Assert.Equal(1, await page.Locator("p.message[role=status]").CountAsync());
        await grid.Locator("input[name='Entry[1].Amount']").FillAsync("kaksi");
        await grid.Locator("button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync();
        Assert.Equal("kaksi", await page.Locator("input[name='Entry[1].Amount']").InputValueAsync());
        Assert.Equal(1, await page.Locator("#entry-errors").CountAsync());
        await Axe.AssertNoViolationsAsync(page, $"{path} with a refused amount ({language})");

        // A transfer waiting for the funder, shown in the list with the decision form (local owner may decide).
        await page.GotoAsync(path);
        var transfer = page.Locator("#transfer-form");
        await transfer.Locator("select[name='Transfer.FromPart']").SelectOptionAsync("1.1");
        await transfer.Locator("select[name='Transfer.ToPart']").SelectOptionAsync("1.2");
        await transfer.Locator("input[name='Transfer.Amount']").FillAsync("500");
        await transfer.Locator("textarea[name='Transfer.Reason']").FillAsync("Kuvitteellinen perustelu");
        await transfer.Locator("button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync();
        Assert.Equal(1, await page.Locator("tr[data-status=submitted]").CountAsync());
        await Axe.AssertNoViolationsAsync(page, $"{path} with a transfer ({language})");

        // A transfer refused for want of a reason: the summary and the field's message.
        await page.Locator("#transfer-form input[name='Transfer.Amount']").FillAsync("500");
        await page.Locator("#transfer-form button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync();
        Assert.Equal(1, await page.Locator("#transfer-errors").CountAsync());
        await Axe.AssertNoViolationsAsync(page, $"{path} with a refused transfer ({language})");
        await page.Context.CloseAsync();
    }
}
