using Hankevahti.Checks;
using Hankevahti.Checks.Rules.Budgets;
using Hankevahti.Plans;

namespace Hankevahti.Tests.Checks.Budgets;

/// <summary>
/// A row labelled only "Palvelujen ostot" above "Matkakulut" is read as a group with its breakdown below. When
/// the table's totals show it is a category of its own (total = lines + that row), the budget rules must not
/// call its "breakdown" wrong; when the totals show it is a group, a wrong sum is still an error.
/// </summary>
public class BareGroupRowTests
{
    private static readonly Rule[] Rules = [new SubtotalMatchesRowsRule(), new TotalMatchesCategoriesRule(), new TotalColumnMatchesColumnsRule()];

    /// <summary>Personnel 180 000 / 190 000, services 40 000 / 30 000 (the bare row), travel 5 000 / 5 000; a total per year and in all.</summary>
    private static Plan Table(decimal total2026, decimal total2027, decimal totalAll, decimal servicesAll = 70_000)
    {
        var plan = new Plan();
        var b = plan.Budget;
        foreach (var (year, personnel, services, travel, total) in new[] { (2026, 180_000m, 40_000m, 5_000m, total2026), (2027, 190_000m, 30_000m, 5_000m, total2027) })
        {
            var cell = year - 2024;
            b.Lines.Add(new BudgetLine { Category = CostCategory.PersonnelHired, Year = year, Amount = personnel, Source = Src(2, cell) });
            b.Lines.Add(new BudgetLine { Category = CostCategory.ServicesTravel, Year = year, Amount = travel, Source = Src(4, cell) });
            b.StatedFigures.Add(new StatedFigure { Kind = StatedFigureKind.Subtotal, Scope = new FigureScope { Year = year, Kind = FigureKind.Planned, Table = "5: Palvelujen ostot" }, Value = services, Source = Src(3, cell) });
            b.StatedFigures.Add(new StatedFigure { Kind = StatedFigureKind.Total, Scope = new FigureScope { Year = year, Kind = FigureKind.Planned, Table = "5" }, Value = total, Source = Src(5, cell) });
        }
        var all = new FigureScope { Period = "yhteensä", Table = "5" };
        b.StatedFigures.Add(new StatedFigure { Kind = StatedFigureKind.CategoryTotal, Scope = all with { Category = CostCategory.PersonnelHired }, Value = 370_000, Source = Src(2, 4) });
        b.StatedFigures.Add(new StatedFigure { Kind = StatedFigureKind.Subtotal, Scope = all with { Table = "5: Palvelujen ostot" }, Value = servicesAll, Source = Src(3, 4) });
        b.StatedFigures.Add(new StatedFigure { Kind = StatedFigureKind.CategoryTotal, Scope = all with { Category = CostCategory.ServicesTravel }, Value = 10_000, Source = Src(4, 4) });
        b.StatedFigures.Add(new StatedFigure { Kind = StatedFigureKind.Total, Scope = all, Value = totalAll, Source = Src(5, 4) });
        return plan;
    }

    private static SourceRef Src(int row, int cell) => new() { Line = 50 + row, Table = 2, Row = row, Cell = cell };

    [Fact]
    public void A_bare_row_that_the_totals_count_as_a_category_gives_nothing()
    {
        // The real fixture's table: 180 000 + 40 000 + 5 000 = 225 000 per year, as stated.
        var report = PlanChecker.Check(Table(225_000, 225_000, 450_000), rules: Rules);

        Assert.True(report.Findings.Count == 0, string.Join("\n", report.Findings.Select(f => f.Message.En)));
    }

    [Fact]
    public void A_bare_row_that_is_a_category_is_still_checked_across_columns()
    {
        // 40 000 + 30 000 is not 75 000: the total column of the row itself is wrong.
        var report = PlanChecker.Check(Table(225_000, 225_000, 450_000, servicesAll: 75_000), rules: Rules);

        Assert.Contains(report.Findings, f => f.Code == "HV-BUDGET-003" && f.Message.Fi.Contains("75 000", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bare_row_that_the_totals_count_as_a_group_is_compared_with_its_rows()
    {
        // The totals are the lines alone (185 000, 195 000): the row heads its breakdown, and 40 000 is not 5 000.
        var report = PlanChecker.Check(Table(185_000, 195_000, 380_000), rules: Rules);

        Assert.Contains(report.Findings, f => f.Code == "HV-BUDGET-001" && f.Message.Fi.Contains("40 000", StringComparison.Ordinal));
    }
}
