using System.Net;
using Hankevahti.Web.Tests.Support;
using CliApp = Hankevahti.Cli.Cli;

namespace Hankevahti.Web.Tests.Web.Goals;

/// <summary>
/// Real plans imported with the CLI on the goals, outcomes and needs pages: every item the import found
/// is there at its anchor, and an edit form opens on it, however messy the plan.
/// </summary>
public sealed class ImportedPlanPartsTests
{
    // 001 is an RRF plan, 004 the largest of the seeds.
    public static TheoryData<string> Seeds => new() { "001_6d6c3ec0957ecc99.txt", "004_fa70939ff779b7af.txt" };

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Every_imported_goal_indicator_outcome_need_and_group_is_shown_at_its_anchor(string seed)
    {
        using var data = new TempDataFolder();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.Equal(0, await CliApp.RunAsync(["import", Path.Combine(SeedFiles.Folder, seed), "--save", "--data", data.Path], stdout, stderr));
        var id = int.Parse(System.Text.RegularExpressions.Regex.Match(stderr.ToString(), @"stored as project (\d+)").Groups[1].Value);
        await using var app = await RunningApp.StartAsync(data.Settings);
        var (_, plan) = await PartPageForms.LatestAsync(data, id);

        var (goalsStatus, goals) = await app.GetAsync($"/projects/{id}/goals");
        var (outcomesStatus, outcomes) = await app.GetAsync($"/projects/{id}/outcomes");
        var (needsStatus, needs) = await app.GetAsync($"/projects/{id}/needs");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], [goalsStatus, outcomesStatus, needsStatus]);
        Assert.All(Enumerable.Range(0, plan.Goals.Count), i => Assert.Contains($"id=\"goals-{i}\"", goals));
        Assert.All(Enumerable.Range(0, plan.Indicators.Count), i => Assert.Contains($"id=\"indicators-{i}\"", goals));
        Assert.All(Enumerable.Range(0, plan.Outcomes.Count), i => Assert.Contains($"id=\"outcomes-{i}\"", outcomes));
        Assert.All(Enumerable.Range(0, plan.Needs.Count), i => Assert.Contains($"id=\"needs-{i}\"", needs));
        Assert.All(Enumerable.Range(0, plan.TargetGroups.Count), i => Assert.Contains($"id=\"targetGroups-{i}\"", needs));
        // The plan has something on these pages to edit, and the last indicator's form opens.
        Assert.NotEmpty(plan.Goals);
        if (plan.Indicators.Count > 0)
        {
            var (status, form) = await app.GetAsync($"/projects/{id}/goals?edit=indicator-{plan.Indicators.Count - 1}");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains("class=\"edit indicator-form\"", form);
        }
    }
}
