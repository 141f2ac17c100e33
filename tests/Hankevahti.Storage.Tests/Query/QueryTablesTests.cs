using Hankevahti.Figures;
using Hankevahti.Json;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Query;
using Hankevahti.Storage.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Tests.Query;

/// <summary>
/// The query tables (docs/decisions/0008-query-tables.md) hold what the stored plan JSON says, no more and
/// no less: rows are written with each saved version and rebuilt from the JSON by reindex.
/// </summary>
public class QueryTablesTests
{
    // The three real plans imported and stored as three projects; SQL sums of their budget lines are the
    // totals the plan pages show (PlanFigures), per figure kind and per part, and the funding row carries
    // the derived own funding and grant.
    [Theory, BothProviders]
    public async Task Sums_in_SQL_of_the_seeds_budget_lines_equal_the_plans_derived_figures(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var stored = new List<(int Id, Plan Plan)>();
        foreach (var name in SeedPlans.Names)
        {
            var plan = SeedPlans.Import(name);
            await using var db = database.NewContext();
            stored.Add(((await db.AddProjectAsync(plan, "import")).Id, plan));
        }

        await using var read = database.NewContext();
        var byKind = await read.PlanBudgetLines.GroupBy(l => new { l.ProjectId, l.VersionNumber, l.Kind })
            .Select(g => new { g.Key.ProjectId, g.Key.VersionNumber, g.Key.Kind, Sum = g.Sum(l => l.Amount) }).ToListAsync();
        var byPart = await read.PlanBudgetLines.Where(l => l.Kind == "planned").GroupBy(l => new { l.ProjectId, l.PartCode })
            .Select(g => new { g.Key.ProjectId, g.Key.PartCode, Sum = g.Sum(l => l.Amount) }).ToListAsync();
        // Plan 000 is a draft whose budget the importer does not read into lines; the others have them.
        Assert.Equal(2, stored.Count(s => s.Plan.Budget.Lines.Count > 0));
        foreach (var (id, plan) in stored)
        {
            foreach (var kind in Enum.GetValues<FigureKind>())
            {
                var sql = byKind.SingleOrDefault(s => s.ProjectId == id && s.Kind == QueryRows.Name(kind))?.Sum ?? 0m;
                Assert.Equal(PlanFigures.Total(plan.Budget, kind), sql);
            }
            Assert.All(PlanFigures.ByPart(plan.Budget), part =>
                Assert.Equal(part.Amount, byPart.Single(s => s.ProjectId == id && s.PartCode == part.PartCode).Sum));
            Assert.All(byKind.Where(s => s.ProjectId == id), s => Assert.Equal(1, s.VersionNumber));

            var funding = await read.PlanFunding.SingleAsync(f => f.ProjectId == id);
            Assert.Equal(PlanFigures.Total(plan.Budget), funding.PlannedTotal);
            Assert.Equal(PlanFigures.OwnFunding(plan.Budget), funding.OwnFunding);
            Assert.Equal(PlanFigures.Grant(plan.Budget), funding.GrantAmount);
            Assert.Equal(plan.Budget.Funding.OwnFundingShare, funding.OwnFundingShare);
        }
        // Plan 001 states own funding 20 % and state grant 80 %: the derived euros are there, not nulls.
        Assert.Contains(await read.PlanFunding.ToListAsync(), f => f.OwnFunding is > 0m && f.GrantAmount is > 0m);
    }

