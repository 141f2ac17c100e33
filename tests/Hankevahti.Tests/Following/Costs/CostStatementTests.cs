using Hankevahti.Following;
using Hankevahti.Following.Costs;
using Hankevahti.Import;
using Hankevahti.Plans;
using Hankevahti.Tests.Support;
using static Hankevahti.Tests.Following.Costs.CostsTestPlans;

namespace Hankevahti.Tests.Following.Costs;

/// <summary>Costs against the plan: budget, actual, % spent, forecast, projection and variances, and totals that add up.</summary>
public class CostStatementTests
{
    private static readonly DateOnly Midway = new(2026, 12, 31); // 365 of 730 days: half the time has passed

    [Fact]
    public void A_row_shows_budget_actual_share_forecast_projection_and_variances()
    {
        var followUp = With(
            costs: [Cost(Lead, "1", CostCategory.PersonnelHired, 2026, 3, 20_000m), Cost(Partner, "1", CostCategory.PersonnelHired, 2026, 11, 10_000m)],
            forecasts: [new CostForecast("1", CostCategory.PersonnelHired, 95_000m, null)]);

        var row = CostStatement.For(TwoParts(), followUp, Midway).Rows.Single(r => r.Key == new CostKey("1", CostCategory.PersonnelHired));

        Assert.Equal((100_000m, 30_000m, 0.3m), (row.Budget, row.Actual, row.SpentShare));
        Assert.Equal((95_000m, 5_000m, 70_000m), (row.Forecast, row.ForecastVariance, row.ActualVariance));
        // 30 000 spent in half the time: 60 000 at this pace.
        Assert.Equal(60_000m, row.Projection);
    }

    public static TheoryData<string, string, decimal?> Shares() => new()
    {
        // Not started yet: nothing to project from.
        { "before the start", "2025-12-31", null },
        // The first day counts as passed.
        { "first day", "2026-01-01", 1m / 730m },
        { "half way", "2026-12-31", 0.5m },
        // After the end the actual is the projection.
        { "after the end", "2028-03-01", 1m },
    };

    [Theory, MemberData(nameof(Shares))]
    public void The_elapsed_share_counts_days_from_the_start(string why, string asOf, decimal? expected)
    {
        var share = StraightLine.ElapsedShare(TwoParts().Project.Period, DateOnly.Parse(asOf));

        Assert.True(expected == share, $"{why}: {share}");
    }

    [Fact]
    public void A_project_without_dates_gets_no_projection()
    {
        var plan = TwoParts() with { Project = new Project { Name = "T" } };

        var statement = CostStatement.For(plan, With(costs: [Cost(Lead, "1", CostCategory.PersonnelHired, 2026, 3, 1m)]), Midway);

        Assert.Null(statement.ElapsedShare);
        Assert.All(statement.Rows, r => Assert.Null(r.Projection));
    }

    [Fact]
    public void Costs_of_months_after_the_day_are_not_actual_yet()
    {
        var followUp = With(costs: [Cost(Lead, "2", CostCategory.ServicesOther, 2026, 12, 100m), Cost(Lead, "2", CostCategory.ServicesOther, 2027, 1, 50m)]);

        Assert.Equal(100m, CostStatement.For(TwoParts(), followUp, new DateOnly(2026, 12, 1)).Total.Actual);
        Assert.Equal(150m, CostStatement.For(TwoParts(), followUp, new DateOnly(2027, 1, 1)).Total.Actual);
    }

    [Fact]
    public void Costs_outside_the_plans_cells_get_rows_of_their_own_and_the_whole_project_comes_last()
    {
        var followUp = With(costs: [Cost(Lead, null, CostCategory.Rents, 2026, 5, 700m), Cost(Lead, "9", CostCategory.Materials, 2026, 5, 300m)]);

        var rows = CostStatement.For(TwoParts(), followUp, Midway).Rows;

        Assert.Equal(["1", "1", "2", "2", "9", null], rows.Select(r => r.PartCode));
        Assert.Equal((0m, 700m, (decimal?)null), (rows[^1].Budget, rows[^1].Actual, rows[^1].SpentShare));
    }

