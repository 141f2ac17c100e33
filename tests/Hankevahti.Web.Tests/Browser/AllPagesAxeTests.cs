using Hankevahti.Web.Plans;
using Hankevahti.Web.Tests.Browser.Support;

namespace Hankevahti.Web.Tests.Browser;

/// <summary>
/// axe-core (WCAG 2.1 A and AA) on every page of the app in Finnish and Swedish, on the demo project
/// (project 1). The feature tests also run axe with their forms open and errors shown; this one makes
/// sure no page is left out.
/// </summary>
public sealed class AllPagesAxeTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string, string> PagesAndLanguages()
    {
        var pages = new List<string> { "/", "/import", "/projects/1", "/projects/1/plan", "/projects/1/findings" };
        pages.AddRange(PlanParts.All.Select(p => p.Url(1)));
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { "fi", "sv" })
        {
            foreach (var page in pages)
            {
                data.Add(page, language);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAndLanguages))]
    public async Task Page_has_no_WCAG_21_AA_violations(string path, string language)
    {
        var page = await browser.NewPageAsync(language);
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        await Axe.AssertNoViolationsAsync(page, $"{path} ({language})");
        await page.Context.CloseAsync();
    }
}
