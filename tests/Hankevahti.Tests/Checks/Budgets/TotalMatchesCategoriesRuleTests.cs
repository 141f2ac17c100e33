using Hankevahti.Checks.Rules.Budgets;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;
using static Hankevahti.Tests.Checks.Budgets.BudgetTable;

namespace Hankevahti.Tests.Checks.Budgets;

public class TotalMatchesCategoriesRuleTests
{
    [Fact]
    public void A_consistent_table_gives_nothing()
    {
        var findings = CheckRun.Rule<TotalMatchesCategoriesRule>(Plan());

        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    [Theory]
    // The forecast total of 001's Liite 1 in miniature: stated 30 000 more than its lines.
    [InlineData("forecast", 300_000, "270 000", "300 000")]
    [InlineData("planned", 390_000, "400 000", "390 000")]
    // The total column has no lines: its category figures are the rows.
    [InlineData("total", 420_000, "390 000", "420 000")]
    public void A_total_that_is_not_the_sum_of_its_categories_is_an_error(string column, decimal stated, string sum, string statedText)
    {
        var scope = column switch { "forecast" => Forecast, "planned" => Planned, _ => Total };
        var plan = With(Plan(), StatedFigureKind.Total, scope, stated);

        var finding = Assert.Single(CheckRun.Rule<TotalMatchesCategoriesRule>(plan));

        Assert.Contains($"kustannuslajit yhteensä {sum} €, ilmoitettu {statedText} €", finding.Message.Fi);
        Assert.Contains("Liite 1", finding.Message.Fi);
        Assert.Equal(5, finding.Place.Source?.Row);
    }

    [Fact]
    public void In_the_total_column_a_group_row_stands_for_categories_that_are_not_stated()
    {
        // Liite 2 of 001 states only "Investointikulut yhteensä" in the total column, not its categories.
        var plan = Plan();
        plan.Budget.StatedFigures.Add(Figure(StatedFigureKind.Subtotal, Total with { Table = $"{Table}: Investoinnit yhteensä" }, 15_000));
        With(plan, StatedFigureKind.Total, Total, 405_000);

        Assert.Empty(CheckRun.Rule<TotalMatchesCategoriesRule>(plan));
    }

    [Fact]
    public void A_total_stated_in_prose_is_left_to_the_part_total_rule()
    {
        // Prose may give the original or the updated budget; comparing it with the planned lines alone would be a false alarm.
        var plan = Plan();
        plan.Budget.StatedFigures.Add(new StatedFigure { Kind = StatedFigureKind.Total, Scope = new FigureScope { Table = "7.2" }, Value = 390_000 });

        Assert.Empty(CheckRun.Rule<TotalMatchesCategoriesRule>(plan));
    }

    [Fact]
    public void A_summary_table_counts_only_its_own_lines()
    {
        // Lines of another table (source table 9) for the same column must not be added to table 4's total.
        var plan = Plan();
        plan.Budget.Lines.Add(new BudgetLine { PartCode = "1", Category = CostCategory.Other, Kind = FigureKind.Forecast, Year = 2021, Amount = 50_000, Source = new SourceRef { Table = 9 } });

        Assert.Empty(CheckRun.Rule<TotalMatchesCategoriesRule>(plan));
    }

    [Fact]
    public void An_empty_budget_gives_nothing() =>
        Assert.Empty(CheckRun.Rule<TotalMatchesCategoriesRule>(new Plan()));
}
