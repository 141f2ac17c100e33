using System.Text.RegularExpressions;
using Hankevahti.Import;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Cli;

/// <summary>'hankevahti import FILE --save --project ID' merges with what was saved in the web since the last import.</summary>
public sealed class CliReimportTests : IDisposable
{
    private const string Seed = "001_6d6c3ec0957ecc99.txt";
    private readonly TempDataFolder data = new();
    private readonly string scratch = Directory.CreateTempSubdirectory("hankevahti-cli-reimport-").FullName;

    public void Dispose()
    {
        data.Dispose();
        Directory.Delete(scratch, recursive: true);
    }

    // A project imported by the CLI, its case number corrected and the first changed title edited in the web
    // (another way than the document does): returns the project id, the changed copy and the web's title.
    private async Task<(int Id, ChangedSeed Changed, string WebTitle)> PrepareAsync()
    {
        var saved = await CliRun.RunAsync("import", Path.Combine(SeedFiles.Folder, Seed), "--save", "--data", data.Path);
        Assert.Equal(0, saved.ExitCode);
        var id = int.Parse(Regex.Match(saved.Error, @"stored as project (\d+)").Groups[1].Value);
        await using var db = HankevahtiDb.Create(data.Settings);
        var plan = (await db.LatestPlanAsync(id))!.Plan!;
        var changed = ChangedSeed.Make(Seed, plan, scratch);
        var (kind, _, oldTitle, _) = changed.Changed[0];
        var webTitle = oldTitle + " (webissä)";
        var edited = Retitle(plan with { Project = plan.Project with { CaseNumber = "CLI/7/2031" } }, oldTitle, webTitle);
        Assert.Equal(VersionSaveOutcome.Saved, (await db.AddVersionOnAsync(id, 1, edited, "edit")).Outcome);
        return (id, changed, webTitle);
    }

    // Without --take, a field changed on both sides refuses the save: the conflict is listed with the saved and the document's value.
    [Fact]
    public async Task Conflict_refuses_with_the_list_and_exit_code_1()
    {
        var (id, changed, webTitle) = await PrepareAsync();

        var result = await CliRun.RunAsync("import", changed.File, "--save", "--project", id.ToString(), "--data", data.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("1 conflict(s)", result.Error);
        Assert.Contains(": title", result.Error);
        Assert.Contains($"saved:    {webTitle}", result.Error);
        Assert.Contains($"document: {changed.Changed[0].NewTitle}", result.Error);
        await using var db = HankevahtiDb.Create(data.Settings);
        Assert.Equal(2, await db.PlanVersions.CountAsync(v => v.ProjectId == id));
    }

    // --take decides every conflict for one side and stores; the web's other correction stays either way.
    [Theory]
    [InlineData("document")]
    [InlineData("saved")]
    public async Task Take_decides_all_conflicts_and_stores(string side)
    {
        var (id, changed, webTitle) = await PrepareAsync();

        var result = await CliRun.RunAsync("import", changed.File, "--save", "--project", id.ToString(), "--take", side, "--data", data.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"stored as version 3 of project {id}", result.Error);
        Assert.Contains($"1 conflict(s) decided for the {side}", result.Error);
        await using var db = HankevahtiDb.Create(data.Settings);
        var latest = (await db.LatestPlanAsync(id))!.Plan!;
        var titles = ChangedSeed.Titles(latest).ToList();
        Assert.Contains(side == "document" ? changed.Changed[0].NewTitle : webTitle, titles);
        Assert.Contains(changed.Changed[1].NewTitle, titles);
        Assert.Equal("CLI/7/2031", latest.Project.CaseNumber);
    }

    // --take is checked: a wrong side, or without --project, is a usage error (exit code 2).
    [Theory]
    [InlineData("--save", "--project", "1", "--take", "both")]
    [InlineData("--save", "--take", "document")]
    public async Task Take_is_checked(params string[] options)
    {
        var result = await CliRun.RunAsync(["import", Path.Combine(SeedFiles.Folder, Seed), .. options, "--data", data.Path]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--take", result.Error);
    }

    private static global::Hankevahti.Plans.Plan Retitle(global::Hankevahti.Plans.Plan plan, string from, string to)
    {
        for (var i = 0; i < plan.Risks.Count; i++)
        {
            if (plan.Risks[i].Title == from)
            {
                plan.Risks[i] = plan.Risks[i] with { Title = to };
                return plan;
            }
        }
        foreach (var part in Parts(plan.Work))
        {
            for (var i = 0; i < part.Actions.Count; i++)
            {
                if (part.Actions[i].Title == from)
                {
                    part.Actions[i] = part.Actions[i] with { Title = to };
                    return plan;
                }
            }
        }
        foreach (var list in new[] { plan.Work }.Concat(Parts(plan.Work).Select(p => p.Children)))
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i].Title == from)
                {
                    list[i] = list[i] with { Title = to };
                    return plan;
                }
            }
        }
        throw new InvalidOperationException($"no item titled {from}");
    }

    private static IEnumerable<global::Hankevahti.Plans.WorkPart> Parts(IEnumerable<global::Hankevahti.Plans.WorkPart> parts) => parts.SelectMany(p => Parts(p.Children).Prepend(p));
}
