using Hankevahti.Web.Tests.Browser.Support;

namespace Hankevahti.Web.Tests.Browser;

/// <summary>axe-core on the report pages of the demo project (yearly periods) in Finnish, Swedish and English.</summary>
public sealed class ReportsAxeTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string, string> PagesAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { "fi", "sv", "en" })
        {
            foreach (var page in new[] { "/projects/1/reports", "/projects/1/reports/status/2026", "/projects/1/reports/claim", "/projects/1/reports/final" })
            {
                data.Add(page, language);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAndLanguages))]
    public async Task Report_page_has_no_WCAG_21_AA_violations(string path, string language)
    {
        var page = await browser.NewPageAsync(language);
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        await Axe.AssertNoViolationsAsync(page, $"{path} ({language})");
        await page.Context.CloseAsync();
    }
}
