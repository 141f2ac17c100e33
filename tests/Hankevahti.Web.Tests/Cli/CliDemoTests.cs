using System.Net;
using Hankevahti.Demo.Portfolio;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Demo;
using Hankevahti.Web.Shared;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Cli;

/// <summary>`hankevahti demo portfolio`: usage errors, and a small portfolio that the app's pages show.</summary>
public sealed class CliDemoTests
{
    public static TheoryData<string[], string> UsageErrors => new()
    {
        // No action: the command says which it has.
        { ["demo"], "say what to do: portfolio" },
        // A typo in the action.
        { ["demo", "portfolios", "--projects", "3"], "unknown action 'portfolios'" },
        // How many is not optional: a default of thousands would surprise on a laptop.
        { ["demo", "portfolio"], "--projects is required" },
        // Zero and negative counts make no portfolio.
        { ["demo", "portfolio", "--projects", "0"], "--projects must be a whole number from 1 to 1000000, not '0'" },
        { ["demo", "portfolio", "--projects", "-5"], "--projects must be a whole number from 1 to 1000000, not '-5'" },
        { ["demo", "portfolio", "--projects", "tuhat"], "--projects must be a whole number from 1 to 1000000, not 'tuhat'" },
        { ["demo", "portfolio", "--projects", "3", "--seed", "1.5"], "--seed must be a whole number, not '1.5'" },
        // The day seen is a date, not a month or another order of the parts.
        { ["demo", "portfolio", "--projects", "3", "--as-of", "7.12.2026"], "--as-of must be a date written YYYY-MM-DD, not '7.12.2026'" },
        { ["demo", "portfolio", "--projects", "3", "extra"], "extra" },
        { ["demo", "portfolio", "--projects", "3", "--project", "1"], "--project" },
    };

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public async Task Bad_usage_exits_with_2_and_a_one_line_message(string[] args, string message)
    {
        using var data = new TempDataFolder();

        var result = await CliRun.RunAsync([.. args, "--data", data.Path]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("hankevahti demo", result.ErrorLines[0]);
        Assert.Contains(message, result.ErrorLines[0]);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task Demo_has_its_own_help()
    {
        var result = await CliRun.RunAsync("demo", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Usage: hankevahti demo portfolio", result.Out);
    }

    // A small run prints the rows per table as SQL counts them, and the projects it made open in the app: the list,
    // the overview and the following pages, the costs page with the ledger's total to the cent.
    [Fact]
    public async Task A_small_portfolio_is_stored_and_its_projects_open_in_the_app()
    {
        using var data = new TempDataFolder();

        var result = await CliRun.RunAsync("demo", "portfolio", "--projects", "8", "--seed", "3", "--as-of", "2026-12-07", "--data", data.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("hankevahti demo portfolio: 8 projects, seed 3, as of 2026-12-07, on SQLite", result.Out);
        Assert.Contains("hankevahti demo portfolio: 8/8 projects", result.Error);
        Assert.Matches(@"done in [0-9.]+ s: [0-9]+ rows \([0-9]+ rows/s\), database [0-9.]+ MiB", result.Out);
        var generated = PortfolioGenerator.Generate(new PortfolioSpec(8, 3, new DateOnly(2026, 12, 7))).ToList();
        List<int> ids;
        await using (var db = HankevahtiDb.Create(data.Settings))
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            foreach (var table in PortfolioWriter.TableNames)
            {
                await using var count = connection.CreateCommand();
                count.CommandText = $"SELECT COUNT(*) FROM {table}";
                Assert.Contains($"\n{table}\t{count.ExecuteScalar()}\n", result.Out);
            }
            Assert.Contains($"\nactual_costs\t{generated.Sum(p => p.Costs.Count)}\n", result.Out);
            ids = await db.Projects.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
        }

        await using var app = await RunningApp.StartAsync(data.Settings);
        var (status, list) = await app.GetPageAsync("/");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.All(generated, p => Assert.Contains(p.Plan.Project.Name, list));
        foreach (var (id, project) in ids.Zip(generated).Take(3))
        {
            foreach (var page in new[] { "", "/values", "/costs", "/reports", "/progress", "/budget", "/risks", "/findings" })
            {
                var (pageStatus, html) = await app.GetPageAsync($"/projects/{id}{page}");
                Assert.True(pageStatus == HttpStatusCode.OK, $"/projects/{id}{page}: {pageStatus}");
                Assert.Contains(project.Plan.Project.Name, html);
            }
            var (_, costs) = await app.GetPageAsync($"/projects/{id}/costs");
            Assert.Contains(Fi.Money(project.Costs.Sum(c => c.Amount)), costs);
        }
    }
}
