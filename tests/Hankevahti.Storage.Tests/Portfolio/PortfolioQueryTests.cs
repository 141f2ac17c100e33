using System.Data.Common;
using System.Globalization;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Storage.Portfolio;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Tests.Portfolio;

/// <summary>
/// The portfolio's figures on both databases: every group's figure is the sum of the rows its drill-down lists, the
/// money equals what hand-written SQL sums from the same tables, a programme is one group whatever its spelling, and
/// a scope leaves out what the user may not see.
/// </summary>
public class PortfolioQueryTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    // Three projects: two name the RRF programme by different spellings (its key and an alias), one a programme no
    // profile knows. Two organisations, two years, an action past its end, a high risk, costs in the ledger and the grid.
    private static Plan PlanOf(string name, string programmeKey, string programmeName, string region, decimal amount, decimal riskLikelihood) => new()
    {
        Project = new Project
        {
            Name = name,
            Programme = new Programme { Key = programmeKey, Name = programmeName },
            Regions = [region],
            Period = new DateRange { Start = new(2025, 1, 1), End = new(2026, 12, 31) },
        },
        Organisations = [new Organisation { Name = "Kunta" }, new Organisation { Name = "Kaupunki" }],
        Work =
        [
            new WorkPart
            {
                Code = "1",
                Actions =
                [
                    new WorkAction { Code = "1.1", Title = "Myöhässä", Schedule = new Schedule { Periods = [new SchedulePeriod { Start = new(2025, 1, 1), End = new(2025, 6, 30) }] } },
                    new WorkAction { Code = "1.2", Title = "Tulossa", Schedule = new Schedule { Periods = [new SchedulePeriod { Start = new(2026, 1, 1), End = new(2026, 12, 31) }] } },
                ],
            },
        ],
        Budget = new Budget
        {
            Funding = new Funding { OwnFundingShare = 0.2m, GrantShare = 0.8m },
            Lines =
            [
                new BudgetLine { PartCode = "1", Category = CostCategory.PersonnelHired, Amount = amount, Organisation = "Kunta", Year = 2025 },
                new BudgetLine { PartCode = "1", Category = CostCategory.PersonnelHired, Amount = amount / 2, Organisation = "Kaupunki", Year = 2026 },
            ],
        },
        Risks =
        [
            new Risk { Title = "Iso", Likelihood = new RiskRating { Min = riskLikelihood }, Impact = new RiskRating { Min = 5 } },
            new Risk { Title = "Pieni", Likelihood = new RiskRating { Min = 1 }, Impact = new RiskRating { Min = 1 } },
        ],
    };

    private static async Task<int[]> SeedAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var a = (await db.AddProjectAsync(PlanOf("Alfa", "rrf", "RRF", "Pirkanmaa", 100_000.20m, 4), "test", null, null)).Id;
        var b = (await db.AddProjectAsync(PlanOf("Beta", "kestavan-kasvun-ohjelma", "Suomen kestävän kasvun ohjelma", "pirkanmaa", 50_000m, 3), "test", null, null)).Id;
        var c = (await db.AddProjectAsync(PlanOf("Gamma", "oma-ohjelma", "Oma ohjelma", "Lappi", 10_000.02m, 3), "test", null, null)).Id;
        var line = 0;
        foreach (var (project, organisation, day, amount) in new[]
        {
            (a, "Kunta", new DateOnly(2025, 3, 4), 1234.56m), (a, "Kaupunki", new DateOnly(2026, 2, 1), 0.01m),
            (b, "Kunta", new DateOnly(2025, 12, 31), 999.99m), (c, "Kunta", new DateOnly(2026, 1, 1), 10m),
        })
        {
            db.ActualCosts.Add(new ActualCostRow
            {
                ProjectId = project, Organisation = organisation, Voucher = "V" + ++line, Line = 1, BookedOn = day, Account = "4000",
                Category = "personnelHired", Amount = amount,
            });
        }
        await db.SaveChangesAsync();
        await CostEntries.SaveMonthAsync(db, b, "Kaupunki", new DateOnly(2026, 5, 1), [new("1", CostCategory.PersonnelHired, 300.03m)]);
        return [a, b, c];
    }

    private static async Task<decimal> SqlSumAsync(HankevahtiDb db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? 0m : Math.Round(Convert.ToDecimal(value, CultureInfo.InvariantCulture), 2);
    }

    // Budget of the newest version of each project; amounts are TEXT on SQLite, so both sum a cast to a number.
    private const string BudgetSql = """
        SELECT SUM(CAST(l.amount AS NUMERIC)) FROM plan_budget_lines l
        WHERE l.kind = 'planned' AND l.version_number = (SELECT MAX(v.number) FROM plan_versions v WHERE v.project_id = l.project_id)
        """;
    private const string ActualSql = """
        SELECT (SELECT COALESCE(SUM(CAST(amount AS NUMERIC)), 0) FROM actual_costs) + (SELECT COALESCE(SUM(CAST(amount AS NUMERIC)), 0) FROM cost_entries)
        """;

    [Theory, BothProviders]
    public async Task Every_groups_figure_is_the_sum_of_its_drill_down_and_the_money_equals_hand_written_sql(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await SeedAsync(database);
        await using var db = database.NewContext();
        var budgetSql = await SqlSumAsync(db, BudgetSql);
        var actualSql = await SqlSumAsync(db, ActualSql);

        foreach (var dimension in Enum.GetValues<PortfolioDimension>())
        {
            var result = await PortfolioQuery.RunAsync(db, db.Projects, dimension, PortfolioFilter.None, Today);
            foreach (var group in result.Groups)
            {
                foreach (var figure in Enum.GetValues<PortfolioFigure>())
                {
                    Assert.Equal(group.Figures.Value(figure), result.RowsOf(group.Group, figure).Sum(r => r.Figures.Value(figure)));
                }
            }
            // Money is split, not copied, by organisation and year: their groups add up to the whole too.
            if (dimension is PortfolioDimension.Programme or PortfolioDimension.Organisation or PortfolioDimension.Year or PortfolioDimension.None)
            {
                Assert.Equal(budgetSql, result.Groups.Sum(g => g.Figures.Budget));
                Assert.Equal(actualSql, result.Groups.Sum(g => g.Figures.Actual));
            }
        }
        var total = (await PortfolioQuery.RunAsync(db, db.Projects, PortfolioDimension.None, PortfolioFilter.None, Today)).Total;
        Assert.Equal(budgetSql, total.Budget);
        Assert.Equal(actualSql, total.Actual);
        Assert.Equal(3, total.Projects);
        // Each project has one action past its end (1.1) and one high risk (likelihood ≥ 3 × impact 5).
        Assert.Equal(3, total.LateActions);
        Assert.Equal(3, total.HighRisks);
        // Grant is 80 % of the budget in every project.
        Assert.Equal(Math.Round(budgetSql * 0.8m, 2), total.Grant);
    }

    [Theory, BothProviders]
    public async Task A_programme_is_one_group_whatever_its_spelling_and_a_year_filter_counts_that_years_money(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var ids = await SeedAsync(database);
        await using var db = database.NewContext();

        var byProgramme = await PortfolioQuery.RunAsync(db, db.Projects, PortfolioDimension.Programme, PortfolioFilter.None, Today);
        Assert.Equal(["name:oma ohjelma", "rrf"], byProgramme.Groups.Select(g => g.Group).Order(StringComparer.Ordinal));
        Assert.Equal(2, byProgramme.Groups.Single(g => g.Group == "rrf").Figures.Projects);
        Assert.Equal([ids[0], ids[1]], byProgramme.RowsOf("rrf", PortfolioFigure.Projects).Select(r => r.Project.Id).Order());

        // Regions are one group whatever their case ("Pirkanmaa", "pirkanmaa") when filtered by.
        var pirkanmaa = await PortfolioQuery.RunAsync(db, db.Projects, PortfolioDimension.None, new PortfolioFilter(Region: "PIRKANMAA"), Today);
        Assert.Equal(2, pirkanmaa.Total.Projects);

        var year2025 = await PortfolioQuery.RunAsync(db, db.Projects, PortfolioDimension.Programme, new PortfolioFilter(Year: 2025), Today);
        Assert.Equal(100_000.20m + 50_000m + 10_000.02m, year2025.Total.Budget);
        Assert.Equal(1234.56m + 999.99m, year2025.Total.Actual);
    }

    [Theory, BothProviders]
    public async Task A_scope_leaves_out_the_projects_of_other_programmes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var ids = await SeedAsync(database);
        await using var db = database.NewContext();
        // As a funder official of rrf sees them (ProjectScope in the web applies the same keys).
        var keys = Hankevahti.Storage.People.FunderProgrammes.StoredKeysFor(["rrf"]).ToList();
        var scope = db.Projects.Where(p => p.ProgrammeKey != null && keys.Contains(p.ProgrammeKey));

        var result = await PortfolioQuery.RunAsync(db, scope, PortfolioDimension.Region, PortfolioFilter.None, Today);

        Assert.DoesNotContain(result.Rows, r => r.Project.Id == ids[2]);
        Assert.DoesNotContain(result.Groups, g => g.Group == "Lappi");
        Assert.Equal(2, result.Total.Projects);
        Assert.Equal(150_000.30m + 75_000.00m, result.Total.Budget);
    }

    [Theory, BothProviders]
    public async Task A_reassessment_decides_whether_a_risk_is_high_and_a_submitted_report_is_pending(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var ids = await SeedAsync(database);
        await using var db = database.NewContext();
        var plan = (await db.LatestPlanAsync(ids[0]))!.Plan!;
        // The plan's high risk reassessed low, the low one high: still one high, but the other one.
        db.RiskAssessments.Add(new RiskAssessmentRow { ProjectId = ids[0], RiskId = plan.Risks[0].Id, PeriodCode = "2026", Likelihood = 1, Impact = 2, UpdatedAt = DateTimeOffset.UtcNow });
        db.RiskAssessments.Add(new RiskAssessmentRow { ProjectId = ids[0], RiskId = plan.Risks[1].Id, PeriodCode = "2026", Likelihood = 4, Impact = 4, UpdatedAt = DateTimeOffset.UtcNow });
        db.RiskAssessments.Add(new RiskAssessmentRow { ProjectId = ids[1], RiskId = "r-unknown", PeriodCode = "2026", Likelihood = 5, Impact = 5, UpdatedAt = DateTimeOffset.UtcNow });
        db.PeriodReports.Add(new PeriodReportRow { ProjectId = ids[1], Kind = "status", PeriodCode = "2025", Status = "submitted", UpdatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();

        var result = await PortfolioQuery.RunAsync(db, db.Projects, PortfolioDimension.None, PortfolioFilter.None, Today);

        Assert.Equal(1, result.Rows.Single(r => r.Project.Id == ids[0]).Figures.HighRisks);
        // An assessment of a risk the plan no longer has counts nothing.
        Assert.Equal(1, result.Rows.Single(r => r.Project.Id == ids[1]).Figures.HighRisks);
        Assert.Equal(1, result.Total.ReportsPending);
        Assert.Equal([ids[1]], result.RowsOf(null, PortfolioFigure.ReportsPending).Select(r => r.Project.Id));
    }
}
