using Hankevahti.Checks.Rules.Budgets;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;
using static Hankevahti.Tests.Checks.Budgets.BudgetTable;

namespace Hankevahti.Tests.Checks.Budgets;

public class PartTotalMatchesTablesRuleTests
{
    private static Plan WithProse(decimal value, string? text = null, string? part = "1")
    {
        var plan = Plan();
        plan.Budget.StatedFigures.Add(new StatedFigure
        {
            Kind = StatedFigureKind.PartTotal,
            Scope = new FigureScope { PartCode = part, Table = "2.5" },
            Value = value,
            Text = text,
            Source = new SourceRef { Line = 20 },
        });
        return plan;
    }

    [Theory]
    // The original budget (version 1.0 in 001's prose) is the planned column.
    [InlineData(400_000)]
    // The updated budget is the total column (actual + forecast).
    [InlineData(390_000)]
    // "0,4 M€" is 400 000 € to two decimals of a million.
    [InlineData(400_000, "0,4 M€")]
    public void A_part_total_that_one_of_the_tables_totals_gives_agrees(decimal value, string? text = null)
    {
        var findings = CheckRun.Rule<PartTotalMatchesTablesRule>(WithProse(value, text));

        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    [Fact]
    public void A_part_total_that_no_table_gives_is_an_error()
    {
        var finding = Assert.Single(CheckRun.Rule<PartTotalMatchesTablesRule>(WithProse(450_000)));

        Assert.Contains("Kohta 2.5, osan 1 kokonaisbudjetti: ilmoitettu 450 000 €", finding.Message.Fi);
        Assert.Contains("400 000", finding.Message.Fi);
        Assert.Contains("390 000", finding.Message.Fi);
        Assert.Contains("Section 2.5", finding.Message.En);
        Assert.Equal(20, finding.Place.Source?.Line);
    }

    [Fact]
    public void A_rounded_figure_is_compared_within_its_rounding()
    {
        // "0,5 M€" may be anything from 450 000 to 550 000; 400 000 and 390 000 are outside it.
        var finding = Assert.Single(CheckRun.Rule<PartTotalMatchesTablesRule>(WithProse(500_000, "0,5 M€")));
        Assert.Contains("500 000", finding.Message.Fi);
    }

    [Fact]
    public void A_part_without_lines_or_tables_is_not_compared()
    {
        // RRF work packages state estimates for codes the cost table does not use; another rule matches them.
        Assert.Empty(CheckRun.Rule<PartTotalMatchesTablesRule>(WithProse(117_000, part: "3.2")));
    }

    [Theory]
    // A part total scoped to a column (as in the demo plan) is that column's lines.
    [InlineData(120_000, 0)]
    [InlineData(125_000, 1)]
    public void A_part_total_of_one_column_is_compared_with_its_lines(decimal value, int expected)
    {
        var plan = Plan();
        plan.Budget.StatedFigures.Add(new StatedFigure { Kind = StatedFigureKind.PartTotal, Scope = new FigureScope { PartCode = "1", Kind = FigureKind.Actual }, Value = value });

        Assert.Equal(expected, CheckRun.Rule<PartTotalMatchesTablesRule>(plan).Count);
    }

    [Theory]
    // The project's total in prose against all lines.
    [InlineData(400_000, 0)]
    [InlineData(500_000, 1)]
    public void A_project_total_in_prose_is_compared_with_the_whole_budget(decimal value, int expected)
    {
        var plan = Plan();
        plan.Budget.StatedFigures.Add(new StatedFigure { Kind = StatedFigureKind.Total, Scope = new FigureScope { Table = "7.2" }, Value = value });

        Assert.Equal(expected, CheckRun.Rule<PartTotalMatchesTablesRule>(plan).Count);
    }
}
