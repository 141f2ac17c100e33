using Hankevahti.Checks;
using Hankevahti.Checks.Rules.Costs;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;
using static Hankevahti.Tests.Checks.Costs.CostPlans;

namespace Hankevahti.Tests.Checks.Costs;

public class WorkEstimatesAgainstCostTableTests
{
    [Fact]
    public void Estimates_that_agree_with_the_table_give_nothing()
    {
        var findings = CheckRun.Rule<WorkEstimatesAgainstCostTableRule>(Agreeing());
        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    [Fact]
    public void An_investment_row_against_the_sum_of_its_packages()
    {
        // The table costs investment 2 on one row; its packages' estimates add up to more.
        var plan = Agreeing();
        plan.Budget.StatedFigures[1] = Estimate("2.2", 800_000, line: 120);
        var f = Assert.Single(CheckRun.Rule<WorkEstimatesAgainstCostTableRule>(plan));
        Assert.Equal(FindingSeverity.Error, f.Severity);
        Assert.Equal("budget.lines[0]", f.Place.Path);
        Assert.Contains("1 100 000 €", f.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("700 000 €", f.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("Työpaketti 2.1 300 000 € + Työpaketti 2.2 800 000 €", f.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("€1,100,000", f.Message.En, StringComparison.Ordinal);
        Assert.NotNull(f.Hint);
    }

    [Theory]
    // Package 2.3 states no estimate: it may take the 100 000 € the others leave, so nothing is sure.
    [InlineData(600_000, 0)]
    // The others alone already exceed the row: wrong whatever 2.3 costs.
    [InlineData(800_000, 1)]
    public void A_package_without_an_estimate_may_take_the_rest_of_the_row(decimal row, int expected)
    {
        var plan = Plan(
            [Pillar("4", Investment("2", Package("2.1"), Package("2.2"), Package("2.3")))],
            [Row("Pilari 4 / Investointi 2", "Palvelut", 700_000)],
            [Estimate("2.1", row / 2), Estimate("2.2", row / 2)]);
        var findings = CheckRun.Rule<WorkEstimatesAgainstCostTableRule>(plan);
        Assert.True(findings.Count == expected, CheckRun.Describe(findings));
        if (expected > 0)
        {
            Assert.Contains("Työpaketti 2.3", findings[0].Message.Fi, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_package_against_its_numbered_row()
    {
        // Row "2." of investment 3 costs package 3.2; the package's sentence says less.
        var plan = Agreeing();
        plan.Budget.StatedFigures[3] = Estimate("3.2", 117_000, line: 250);
        var f = Assert.Single(CheckRun.Rule<WorkEstimatesAgainstCostTableRule>(plan));
        Assert.Equal(FindingSeverity.Error, f.Severity);
        Assert.Equal("budget.statedFigures[3]", f.Place.Path);
        Assert.Equal(250, f.Place.Source?.Line);
        Assert.Contains("Työpaketti 3.2", f.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("117 000 €", f.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("150 000 €", f.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("2. Raportointi", f.Message.Fi, StringComparison.Ordinal);
    }

    [Theory]
    // "noin 1 100 000 €": an approximate estimate a little off the table is worth a look, not an error.
    [InlineData("on noin 310 000 € sisältäen", FindingSeverity.Warning)]
    // The same gap stated exactly is an error.
    [InlineData("on 310 000 € sisältäen", FindingSeverity.Error)]
    public void An_approximate_estimate_near_the_table_is_a_warning(string sentence, FindingSeverity expected)
    {
        var plan = Agreeing() with
        {
            Sections = [new Section { Number = "2.1", Title = "Työpaketti 2.1", Text = "Kustannusarvio " + sentence + " henkilöstökulut.", Source = new SourceRef { Line = 100 } }],
        };
        plan.Budget.StatedFigures[0] = Estimate("2.1", 310_000, line: 101);
        var f = Assert.Single(CheckRun.Rule<WorkEstimatesAgainstCostTableRule>(plan));
        Assert.Equal(expected, f.Severity);
    }

    [Fact]
    public void An_estimate_far_from_the_table_is_an_error_even_when_approximate()
    {
        var plan = Agreeing() with
        {
            Sections = [new Section { Number = "2.1", Title = "Työpaketti 2.1", Text = "Kustannusarvio on noin 900 000 €.", Source = new SourceRef { Line = 100 } }],
        };
        plan.Budget.StatedFigures[0] = Estimate("2.1", 900_000, line: 101);
        Assert.Equal(FindingSeverity.Error, Assert.Single(CheckRun.Rule<WorkEstimatesAgainstCostTableRule>(plan)).Severity);
    }

    [Fact]
    public void An_estimate_of_a_part_the_table_does_not_cost_at_all()
    {
        // Investment 5 is in the plan with an estimate, but no row of the table costs it or its pillar.
        var plan = Agreeing();
        plan.Work[0].Children.Add(Investment("5", Package("5.1")));
        plan.Budget.StatedFigures.Add(Estimate("5.1", 90_000));
        var f = Assert.Single(CheckRun.Rule<WorkEstimatesAgainstCostTableRule>(plan));
        Assert.Contains("Työpaketti 5.1", f.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("90 000 €", f.Message.Fi, StringComparison.Ordinal);
    }

    [Theory]
    // A part total read from a table row is the table's own figure: table arithmetic is checked elsewhere.
    [InlineData(true, 0)]
    // The same figure in prose is an estimate that disagrees.
    [InlineData(false, 1)]
    public void Only_figures_outside_table_rows_are_estimates(bool inRow, int expected)
    {
        var plan = Agreeing();
        plan.Budget.StatedFigures[2] = Estimate("3.1", 250_000) with { Source = inRow ? new SourceRef { Line = 5, Row = 3, Cell = 2 } : new SourceRef { Line = 5 } };
        Assert.Equal(expected, CheckRun.Rule<WorkEstimatesAgainstCostTableRule>(plan).Count);
    }

    [Theory]
    // A part whose prose restates the budget twice (the first version and the updated one): it agrees when
    // any reading of the table gives one of them — here the planned column.
    [InlineData(936_000, 1_336_000, 0)]
    // Actual + forecast of the table, for a plan that reports in the middle of its run.
    [InlineData(600_000, 0, 0)]
    // A total the table states for the part (its "yhteensä" column).
    [InlineData(1_336_000, 0, 0)]
    // Neither figure is any reading of the table.
    [InlineData(1_000_000, 1_200_000, 1)]
    public void Part_totals_in_prose_against_a_part_table(decimal first, decimal second, int expected)
    {
        var part = new WorkPart { Code = "1", Kind = WorkPartKind.Part, KindLabel = "Osa-alue", Title = "Valmistelu", Actions = [new WorkAction { Code = "A" }] };
        var estimates = new List<StatedFigure> { Estimate("1", first) };
        if (second > 0)
        {
            estimates.Add(Estimate("1", second));
        }
        estimates.Add(new StatedFigure { Kind = StatedFigureKind.Total, Scope = new FigureScope { PartCode = "1", Table = "Liite 1" }, Value = 1_336_000, Source = new SourceRef { Line = 40, Row = 19, Cell = 5 } });
        var plan = Plan([part],
            [
                Row("1", "Palkat", 636_000), Row("1", "Palvelut", 300_000),
                Row("1", "Palkat", 400_000, FigureKind.Actual), Row("1", "Palkat", 200_000, FigureKind.Forecast),
            ],
            estimates);
        var findings = CheckRun.Rule<WorkEstimatesAgainstCostTableRule>(plan);
        Assert.True(findings.Count == expected, CheckRun.Describe(findings));
    }

    [Fact]
    public void A_plan_without_part_rows_or_estimates_gives_nothing()
    {
        Assert.Empty(CheckRun.Rule<WorkEstimatesAgainstCostTableRule>(new Plan()));
        var noParts = Agreeing();
        var withoutCodes = noParts with { Budget = noParts.Budget with { Lines = [.. noParts.Budget.Lines.Select(l => l with { PartCode = null })] } };
        Assert.Empty(CheckRun.Rule<WorkEstimatesAgainstCostTableRule>(withoutCodes));
    }
}