    // Every list the tables hold has as many rows as the plan has items, with the plan's ids and values,
    // read back through EF on the migrated schema: decimals exact, nulls null, text unchanged.
    [Theory, BothProviders]
    public async Task The_rows_of_a_stored_version_are_the_items_of_its_plan(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var plans = SeedPlans.Names.Select(SeedPlans.Import).Append(TestPlans.Rich()).ToList();
        var ids = new List<int>();
        foreach (var plan in plans)
        {
            await using var db = database.NewContext();
            ids.Add((await db.AddProjectAsync(plan, "import")).Id);
        }

        for (var i = 0; i < plans.Count; i++)
        {
            await using var read = database.NewContext();
            var stored = (await read.LatestPlanAsync(ids[i]))!.Plan!;
            var id = ids[i];
            var parts = await read.PlanWorkParts.Where(r => r.ProjectId == id).OrderBy(r => r.Ordinal).ToListAsync();
            Assert.Equal(PlanFigures.Parts(stored).Select(p => (p.Id, p.Code, p.Title)), parts.Select(r => (r.ItemId, r.Code, r.Title)));
            var lines = await read.PlanBudgetLines.Where(r => r.ProjectId == id).OrderBy(r => r.Ordinal).ToListAsync();
            Assert.Equal(stored.Budget.Lines.Select(l => (l.Id, l.Amount, l.Year, l.PartCode)), lines.Select(r => (r.ItemId, r.Amount, r.Year, r.PartCode)));
            var risks = await read.PlanRisks.Where(r => r.ProjectId == id).OrderBy(r => r.Ordinal).ToListAsync();
            Assert.Equal(stored.Risks.Select(r => (r.Id, PlanFigures.Score(r)?.Min, PlanFigures.Score(r)?.Max)), risks.Select(r => (r.ItemId, r.ScoreMin, r.ScoreMax)));
            var targets = await read.PlanIndicatorTargets.Where(r => r.ProjectId == id).CountAsync();
            Assert.Equal(stored.Indicators.Sum(x => x.Targets.Count), targets);
            Assert.Equal(stored.Organisations.Select(o => o.Name), await read.PlanOrganisations.Where(r => r.ProjectId == id).OrderBy(r => r.Ordinal).Select(r => r.Name).ToListAsync());
            Assert.Equal(stored.Project.Regions, await read.PlanRegions.Where(r => r.ProjectId == id).OrderBy(r => r.Ordinal).Select(r => r.Region).ToListAsync());

            // The whole row set, as the one function derives it from the stored JSON.
            var expected = QueryRows.From(id, 1, stored);
            Assert.Equal(expected.WorkParts, parts);
            Assert.Equal(expected.BudgetLines, lines);
            Assert.Equal(expected.Risks, risks);
            Assert.Equal(expected.Indicators, await read.PlanIndicators.Where(r => r.ProjectId == id).OrderBy(r => r.Ordinal).ToListAsync());
            Assert.Equal(expected.Funding, await read.PlanFunding.SingleAsync(r => r.ProjectId == id));
        }
        // The rich plan has a work tree three deep: the parent ids follow it.
        var rich = ids[^1];
        await using var check = database.NewContext();
        var tree = await check.PlanWorkParts.Where(r => r.ProjectId == rich).OrderBy(r => r.Ordinal).ToListAsync();
        Assert.Null(tree[0].ParentItemId);
        Assert.Equal(tree[0].ItemId, tree[1].ParentItemId);
        Assert.Equal(tree[1].ItemId, tree[2].ParentItemId);
    }

    // Each version has rows of its own; a refused save (a conflict on its base) writes none.
    [Theory, BothProviders]
    public async Task Every_saved_version_has_its_rows_and_a_refused_save_has_none(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var plan = TestPlans.Rich();
        int id;
        await using (var db = database.NewContext())
        {
            id = (await db.AddProjectAsync(plan, "import")).Id;
            var changed = plan with { Budget = plan.Budget with { Lines = [.. plan.Budget.Lines, new BudgetLine { PartCode = "X", Amount = 0.05m, Year = 2027 }] } };
            Assert.Equal(VersionSaveOutcome.Saved, (await db.AddVersionOnAsync(id, 1, changed, "edit")).Outcome);
            Assert.Equal(VersionSaveOutcome.Conflict, (await db.AddVersionOnAsync(id, 1, plan, "edit")).Outcome);
        }

        await using var read = database.NewContext();
        var counts = await read.PlanBudgetLines.Where(r => r.ProjectId == id).GroupBy(r => r.VersionNumber)
            .Select(g => new { Version = g.Key, Count = g.Count(), Sum = g.Sum(r => r.Amount) }).OrderBy(c => c.Version).ToListAsync();
        Assert.Equal([1, 2], counts.Select(c => c.Version));
        Assert.Equal(plan.Budget.Lines.Count + 1, counts[1].Count);
        Assert.Equal(plan.Budget.Lines.Sum(l => l.Amount) + 0.05m, counts[1].Sum);
        Assert.Equal([1, 2], await read.PlanFunding.Where(r => r.ProjectId == id).OrderBy(r => r.VersionNumber).Select(r => r.VersionNumber).ToListAsync());
    }

