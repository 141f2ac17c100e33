using System.Text;
using System.Text.RegularExpressions;
using Hankevahti.Web.Shared;
using Hankevahti.Web.Tests.Browser.Support;
using Microsoft.Playwright;

namespace Hankevahti.Web.Tests.Browser;

/// <summary>
/// Asking instead of guessing: a made-up plan whose budget table has headings the importer does not know is
/// mapped in the preview, saved, and imported again as the next version without mapping it again.
/// </summary>
public sealed class ImportCorrectionsBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string File = "kylatalon-kahvila.txt";

    private const string Plan =
        "Kylätalon kahvila Hankesuunnitelma\n\n" +
        "1 Hankkeen tarve\nKylän ikäihmiset tarvitsevat kohtaamispaikan iltapäivisin.\n\n" +
        "2 Toimenpiteet\nAvataan kahvila kolmena päivänä viikossa ja järjestetään esityksiä.\n\n" +
        "3 Menot\n" +
        "Menolaji\tSumma yhteensä (e)\n" +
        "Kahvinkeittimet ja astiat\t4 500\n" +
        "Tapahtumaesiintyjät\t12 000\n" +
        "Ilmoitukset kylälehdessä\t3 500\n" +
        "Kaikki yhteensä\t20 000\n";

    private static readonly string Total = Fi.Money(20_000m).Replace('\u00A0', ' ');

    [Fact]
    public async Task A_budget_table_mapped_in_the_preview_is_read_the_same_way_in_the_next_version()
    {
        var page = await browser.NewPageAsync();
        await UploadAsync(page);
        // The importer does not know the table: no budget, and the table is offered for correction.
        Assert.Equal("ei löytynyt", (await page.Locator("dd[data-figure=budgetTotal]").TextContentAsync())?.Trim());
        Assert.Equal(1, await page.Locator("details.table-correction").CountAsync());
        await Axe.AssertNoViolationsAsync(page, "the import preview with the correction form (fi)");

        await page.Locator("#t0-kind").SelectOptionAsync("budget");
        await page.Locator("#t0-c0").SelectOptionAsync("label");
        await page.Locator("#t0-c1").SelectOptionAsync("amount");
        await page.GetByRole(AriaRole.Button, new() { Name = "Käytä korjauksia" }).ClickAsync();
        await page.WaitForURLAsync("**/import/preview?t=*");

        Assert.Equal(Fi.Money(20_000m), (await page.Locator("dd[data-figure=budgetTotal]").TextContentAsync())?.Trim());
        Assert.Equal("3", await page.Locator("dd[data-count=budgetLines]").TextContentAsync());
        Assert.Contains("budget lines", await page.Locator("li[data-code='import.corrected.table']").TextContentAsync());
        // The form keeps what was chosen, and the page with it still passes axe.
        Assert.Equal("budget", await page.Locator("#t0-kind").InputValueAsync());
        Assert.Equal("amount", await page.Locator("#t0-c1").InputValueAsync());
        await Axe.AssertNoViolationsAsync(page, "the import preview after corrections (fi)");
        await Screenshots.SaveAsync(page, "import-preview-corrections");

        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna uutena hankkeena" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/projects/\d+$"));
        var project = page.Url;
        var id = Regex.Match(project, @"/projects/(\d+)$").Groups[1].Value;
        await page.GotoAsync(project + "/budget");
        Assert.Contains(Total, (await page.Locator("main").InnerTextAsync()).Replace('\u00A0', ' '));

        // The same file again: the saved corrections are applied by themselves, and the page says so.
        await UploadAsync(page);
        Assert.True(await page.Locator("#corrections-applied").IsVisibleAsync());
        Assert.Equal(Fi.Money(20_000m), (await page.Locator("dd[data-figure=budgetTotal]").TextContentAsync())?.Trim());
        Assert.Equal("budget", await page.Locator("#t0-kind").InputValueAsync());
        await page.Locator("#project").SelectOptionAsync(id);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna uutena versiona" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($@"/projects/{id}$"));
        await page.GotoAsync(project + "/budget");
        Assert.Contains(Total, (await page.Locator("main").InnerTextAsync()).Replace('\u00A0', ' '));
    }

    private static async Task UploadAsync(IPage page)
    {
        await page.GotoAsync("/import");
        await page.GetByLabel("Suunnitelman tiedosto").SetInputFilesAsync(new FilePayload { Name = File, MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(Plan) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lue ja esikatsele" }).ClickAsync();
        await page.WaitForURLAsync("**/import/preview?t=*");
        // The preview may wait in the queue a moment; the page refreshes itself until it is ready.
        await page.Locator("h1", new() { HasTextString = "Tuonnin esikatselu" }).WaitForAsync();
    }
}
