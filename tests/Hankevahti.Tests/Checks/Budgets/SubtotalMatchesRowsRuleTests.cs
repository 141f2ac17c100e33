using Hankevahti.Checks.Rules.Budgets;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;
using static Hankevahti.Tests.Checks.Budgets.BudgetTable;

namespace Hankevahti.Tests.Checks.Budgets;

public class SubtotalMatchesRowsRuleTests
{
    [Fact]
    public void A_consistent_table_gives_nothing()
    {
        var findings = CheckRun.Rule<SubtotalMatchesRowsRule>(Plan());

        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    [Theory]
    // The group row of a lines column is off: the real plans' typo case (Liite 3's services forecast).
    [InlineData("forecast", 210_000, "210 000")]
    [InlineData("actual", 90_000, "90 000")]
    // In the total column the group row is compared with the category figures of that column.
    [InlineData("total", 310_000, "310 000")]
    public void A_group_row_that_is_not_the_sum_of_its_rows_is_an_error(string column, decimal stated, string statedText)
    {
        var scope = column switch { "forecast" => Forecast, "actual" => Actual, _ => Total } with { Table = $"{Table}: {Group}" };
        var plan = With(Plan(), StatedFigureKind.Subtotal, scope, stated);

        var finding = Assert.Single(CheckRun.Rule<SubtotalMatchesRowsRule>(plan));

        Assert.Equal(Hankevahti.Checks.FindingSeverity.Error, finding.Severity);
        Assert.Contains(statedText, finding.Message.Fi);
        Assert.Contains(Group, finding.Message.Fi);
        Assert.Contains("Liite 1", finding.Message.En);
        Assert.Equal(4, finding.Place.Source?.Table);
        Assert.StartsWith("budget.statedFigures[", finding.Place.Path);
    }

    [Fact]
    public void A_row_that_changes_its_group_sum_is_reported_on_the_group_row()
    {
        var plan = WithLine(Plan(), CostCategory.PersonnelHired, FigureKind.Forecast, 150_000);

        var finding = Assert.Single(CheckRun.Rule<SubtotalMatchesRowsRule>(plan));

        Assert.Contains("210 000", finding.Message.Fi);
        Assert.Contains("ennuste 2021", finding.Message.Fi);
        Assert.Contains("forecast 2021", finding.Message.En);
    }

    [Theory]
    // A euro's difference is the rounding of two amounts rounded to the euro, not an error.
    [InlineData(200_001, 0)]
    [InlineData(199_999, 0)]
    [InlineData(200_003, 1)]
    public void Rounding_to_the_euro_is_tolerated(decimal stated, int expected)
    {
        var plan = With(Plan(), StatedFigureKind.Subtotal, Forecast with { Table = $"{Table}: {Group}" }, stated);

        Assert.Equal(expected, CheckRun.Rule<SubtotalMatchesRowsRule>(plan).Count);
    }

    [Fact]
    public void A_group_label_naming_no_known_group_is_not_compared()
    {
        // Summing every line of the column for a group we cannot read would be a false alarm.
        var plan = Plan();
        plan.Budget.StatedFigures.Add(Figure(StatedFigureKind.Subtotal, Forecast with { Table = $"{Table}: Osa A" }, 5));

        Assert.Empty(CheckRun.Rule<SubtotalMatchesRowsRule>(plan));
    }

    [Theory]
    // A category total scoped to a lines column is the sum of that category's lines.
    [InlineData(200_000, 0)]
    [InlineData(210_000, 1)]
    public void A_category_total_is_the_sum_of_its_lines(decimal stated, int expected)
    {
        var plan = Plan();
        plan.Budget.StatedFigures.Add(Figure(StatedFigureKind.CategoryTotal, Planned with { Category = CostCategory.PersonnelHired }, stated));

        Assert.Equal(expected, CheckRun.Rule<SubtotalMatchesRowsRule>(plan).Count);
    }

    [Fact]
    public void A_subtotal_without_group_sums_its_whole_scope()
    {
        // The demo plan states subtotals per year or organisation with a plain table label.
        var plan = Plan();
        plan.Budget.StatedFigures.Add(Figure(StatedFigureKind.Subtotal, Actual, 120_000));
        plan.Budget.StatedFigures.Add(Figure(StatedFigureKind.Subtotal, Forecast, 280_000));

        var finding = Assert.Single(CheckRun.Rule<SubtotalMatchesRowsRule>(plan));
        Assert.Contains("270 000", finding.Message.Fi);
    }

    [Fact]
    public void An_empty_budget_gives_nothing() =>
        Assert.Empty(CheckRun.Rule<SubtotalMatchesRowsRule>(new Plan()));
}
