using Hankevahti.Web.Shared;
using Hankevahti.Web.Tests.Browser.Support;
using Hankevahti.Web.Tests.Support;
using Microsoft.Playwright;

namespace Hankevahti.Web.Tests.Browser;

/// <summary>Import by upload in a real browser: choose the file, read the preview, save, land on the project.</summary>
public sealed class ImportBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static string Seed => Path.Combine(SeedFiles.Folder, "001_6d6c3ec0957ecc99.txt");

    [Fact]
    public async Task A_real_plan_is_uploaded_previewed_and_saved_as_a_new_project()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/import");
        await Axe.AssertNoViolationsAsync(page, "the upload page (fi)");
        await Screenshots.SaveAsync(page, "import-upload");

        await page.GetByLabel("Suunnitelman tiedosto").SetInputFilesAsync(Seed);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lue ja esikatsele" }).ClickAsync();
        await page.WaitForURLAsync("**/import/preview?t=*");

        // The summary, the parts, the budget total and the findings.
        Assert.Equal("4", await page.Locator("dd[data-count=parts]").TextContentAsync());
        Assert.Equal("7", await page.Locator("dd[data-count=risks]").TextContentAsync());
        Assert.Equal(Fi.Money(4_596_000m), await page.Locator("dd[data-figure=budgetTotal]").TextContentAsync());
        Assert.Equal(4, await page.Locator("ul.import-parts li").CountAsync());
        Assert.Contains("Johtamisen", await page.Locator("ul.import-parts").TextContentAsync());
        Assert.StartsWith("Virheet (", (await page.Locator("#findings-errors").TextContentAsync())?.Trim());
        Assert.True(await page.Locator("section[aria-labelledby=findings] li.finding.error").CountAsync() > 0);
        // Recognised lines are highlighted and named.
        Assert.True(await page.Locator("ol.source-lines li.made mark").CountAsync() > 100);
        Assert.True(await page.Locator("ol.source-lines .made-as", new() { HasTextString = "riski" }).CountAsync() >= 7);
        await Axe.AssertNoViolationsAsync(page, "the import preview (fi)");
        await TopScreenshotAsync(page, "import-preview");
        await ScreenshotFromAsync(page, "#source", "import-preview-source");

        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna uutena hankkeena" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/projects/\d+$"));

        // The project's overview: its name, its budget total and its findings by severity.
        Assert.StartsWith("Vantaan", (await page.Locator("h1").TextContentAsync())?.Trim());
        var text = (await page.Locator("main").InnerTextAsync()).Replace('\u00A0', ' ');
        Assert.Contains(Fi.Money(4_596_000m).Replace('\u00A0', ' '), text);
        Assert.Contains("Virheet", text);

        // Its parts: the work structure has the plan's parts, the budget page its total, the findings page its findings.
        var overview = page.Url;
        await page.GotoAsync(overview + "/work");
        Assert.Contains("Johtamisen", await page.Locator("main").InnerTextAsync());
        await page.GotoAsync(overview + "/budget");
        Assert.Contains(Fi.Money(4_596_000m).Replace('\u00A0', ' '), (await page.Locator("main").InnerTextAsync()).Replace('\u00A0', ' '));
        await page.GotoAsync(overview + "/findings");
        Assert.True(await page.Locator("li.finding.error").CountAsync() > 0, "the imported plan's errors are listed on its findings page");
    }

    [Fact]
    public async Task The_upload_and_preview_pages_pass_axe_in_Swedish()
    {
        var page = await browser.NewPageAsync(language: "sv", width: 375);
        await page.GotoAsync("/import");
        Assert.Equal("sv", await page.GetAttributeAsync("html", "lang"));
        await Axe.AssertNoViolationsAsync(page, "the upload page (sv)");

        await page.GetByLabel("Planens fil").SetInputFilesAsync(Seed);
        await page.GetByRole(AriaRole.Button, new() { Name = "Läs och förhandsgranska" }).ClickAsync();
        await page.WaitForURLAsync("**/import/preview?t=*");
        Assert.Equal("Förhandsvisning av importen", (await page.Locator("h1").TextContentAsync())?.Trim());
        await Axe.AssertNoViolationsAsync(page, "the import preview (sv)");
        await TopScreenshotAsync(page, "import-preview-sv-375");
    }

    [Fact]
    public async Task A_file_of_the_wrong_type_is_named_in_the_error_which_passes_axe()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/import");
        await page.GetByLabel("Suunnitelman tiedosto").SetInputFilesAsync(new FilePayload { Name = "talous.xlsx", MimeType = "application/octet-stream", Buffer = "PK\u0003\u0004"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lue ja esikatsele" }).ClickAsync();
        await page.Locator(".error-summary").WaitForAsync();

        Assert.Contains("talous.xlsx", await page.Locator("#upload-error").TextContentAsync());
        Assert.Equal("true", await page.GetAttributeAsync("#upload", "aria-invalid"));
        await Axe.AssertNoViolationsAsync(page, "the upload page with an error (fi)");
        await Screenshots.SaveAsync(page, "import-upload-error");
    }

    [Fact]
    public async Task A_file_over_the_limit_is_stopped_in_the_browser_before_it_is_sent()
    {
        var big = Path.Combine(browser.Data.Path, "iso.txt");
        await using (var stream = File.Create(big))
        {
            stream.SetLength(IndexLimit + 1);
        }
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/import");
        await page.GetByLabel("Suunnitelman tiedosto").SetInputFilesAsync(big);

        // The message names the file and the limit at once, and the field is invalid, so the browser does not send the form.
        const string message = "Tiedosto iso.txt on liian suuri: suurin sallittu koko on 20 Mt.";
        Assert.Equal(message, (await page.Locator("#upload-error").TextContentAsync())?.Trim());
        Assert.False(await page.EvalOnSelectorAsync<bool>("#upload", "e => e.form.checkValidity()"));
        Assert.Equal(message, await page.EvalOnSelectorAsync<string>("#upload", "e => e.validationMessage"));
    }

    // The preview ends in the whole source text, thousands of lines: the picture keeps its top (summary, coverage, findings).
    private static Task TopScreenshotAsync(IPage page, string name) => ClipAsync(page, name, 0);

    // The start of the marked source text.
    private static async Task ScreenshotFromAsync(IPage page, string selector, string name)
    {
        var box = await page.Locator(selector).BoundingBoxAsync();
        var scrolled = await page.EvaluateAsync<float>("() => window.scrollY");
        await ClipAsync(page, name, (box?.Y ?? 0) + scrolled);
    }

    private static async Task ClipAsync(IPage page, string name, float top)
    {
        Directory.CreateDirectory(Screenshots.Folder);
        var width = page.ViewportSize?.Width ?? 1280;
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(Screenshots.Folder, name + ".png"),
            FullPage = true,
            Clip = new Clip { X = 0, Y = top, Width = width, Height = 2400 },
        });
    }

    private const long IndexLimit = Hankevahti.Web.Import.IndexModel.FileLimit;
}
