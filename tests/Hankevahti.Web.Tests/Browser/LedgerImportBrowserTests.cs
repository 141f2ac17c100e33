using Hankevahti.Demo;
using Hankevahti.Versions;
using Hankevahti.Web.Tests.Browser.Support;
using Hankevahti.Web.Tests.Support;
using Microsoft.Playwright;

namespace Hankevahti.Web.Tests.Browser;

/// <summary>
/// The ledger import page in a browser, in Finnish, Swedish and English: a 1 000-row export made at test time is
/// uploaded, its result and the unmapped cost centre are shown, mapping it moves its rows; a file with a bad row
/// is refused with the row's number. axe finds no WCAG 2.1 AA violation in any of these states.
/// </summary>
public sealed class LedgerImportBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("fi", "1000 riviä luettu, 1000 lisätty")]
    [InlineData("sv", "1000 rader lästa, 1000 tillagda")]
    [InlineData("en", "1000 rows read, 1000 added")]
    public async Task A_ledger_is_imported_its_unmapped_cost_centre_mapped_and_a_bad_file_refused(string language, string added)
    {
        var plan = PlanIds.Fill(DemoPlan.Load());
        var id = await browser.Data.StoreAsync(plan);
        var rows = LedgerFiles.Rows(plan, 1_000, seed: language.Length + language[0]);
        var page = await browser.NewPageAsync(language);

        await page.GotoAsync($"/projects/{id}/costs/import");
        await Axe.AssertNoViolationsAsync(page, $"costs import, empty ({language})");
        await page.SetInputFilesAsync("#upload", new FilePayload { Name = "paakirja.csv", MimeType = "text/csv", Buffer = LedgerFiles.CsvBytes(rows) });
        await page.ClickAsync("form.edit button[type=submit]");

        StringAssert(await page.TextContentAsync("#import-result"), added);
        // No cost centre is mapped yet: all of them are listed, KP9999 among them.
        Assert.Contains(LedgerFiles.UnmappedCostCentre, await page.TextContentAsync("#unmapped"));
        await Axe.AssertNoViolationsAsync(page, $"costs import, result ({language})");

        var part = LedgerFiles.PartCodes(plan)[0];
        var row = page.Locator("#unmapped tbody tr", new() { HasText = LedgerFiles.UnmappedCostCentre });
        await row.Locator("select").SelectOptionAsync(part);
        await row.Locator("button").ClickAsync();
        await page.WaitForSelectorAsync("p.notice");
        Assert.DoesNotContain(LedgerFiles.UnmappedCostCentre, await page.TextContentAsync("#unmapped") ?? "");

        var bad = LedgerFiles.Csv(LedgerFiles.Rows(plan, 10)).Split('\n');
        var fields = bad[5].Split(';');
        fields[6] = "abc";
        bad[5] = string.Join(';', fields);
        await page.SetInputFilesAsync("#upload", new FilePayload { Name = "huono.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(string.Join('\n', bad)) });
        await page.ClickAsync("form.edit button[type=submit]");
        var summary = await page.TextContentAsync(".error-summary");
        Assert.Contains("6", summary);
        Assert.Contains("abc", summary);
        await Axe.AssertNoViolationsAsync(page, $"costs import, refused ({language})");
        await page.Context.CloseAsync();
    }

    private static void StringAssert(string? text, string expected) => Assert.Contains(expected, text ?? "");
}