    [Fact]
    public void Filtered_by_organisation_the_budget_and_actual_are_its_own()
    {
        var followUp = With(
            costs: [Cost(Lead, "1", CostCategory.PersonnelHired, 2026, 3, 20_000m), Cost(Partner, "1", CostCategory.PersonnelHired, 2026, 3, 10_000m)],
            forecasts: [new CostForecast("1", CostCategory.PersonnelHired, 95_000m, null)]);

        var statement = CostStatement.For(TwoParts(), followUp, Midway, Partner);

        var row = Assert.Single(statement.Rows);
        Assert.Equal((40_000m, 10_000m, (decimal?)null), (row.Budget, row.Actual, row.Forecast));
    }

    public static TheoryData<string> AllSeeds() => new(Seeds.All);

    /// <summary>
    /// The real plans with costs made up at test time from their own parts, categories and organisations: every
    /// total is the sum of its rows, and the budget total is the plan's planned lines.
    /// </summary>
    [Theory, MemberData(nameof(AllSeeds))]
    public void With_a_real_plan_the_totals_are_the_sums_of_the_rows(string seed)
    {
        var plan = PlanImporter.ImportFile(Seeds.Path(seed)).Plan!;
        var planned = plan.Budget.Lines.Where(l => l.Kind == FigureKind.Planned).ToList();
        // A plan whose budget did not come through the import (one seed's) still gets costs, on its parts.
        var cells = planned.Select(l => (l.PartCode, l.Category)).Distinct().ToList();
        if (cells.Count == 0)
        {
            cells = [.. Hankevahti.Figures.PlanFigures.Parts(plan).Select(p => ((string?)p.Code, CostCategory.PersonnelHired)).Append((null, CostCategory.Other))];
        }
        var start = plan.Project.Period?.Start ?? new DateOnly(2026, 1, 1);
        var random = new Random(seed.Length);
        var organisations = plan.Organisations.Select(o => o.Name).DefaultIfEmpty("Org").ToList();
        var costs = cells.SelectMany((l, i) => Enumerable.Range(0, 6).Select(m => Cost(organisations[(i + m) % organisations.Count], l.PartCode,
            l.Category, start.AddMonths(m).Year, start.AddMonths(m).Month, Math.Round((decimal)random.NextDouble() * 5_000m, 2)))).ToList();
        var forecasts = cells.Where((_, i) => i % 2 == 0)
            .Select(c => new CostForecast(c.PartCode, c.Category, planned.Where(l => (l.PartCode, l.Category) == c).Sum(l => l.Amount) * 0.9m + 1m, null)).ToList();
        var first = cells[0];
        var transfers = new[] { Transfer(first.PartCode, first.PartCode, first.Category, CostCategory.Other, 1_000m) };

        var statement = CostStatement.For(plan, With(costs, forecasts, transfers), start.AddMonths(12));

        Assert.Equal(planned.Sum(l => l.Amount), statement.Total.Budget);
        Assert.Equal(costs.Sum(c => c.Amount), statement.Total.Actual);
        Assert.Equal(forecasts.Sum(f => f.Amount), statement.Total.Forecast);
        Assert.Equal(statement.Rows.Sum(r => r.Projection ?? 0m), statement.Total.Projection ?? 0m);
        Assert.Equal(statement.Total.Budget - statement.Total.Actual, statement.Total.ActualVariance);
        foreach (var totals in new[] { statement.PartTotals, statement.CategoryTotals })
        {
            Assert.Equal(statement.Total.Budget, totals.Sum(t => t.Budget));
            Assert.Equal(statement.Total.Actual, totals.Sum(t => t.Actual));
            Assert.Equal(statement.Total.Forecast, totals.Sum(t => t.Forecast ?? 0m));
            Assert.Equal(statement.Total.ForecastVariance, totals.Sum(t => t.ForecastVariance ?? 0m));
            Assert.Equal(statement.Rows.Count(r => r.Forecast is null), totals.Sum(t => t.RowsWithoutForecast));
        }
        foreach (var part in statement.PartTotals)
        {
            Assert.Equal(statement.Rows.Where(r => r.PartCode == part.PartCode).Sum(r => r.Budget), part.Budget);
        }
        // The organisations' own statements add up to the project's actual.
        Assert.Equal(statement.Total.Actual, organisations.Distinct().Sum(o => CostStatement.For(plan, With(costs), start.AddMonths(12), o).Total.Actual));
    }
}
