using System.Net;
using Hankevahti.Web.Tests.Support;
using CliApp = Hankevahti.Cli.Cli;

namespace Hankevahti.Web.Tests.Web;

/// <summary>
/// Real plans imported with the CLI show on the plan page: imported plans are messier than the demo
/// (unnamed members, unknown schedules, stated figures that disagree), and the page must still render.
/// </summary>
public sealed class ImportedPlanPageTests
{
    public static TheoryData<string> Seeds => new() { "000_0bb973af9e40569f.txt", "001_6d6c3ec0957ecc99.txt", "004_fa70939ff779b7af.txt" };

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task An_imported_real_plan_renders_with_its_sections(string seed)
    {
        using var data = new TempDataFolder();
        var path = Path.Combine(SeedFiles.Folder, seed);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.Equal(0, await CliApp.RunAsync(["import", path, "--save", "--data", data.Path], stdout, stderr));
        var id = int.Parse(System.Text.RegularExpressions.Regex.Match(stderr.ToString(), @"stored as project (\d+)").Groups[1].Value);

        await using var app = await RunningApp.StartAsync(data.Settings);
        var (status, html) = await app.GetPageAsync($"/projects/{id}/plan");
        var (apiStatus, json) = await app.GetAsync($"/api/projects/{id}/plan");

        Assert.Equal(HttpStatusCode.OK, apiStatus);
        var plan = Hankevahti.Json.PlanJson.Deserialize(json).Plan!;
        Assert.Equal(seed, plan.Import!.File);
        Assert.Equal(HttpStatusCode.OK, status);
        var text = WebUtility.HtmlDecode(html);
        // Every numbered section of the plan is shown with its title.
        Assert.All(plan.Sections.Where(s => s.Number is not null), s => Assert.Contains(s.Title, text));
        // Each id once, though real plans repeat part codes (004 has two parts "3"): the work parts' ids
        // come from their place in the tree, as on the work page.
        var ids = System.Text.RegularExpressions.Regex.Matches(html, " id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Empty(ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.All(Enumerable.Range(0, plan.Work.Count), i => Assert.Contains($"<section id=\"work-{i}\">", html));
    }
}
