using Hankevahti.Checks.Rules.Budgets;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;
using static Hankevahti.Tests.Checks.Budgets.BudgetTable;

namespace Hankevahti.Tests.Checks.Budgets;

public class TotalColumnMatchesColumnsRuleTests
{
    [Fact]
    public void A_consistent_table_gives_nothing()
    {
        var findings = CheckRun.Rule<TotalColumnMatchesColumnsRule>(Plan());

        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    [Theory]
    // Each kind of row of the total column: the total, a group row (001 Liite 3's personnel) and a category row.
    [InlineData(StatedFigureKind.Total, null, 400_000, "120 000 € + ennuste 2021 270 000 € = 390 000 €")]
    [InlineData(StatedFigureKind.Subtotal, null, 325_000, "100 000 € + ennuste 2021 200 000 € = 300 000 €")]
    [InlineData(StatedFigureKind.CategoryTotal, CostCategory.Rents, 95_000, "20 000 € + ennuste 2021 70 000 € = 90 000 €")]
    public void A_total_column_cell_that_is_not_actual_plus_forecast_is_an_error(StatedFigureKind kind, CostCategory? category, decimal stated, string terms)
    {
        var scope = kind switch
        {
            StatedFigureKind.Subtotal => Total with { Table = $"{Table}: {Group}" },
            StatedFigureKind.CategoryTotal => Total with { Category = category },
            _ => Total,
        };
        var plan = With(Plan(), kind, scope, stated);

        var finding = Assert.Single(CheckRun.Rule<TotalColumnMatchesColumnsRule>(plan));

        Assert.Contains("toteuma 2020 " + terms, finding.Message.Fi);
        Assert.Contains("2020-2021 yhteensä", finding.Message.Fi);
        Assert.Contains("2020-2021 total", finding.Message.En);
    }

    [Fact]
    public void A_blank_cell_counts_as_nothing()
    {
        // Real tables leave actual empty for categories not yet used (Matkustus in 001); the total is the forecast alone.
        var plan = Plan();
        plan.Budget.Lines.RemoveAll(l => l.Category == CostCategory.Rents && l.Kind == FigureKind.Actual);
        With(plan, StatedFigureKind.CategoryTotal, Total with { Category = CostCategory.Rents }, 70_000);
        With(plan, StatedFigureKind.Total, Total, 370_000);
        With(plan, StatedFigureKind.Total, Actual, 100_000);

        var findings = CheckRun.Rule<TotalColumnMatchesColumnsRule>(plan);

        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    [Fact]
    public void A_group_row_standing_as_a_line_is_not_taken_for_its_first_category()
    {
        // The importer makes a group row a line of its first category where its breakdown is blank (here the
        // actual column); the hired personnel row of the total column is still actual-blank + forecast.
        var plan = Plan();
        plan.Budget.Lines.RemoveAll(l => l.Kind == FigureKind.Actual && l.Category is CostCategory.PersonnelHired or CostCategory.PersonnelTransferred);
        plan.Budget.Lines.Add(new BudgetLine { PartCode = "1", Category = CostCategory.PersonnelHired, Label = Group, Kind = FigureKind.Actual, Year = 2020, Amount = 100_000, Source = new SourceRef { Table = 4, Row = 1, Cell = 3 } });
        plan.Budget.StatedFigures.RemoveAll(f => f.Kind == StatedFigureKind.Subtotal && f.Scope == Actual with { Table = $"{Table}: {Group}" });
        With(plan, StatedFigureKind.CategoryTotal, Total with { Category = CostCategory.PersonnelHired }, 140_000);
        With(plan, StatedFigureKind.CategoryTotal, Total with { Category = CostCategory.PersonnelTransferred }, 60_000);
        With(plan, StatedFigureKind.Subtotal, Total with { Table = $"{Table}: {Group}" }, 300_000);

        var findings = CheckRun.Rule<TotalColumnMatchesColumnsRule>(plan);

        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    [Theory]
    // Without actual or forecast columns the total column adds up the planned years.
    [InlineData(250_000, 0)]
    [InlineData(260_000, 1)]
    public void Planned_years_are_summed_when_there_is_no_actual_or_forecast(decimal stated, int expected)
    {
        var plan = new Plan();
        plan.Budget.Lines.Add(new BudgetLine { Category = CostCategory.Rents, Year = 2026, Amount = 100_000 });
        plan.Budget.Lines.Add(new BudgetLine { Category = CostCategory.Rents, Year = 2027, Amount = 150_000 });
        plan.Budget.StatedFigures.Add(new StatedFigure { Kind = StatedFigureKind.Total, Scope = new FigureScope { Period = "yhteensä" }, Value = stated });

        Assert.Equal(expected, CheckRun.Rule<TotalColumnMatchesColumnsRule>(plan).Count);
    }

    [Fact]
    public void A_table_without_a_total_column_gives_nothing()
    {
        var plan = Plan();
        plan.Budget.StatedFigures.RemoveAll(f => f.Scope.Period?.EndsWith("yhteensä", StringComparison.Ordinal) == true);
        WithLine(plan, CostCategory.Rents, FigureKind.Actual, 1);

        Assert.Empty(CheckRun.Rule<TotalColumnMatchesColumnsRule>(plan));
    }
}