    // Saves on one base at once, each in a context of its own: the insert of the version decides, and only
    // the one stored has rows; the refused ones leave none behind, not even partly.
    [Theory, BothProviders]
    public async Task Of_saves_on_one_base_at_once_only_the_stored_one_has_rows(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var plan = TestPlans.Rich();
        int id;
        await using (var db = database.NewContext())
        {
            id = (await db.AddProjectAsync(plan, "import")).Id;
        }
        for (var trial = 0; trial < 5; trial++)
        {
            var start = new TaskCompletionSource();
            var saves = Enumerable.Range(0, 6).Select(async i =>
            {
                await using var db = database.NewContext();
                await start.Task;
                var extra = new BudgetLine { PartCode = "T", Amount = 1000m * (trial + 1) + i, Year = 2027 };
                return (Extra: extra.Amount, Save: await db.AddVersionOnAsync(id, trial + 1, plan with { Budget = plan.Budget with { Lines = [.. plan.Budget.Lines, extra] } }, "edit"));
            }).ToList();
            start.SetResult();
            var results = await Task.WhenAll(saves);
            var saved = Assert.Single(results, r => r.Save.Outcome == VersionSaveOutcome.Saved);

            await using var read = database.NewContext();
            var number = trial + 2;
            var lines = await read.PlanBudgetLines.Where(l => l.ProjectId == id && l.VersionNumber == number).ToListAsync();
            Assert.Equal(plan.Budget.Lines.Count + 1, lines.Count);
            Assert.Contains(lines, l => l.PartCode == "T" && l.Amount == saved.Extra);
        }
        await using var check = database.NewContext();
        Assert.Equal(6, await check.PlanFunding.CountAsync(f => f.ProjectId == id));
        Assert.Equal(6 * plan.Budget.Lines.Count + 5, await check.PlanBudgetLines.CountAsync(l => l.ProjectId == id));
    }

    // Reindex throws the rows away and derives them again from the JSON: the same rows, also after they were
    // spoiled behind the code's back; deleting a project deletes its rows (ON DELETE CASCADE).
    [Theory, BothProviders]
    public async Task Reindex_rebuilds_the_same_rows_from_the_stored_json(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        foreach (var plan in SeedPlans.Names.Select(SeedPlans.Import).Append(TestPlans.Rich()))
        {
            await using var db = database.NewContext();
            var id = (await db.AddProjectAsync(plan, "import")).Id;
            await db.AddVersionAsync(id, plan with { Project = plan.Project with { Name = plan.Project.Name + " 2" } }, "edit");
        }
        var before = await SnapshotAsync(database);
        await database.ExecuteAsync("DELETE FROM plan_risks; UPDATE plan_budget_lines SET amount = 1; DELETE FROM plan_regions; UPDATE projects SET search_text = NULL");

        ReindexCounts counts;
        await using (var db = database.NewContext())
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var tx = await connection.BeginTransactionAsync();
            counts = await QueryIndex.RebuildAsync(connection, tx, default);
            await tx.CommitAsync();
        }

