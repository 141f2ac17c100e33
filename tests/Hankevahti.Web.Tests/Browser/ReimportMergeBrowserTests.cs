using System.Text;
using System.Text.RegularExpressions;
using Hankevahti.Web.Tests.Browser.Support;
using Microsoft.Playwright;

namespace Hankevahti.Web.Tests.Browser;

/// <summary>
/// Re-import that keeps corrections: a made-up plan imported, a section's title edited in the web, then a
/// changed document whose same title changed too imported as the next version: the preview shows the
/// conflict field by field, refuses to save until it is decided, and saves the value chosen.
/// </summary>
public sealed class ReimportMergeBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string File = "kylatalon-iltapaivat.txt";

    private static string Plan(string actionsTitle, string needText) =>
        "Kylätalon iltapäivät Hankesuunnitelma\n\n" +
        $"1 Hankkeen tarve\n{needText}\n\n" +
        $"2 {actionsTitle}\nAvataan kylätalo kolmena iltapäivänä viikossa ja järjestetään lukupiiri.\n\n" +
        "3 Viestintä\nIlmoitukset kylälehdessä ja ilmoitustaululla.\n";

    private const string Need = "Syrjäkylän asukkaat tarvitsevat kohtaamispaikan.";

    [Fact]
    public async Task A_title_changed_in_the_web_and_in_the_document_is_decided_in_the_preview()
    {
        var page = await browser.NewPageAsync();
        await UploadAsync(page, Plan("Toimenpiteet", Need));
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna uutena hankkeena" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/projects/\d+$"));
        var id = Regex.Match(page.Url, @"/projects/(\d+)$").Groups[1].Value;

        // The web's correction: the section's title.
        await page.GotoAsync($"/projects/{id}/sections");
        await page.Locator("a.button", new() { HasTextRegex = new Regex("^Muokkaa.*Toimenpiteet") }).First.ClickAsync();
        await page.Locator("#Input_Title").FillAsync("Toiminta kylätalolla");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**/projects/{id}/sections*");

        // The document changed the same title, and the need's text (which the web left alone).
        await UploadAsync(page, Plan("Toimenpiteet ja lukupiiri", "Syrjäkylän asukkaat ja omaishoitajat tarvitsevat kohtaamispaikan."));
        await page.Locator("#project").SelectOptionAsync(id);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna uutena versiona" }).ClickAsync();

        var conflict = page.Locator("fieldset.merge-conflict");
        await Assertions.Expect(conflict).ToHaveCountAsync(1);
        Assert.Equal("Toiminta kylätalolla", (await conflict.Locator("dd[data-side=saved]").TextContentAsync())?.Trim());
        Assert.Equal("Toimenpiteet ja lukupiiri", (await conflict.Locator("dd[data-side=document]").TextContentAsync())?.Trim());
        Assert.Equal("Toimenpiteet", (await conflict.Locator("dd[data-side=base]").TextContentAsync())?.Trim());
        Assert.Contains("title", await conflict.Locator("legend").TextContentAsync());
        Assert.False(await conflict.Locator("input[type=radio]:checked").IsVisibleAsync());
        await Axe.AssertNoViolationsAsync(page, "the import preview with a merge conflict (fi)");
        await Screenshots.SaveAsync(page, "import-preview-merge");

        // Undecided: nothing is saved, and the page says why.
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna yhdistetty versio" }).ClickAsync();
        await Assertions.Expect(page.Locator("#merge-error")).ToBeVisibleAsync();
        Assert.Contains("/import/preview", page.Url);
        await Axe.AssertNoViolationsAsync(page, "the import preview with an undecided merge conflict (fi)");

        await page.Locator("fieldset.merge-conflict input[value=document]").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna yhdistetty versio" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($@"/projects/{id}$"));

        await page.GotoAsync($"/projects/{id}/sections");
        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Toimenpiteet ja lukupiiri", main);
        Assert.DoesNotContain("Toiminta kylätalolla", main);
        Assert.Contains("omaishoitajat", main);
    }

    private static async Task UploadAsync(IPage page, string text)
    {
        await page.GotoAsync("/import");
        await page.GetByLabel("Suunnitelman tiedosto").SetInputFilesAsync(new FilePayload { Name = File, MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(text) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lue ja esikatsele" }).ClickAsync();
        await page.WaitForURLAsync("**/import/preview?t=*");
        await page.Locator("h1", new() { HasTextString = "Tuonnin esikatselu" }).WaitForAsync();
    }
}
