using Hankevahti.Demo;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Cli;

/// <summary>`hankevahti reindex`: the query tables rebuilt from the stored JSON, with counts.</summary>
public sealed class CliReindexTests
{
    [Fact]
    public async Task Reindex_rebuilds_spoiled_rows_as_they_were_and_prints_the_counts()
    {
        using var data = new TempDataFolder();
        var id = await data.StoreAsync(DemoPlan.Load());
        var before = await BudgetAsync(data);
        await using (var db = HankevahtiDb.Create(data.Settings))
        {
            // Behind the code's back: rows lost and a sum spoiled, as a failed manual fix might leave them.
            await db.Database.ExecuteSqlRawAsync("DELETE FROM plan_risks; UPDATE plan_budget_lines SET amount = 0");
        }

        var result = await CliRun.RunAsync("reindex", "--data", data.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        Assert.StartsWith("hankevahti reindex: 1 versions read, 0 unreadable, on ", result.Out);
        Assert.Equal(before, await BudgetAsync(data));
        await using var check = HankevahtiDb.Create(data.Settings);
        var lines = await check.PlanBudgetLines.CountAsync(l => l.ProjectId == id);
        Assert.Contains($"plan_budget_lines\t{lines}\n", result.Out);
        Assert.Contains($"plan_risks\t{DemoPlan.Load().Risks.Count}\n", result.Out);
        Assert.Contains("plan_funding\t1\n", result.Out);
    }

    // A version whose JSON no longer reads gets no rows; the others are rebuilt, and the exit code says something is wrong.
    [Fact]
    public async Task A_version_whose_json_does_not_read_is_counted_and_exits_with_1()
    {
        using var data = new TempDataFolder();
        var id = await data.StoreAsync(DemoPlan.Load());
        await data.StoreAsync(DemoPlan.Load() with { Project = DemoPlan.Load().Project with { Name = "Toinen" } });
        await using (var db = HankevahtiDb.Create(data.Settings))
        {
            await db.Database.ExecuteSqlAsync($"UPDATE plan_versions SET plan_json = {"{\"schemaVersion\": "} WHERE project_id = {id}");
        }

        var result = await CliRun.RunAsync("reindex", "--data", data.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("hankevahti reindex: 2 versions read, 1 unreadable, on ", result.Out);
        Assert.Contains("plan_funding\t1\n", result.Out);
        await using var check = HankevahtiDb.Create(data.Settings);
        Assert.Equal(0, await check.PlanBudgetLines.CountAsync(l => l.ProjectId == id));
    }

    [Fact]
    public async Task Reindex_has_its_own_help()
    {
        var result = await CliRun.RunAsync("reindex", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Usage: hankevahti reindex", result.Out);
    }

    private static async Task<List<string>> BudgetAsync(TempDataFolder data)
    {
        await using var db = HankevahtiDb.Create(data.Settings);
        return (await db.PlanBudgetLines.ToListAsync()).Select(l => l.ToString()).Order(StringComparer.Ordinal).ToList();
    }
}