        Assert.Equal(before, await SnapshotAsync(database));
        Assert.Equal(8, counts.Versions);
        Assert.Equal(0, counts.Unreadable);
        Assert.Equal(before.Count(r => r.StartsWith("plan_budget_lines", StringComparison.Ordinal)), counts.Rows["plan_budget_lines"]);
        Assert.Equal(8, counts.Rows["plan_funding"]);

        await database.ExecuteAsync("DELETE FROM projects WHERE id = 1");
        foreach (var table in QueryRowWriter.TableNames)
        {
            Assert.Equal(0, await database.CountAsync($"SELECT count(*) FROM {table} WHERE project_id = 1"));
        }
    }

    // A database that had versions before the query tables came: migration 0007's code step derives the
    // rows of every stored version, the same as saving them now would have.
    [Theory, BothProviders]
    public async Task Migration_0007_fills_the_tables_for_the_versions_stored_before_it(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        foreach (var plan in new[] { SeedPlans.Import(SeedPlans.Names[1]), TestPlans.Rich() })
        {
            await using var db = database.NewContext();
            var id = (await db.AddProjectAsync(plan, "import")).Id;
            await db.AddVersionAsync(id, plan with { Risks = [] }, "edit");
        }
        var saved = await SnapshotAsync(database);
        // Back to the schema of 0006: the tables, the projects' two columns and their indexes gone.
        await database.ExecuteAsync(string.Concat(QueryRowWriter.TableNames.Select(t => $"DROP TABLE {t}; ")) +
            "DROP INDEX ix_projects_programme_key; DROP INDEX ix_projects_programme; " +
            "ALTER TABLE projects DROP COLUMN programme_key; ALTER TABLE projects DROP COLUMN search_text; " +
            "DELETE FROM schema_migrations WHERE id = '0007_query_tables'");
        database.ForgetConnections();

        Assert.Equal(["0007_query_tables"], await Migrator.MigrateAsync(database.Settings));

        Assert.Equal(saved, await SnapshotAsync(database));
        Assert.Contains(saved, r => r.StartsWith("plan_risks", StringComparison.Ordinal));
        if (provider == DatabaseProvider.Postgres)
        {
            // The example of docs/query-tables.md runs as written and sums each programme's planned lines.
            var rows = await database.QueryAsync("""
                SELECT p.programme_key, b.year, sum(b.amount)
                FROM plan_budget_lines b JOIN projects p ON p.id = b.project_id
                WHERE b.kind = 'planned'
                  AND b.version_number = (SELECT max(number) FROM plan_versions v WHERE v.project_id = b.project_id)
                GROUP BY p.programme_key, b.year
                """);
            Assert.Equal(PlanFigures.Total(TestPlans.Rich().Budget), rows.Where(r => (string?)r[0] == "rrf").Sum(r => (decimal)r[2]!));
        }
    }

    // Every row of every query table and the projects' derived columns, as text in one order.
    private static async Task<List<string>> SnapshotAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var rows = new List<string>();
        rows.AddRange((await db.PlanRegions.ToListAsync()).Select(r => "plan_regions " + r));
        rows.AddRange((await db.PlanWorkParts.ToListAsync()).Select(r => "plan_work_parts " + r));
        rows.AddRange((await db.PlanBudgetLines.ToListAsync()).Select(r => "plan_budget_lines " + r));
        rows.AddRange((await db.PlanFunding.ToListAsync()).Select(r => "plan_funding " + r));
        rows.AddRange((await db.PlanIndicators.ToListAsync()).Select(r => "plan_indicators " + r));
        rows.AddRange((await db.PlanIndicatorTargets.ToListAsync()).Select(r => "plan_indicator_targets " + r));
        rows.AddRange((await db.PlanRisks.ToListAsync()).Select(r => "plan_risks " + r));
        rows.AddRange((await db.PlanOrganisations.ToListAsync()).Select(r => "plan_organisations " + r));
        rows.AddRange((await db.Projects.ToListAsync()).Select(p => $"projects {p.Id} {p.ProgrammeKey} {p.SearchText}"));
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
