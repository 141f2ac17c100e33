using Hankevahti.Demo.Portfolio;
using Hankevahti.Checks.Profiles;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Demo;
using Hankevahti.Storage.Following;
using Hankevahti.Storage.Portfolio;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Tests.Portfolio;

/// <summary>
/// The per-project change counters (migration 0015_project_changes) and the portfolio's kept figures built on them:
/// after each kind of write, exactly the written project's counter moves (none for a write the portfolio does not
/// read), and the figures the portfolio keeps between requests, read again for the changed projects only, equal the
/// figures read afresh from the whole database, on both databases. A metamorphic test: two ways to the same facts.
/// </summary>
public class ProjectChangesTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static Plan PlanOf(string name) => new()
    {
        Project = new Project { Name = name, Period = new DateRange { Start = new(2025, 1, 1), End = new(2026, 12, 31) } },
        Organisations = [new Organisation { Name = "Kunta" }],
    };

    /// <summary>A write to one project (the test's project 2 unless it returns another id); null: it writes no project the portfolio reads.</summary>
    private delegate Task<int?> Write(HankevahtiDb db, int project);

    // Each: why it exists and the write. Every table the portfolio reads is written at least once.
    private static readonly (string Why, Write Write)[] Writes =
    [
        ("an approved value corrected moves the project's indicators", async (db, _) =>
        {
            var value = await db.IndicatorValues.OrderBy(v => v.Id).FirstAsync(v => v.NumberValue != null);
            value.NumberValue += 1000m;
            value.Status = "approved";
            await db.SaveChangesAsync();
            return value.ProjectId;
        }),
        ("a ledger row added moves the spend", async (db, p) =>
        {
            db.ActualCosts.Add(new ActualCostRow { ProjectId = p, Organisation = "Kunta", Voucher = "ZZ1", Line = 1, BookedOn = new(2026, 3, 1), Account = "4000", Category = "personnelHired", Amount = 12_345.67m });
            await db.SaveChangesAsync();
            return p;
        }),
        ("a ledger row removed (a correction) moves it back", async (db, p) =>
        {
            db.ActualCosts.Remove(await db.ActualCosts.OrderByDescending(c => c.Id).FirstAsync(c => c.ProjectId == p));
            await db.SaveChangesAsync();
            return p;
        }),
        ("a risk reassessed high moves the high risks", async (db, _) =>
        {
            // A risk of a plan (the query table names them), reassessed at the top of both scales.
            var risk = await db.PlanRisks.OrderBy(r => r.ProjectId).ThenBy(r => r.Ordinal).FirstAsync();
            db.RiskAssessments.Add(new RiskAssessmentRow { ProjectId = risk.ProjectId, RiskId = risk.ItemId, PeriodCode = "2026-H2", Likelihood = 5, Impact = 5, UpdatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            return risk.ProjectId;
        }),
        // Of whichever project the generator gave a report.
        ("a report submitted moves the pending reports", async (db, _) =>
        {
            var report = await db.PeriodReports.OrderBy(r => r.Id).FirstAsync(r => r.Status != "submitted");
            report.Status = "submitted";
            await db.SaveChangesAsync();
            return report.ProjectId;
        }),
        ("the project renamed: its row in projects", async (db, p) =>
        {
            (await db.Projects.SingleAsync(x => x.Id == p)).Name = "Uusi nimi";
            await db.SaveChangesAsync();
            return p;
        }),
        ("a new project, with its plan version and query rows", async (db, _) => (await db.AddProjectAsync(PlanOf("Uusi hanke"), "test", null, null)).Id),
        ("a reminder recorded as sent: a write the portfolio does not read keeps its figures", async (db, p) =>
        {
            db.RemindersSent.Add(new ReminderSentRow { ProjectId = p, Kind = "value_due", Subject = "x", Recipient = "a@b.invalid", SentAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            return null;
        }),
        // The deadlines name no project but move every due date of their programme: everything is read again, and a
        // kept count of overdue reports computed with the old deadlines would be wrong (the case asserts the count moves).
        ("the funder's reporting deadlines set: project 0, everything", async (db, _) =>
        {
            var before = (await PortfolioQuery.RunAsync(db, db.Projects, PortfolioDimension.Programme, PortfolioFilter.None, Today)).Total.ReportsOverdue;
            foreach (var programme in new[] { "rakenneuudistus", "rrf", "tulevaisuuden-sote-keskus", "hyvan-tyon-ohjelma" })
            {
                Assert.Equal(ReportingTermsOutcome.Saved, (await ReportingTerms.SaveAsync(db, programme,
                    Enumerable.Range(1, ProfileCatalog.Programme(programme)!.ReportingPeriods.Count).Select(n => new ReportingTermInput(n, null, "1")).ToList())).Outcome);
            }
            var after = (await PortfolioQuery.RunAsync(db, db.Projects, PortfolioDimension.Programme, PortfolioFilter.None, Today)).Total.ReportsOverdue;
            Assert.True(after > before, $"the deadlines should make reports overdue: {before} before, {after} after");
            return 0;
        }),
        ("a project deleted: its rows go by cascade, and the project from the portfolio", async (db, p) =>
        {
            db.Projects.Remove(await db.Projects.SingleAsync(x => x.Id == p));
            await db.SaveChangesAsync();
            return p;
        }),
    ];

    [Theory, BothProviders]
    public async Task After_each_kind_of_write_only_its_project_is_counted_and_the_kept_figures_equal_a_fresh_read(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var db = database.NewContext())
        {
            await PortfolioWriter.WriteAsync(db, PortfolioGenerator.Generate(new PortfolioSpec(6, 5, Today)), 6);
        }
        using var changes = new DatabaseChanges(database.Settings);
        // The first read of the day reads everything; it is compared too.
        await AssertKeptEqualsFreshAsync(database, changes, "the first read");
        foreach (var (why, write) in Writes)
        {
            var before = await CountersAsync(database);
            int? written;
            await using (var db = database.NewContext())
            {
                written = await write(db, 2);
            }
            var after = await CountersAsync(database);
            var moved = after.Where(c => before.GetValueOrDefault(c.Key) != c.Value).Select(c => c.Key).ToList();
            Assert.True((written is { } w ? new[] { w } : []).SequenceEqual(moved), $"{why}: counters moved for [{string.Join(", ", moved)}]");
            await AssertKeptEqualsFreshAsync(database, changes, why);
        }
    }

    [Theory, BothProviders]
    public async Task A_ledger_import_of_many_rows_moves_each_of_its_projects_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.NewContext();
        var a = (await db.AddProjectAsync(PlanOf("Alfa"), "test", null, null)).Id;
        var b = (await db.AddProjectAsync(PlanOf("Beta"), "test", null, null)).Id;
        var before = await CountersAsync(database);
        // One statement of fifty rows, as a bulk import writes: on PostgreSQL its statement trigger counts each project once.
        var rows = Enumerable.Range(1, 50).Select(i => $"({(i % 2 == 0 ? a : b)}, 'Kunta', 'V{i}', 1, '2026-01-01', '4000', 'personnelHired', '{i}.00')");
        await database.ExecuteAsync("INSERT INTO actual_costs (project_id, organisation, voucher, line, booked_on, account, category, amount) VALUES " + string.Join(", ", rows));
        var after = await CountersAsync(database);
        Assert.True(after[a] > before[a] && after[b] > before[b]);
        if (provider == DatabaseProvider.Postgres)
        {
            Assert.Equal(before[a] + 1, after[a]);
        }
    }

    private static async Task<Dictionary<int, long>> CountersAsync(TestDatabase database) =>
        (await database.QueryAsync("SELECT project_id, counter FROM project_changes"))
            .ToDictionary(r => Convert.ToInt32(r[0], System.Globalization.CultureInfo.InvariantCulture), r => Convert.ToInt64(r[1], System.Globalization.CultureInfo.InvariantCulture));

    // The kept snapshot (the way the pages read) and a read of everything afresh give the same rows, in every view.
    private static async Task AssertKeptEqualsFreshAsync(TestDatabase database, DatabaseChanges changes, string why)
    {
        var stamp = new PortfolioStamp(database.Settings, (await changes.StampAsync())!);
        await using var db = database.NewContext();
        foreach (var dimension in Enum.GetValues<PortfolioDimension>())
        {
            var kept = await PortfolioQuery.RunAsync(db, db.Projects, dimension, PortfolioFilter.None, Today, default, stamp);
            var fresh = await PortfolioQuery.RunAsync(db, db.Projects, dimension, PortfolioFilter.None, Today);
            Assert.True(Rows(fresh).SequenceEqual(Rows(kept)), $"{why}: the kept {dimension} view differs from a fresh read");
            Assert.Equal(fresh.Total, kept.Total);
        }
    }

    private static IEnumerable<string> Rows(PortfolioResult result) => result.Rows.Select(r =>
        $"{r.Project.Id}|{r.Project.Name}|{r.Project.Programme.Key}|{string.Join(",", r.Project.Regions)}|{r.Project.Start}|{r.Project.End}|{r.Group}|{r.Figures}");
}
