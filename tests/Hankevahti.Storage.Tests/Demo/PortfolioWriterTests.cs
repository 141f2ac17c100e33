using System.Globalization;
using Hankevahti.Demo.Portfolio;
using Hankevahti.Json;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Demo;
using Hankevahti.Storage.Following;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Query;
using Hankevahti.Storage.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Tests.Demo;

/// <summary>
/// The demo portfolio's bulk writer (docs/demo-portfolio.md): what it stores is what the generator made, counted by
/// SQL; the query rows are what a rebuild from the stored JSON makes; the app's loaders read every project back.
/// </summary>
public sealed class PortfolioWriterTests
{
    // 50 projects in batches of 20: three transactions, the last one short.
    private static readonly PortfolioSpec Spec = new(50, 5, new DateOnly(2026, 12, 7));

    [Theory, BothProviders]
    public async Task Rows_counted_by_sql_are_what_the_generator_made_and_the_writer_reports(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var generated = PortfolioGenerator.Generate(Spec).ToList();
        var progress = new List<PortfolioProgress>();

        PortfolioWriteResult result;
        await using (var db = database.NewContext())
        {
            result = await PortfolioWriter.WriteAsync(db, PortfolioGenerator.Generate(Spec), Spec.Projects, progress.Add, batch: 20);
        }

        var expected = new Dictionary<string, long>
        {
            ["projects"] = 50,
            ["plan_versions"] = 50,
            ["indicator_values"] = generated.Sum(p => p.Values.Count),
            ["actual_costs"] = generated.Sum(p => p.Costs.Count),
            ["action_progress"] = generated.Sum(p => p.Progress.Count),
            ["period_reports"] = generated.Sum(p => p.Reports.Count),
            ["plan_budget_lines"] = generated.Sum(p => p.Plan.Budget.Lines.Count),
            ["plan_indicators"] = generated.Sum(p => p.Plan.Indicators.Count),
            ["plan_risks"] = generated.Sum(p => p.Plan.Risks.Count),
            ["plan_funding"] = 50,
        };
        foreach (var table in PortfolioWriter.TableNames)
        {
            var counted = await database.CountAsync($"SELECT COUNT(*) FROM {table}");
            Assert.True(counted == result.Rows[table], $"{table}: SQL counts {counted}, the writer reported {result.Rows[table]}");
            if (expected.TryGetValue(table, out var made))
            {
                Assert.True(counted == made, $"{table}: SQL counts {counted}, the generator made {made}");
            }
        }
        Assert.True(result.Rows["actual_costs"] > 50 * 100, "a ledger of hundreds of rows a project");
        Assert.Equal([20, 40, 50], progress.Select(p => p.Projects));
        Assert.True(result.DatabaseBytes > 0);
    }

    [Theory, BothProviders]
    public async Task Query_tables_equal_what_a_rebuild_from_the_stored_json_makes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var db = database.NewContext())
        {
            await PortfolioWriter.WriteAsync(db, PortfolioGenerator.Generate(Spec with { Projects = 12 }), 12, batch: 5);
        }
        var written = await SnapshotAsync(database);

        await using (var db = database.NewContext())
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var tx = await connection.BeginTransactionAsync();
            await QueryIndex.RebuildAsync(connection, tx, CancellationToken.None);
            await tx.CommitAsync();
        }

        var rebuilt = await SnapshotAsync(database);
        foreach (var table in written.Keys)
        {
            Assert.NotEmpty(written[table]);
            Assert.Equal(rebuilt[table], written[table]);
        }
    }

    // Each stored project reads back through the app's own loaders: the plan JSON is the generated plan's, and the
    // follow-up holds its values, reports and every ledger euro.
    [Theory, BothProviders]
    public async Task Every_project_reads_back_through_the_apps_loaders(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var spec = Spec with { Projects = 6 };
        await using (var db = database.NewContext())
        {
            await PortfolioWriter.WriteAsync(db, PortfolioGenerator.Generate(spec), 6);
        }

        await using var read = database.NewContext();
        var ids = await read.Projects.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
        foreach (var (id, project) in ids.Zip(PortfolioGenerator.Generate(spec)))
        {
            var stored = await read.LatestPlanAsync(id);
            Assert.Null(stored!.Error);
            Assert.Equal(PlanJson.Serialize(project.Plan), stored.Version.PlanJson);
            Assert.Equal("approved", stored.Version.Status);
            var row = await read.Projects.SingleAsync(p => p.Id == id);
            Assert.Equal((project.Plan.Project.Name, project.Plan.Project.Programme!.Key), (row.Name, row.ProgrammeKey));

            var followUp = await FollowUps.LoadAsync(read, id);
            Assert.Equal(project.Costs.Sum(c => c.Amount), followUp.Costs.Sum(c => c.Amount));
            Assert.Equal(project.Values.Count, followUp.Values.Count);
            Assert.Equal(
                project.Values.Select(v => $"{v.IndicatorId} {v.PeriodCode} {v.Organisation} {Number(v.Number)} {v.YesNo}").Order(StringComparer.Ordinal),
                followUp.Values.Select(v => $"{v.IndicatorId} {v.PeriodCode} {v.Organisation} {Number(v.Number)} {v.YesNo}").Order(StringComparer.Ordinal));
            Assert.Equal(project.Progress.Count, followUp.Actions.Count);
            Assert.Equal(project.Reports.Count, await read.PeriodReports.CountAsync(r => r.ProjectId == id));
        }
    }

    // 17 and 17.0 are the same value: SQLite keeps a decimal as text with at least one decimal.
    private static string? Number(decimal? value) => value?.ToString("0.############", CultureInfo.InvariantCulture);

    private static async Task<Dictionary<string, List<string>>> SnapshotAsync(TestDatabase database)
    {
        var tables = new Dictionary<string, List<string>>();
        foreach (var table in QueryRowWriter.TableNames)
        {
            var rows = await database.QueryAsync($"SELECT * FROM {table}");
            tables[table] = rows.Select(r => string.Join("|", r.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))))
                .Order(StringComparer.Ordinal).ToList();
        }
        return tables;
    }
}
