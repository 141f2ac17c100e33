using Hankevahti.Checks.Rules.Budgets;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;

namespace Hankevahti.Tests.Checks.Budgets;

public class PartTotalsMakeTotalRuleTests
{
    private static Plan Summary(decimal total, params (string Part, decimal Amount, string Table)[] parts)
    {
        var plan = new Plan();
        plan.Budget.StatedFigures.Add(new StatedFigure { Kind = StatedFigureKind.Total, Scope = new FigureScope { Kind = FigureKind.Planned, Table = "Liite 1" }, Value = total });
        foreach (var (part, amount, table) in parts)
        {
            plan.Budget.StatedFigures.Add(new StatedFigure { Kind = StatedFigureKind.PartTotal, Scope = new FigureScope { PartCode = part, Kind = FigureKind.Planned, Table = table }, Value = amount });
        }
        return plan;
    }

    [Fact]
    public void Parts_that_add_up_give_nothing() =>
        Assert.Empty(CheckRun.Rule<PartTotalsMakeTotalRule>(Summary(1_000_000, ("1", 600_000, "Liite 1"), ("2", 400_000, "Liite 1"))));

    [Fact]
    public void Parts_that_do_not_add_up_are_an_error()
    {
        var finding = Assert.Single(CheckRun.Rule<PartTotalsMakeTotalRule>(Summary(1_100_000, ("1", 600_000, "Liite 1"), ("2", 400_000, "Liite 1"))));

        Assert.Contains("ilmoitettu 1 100 000 €, mutta osien summat osa 1 600 000 € + osa 2 400 000 € = 1 000 000 €", finding.Message.Fi);
    }

    [Theory]
    // The demo plan's four parts make its total; a changed one does not.
    [InlineData(380_000, 0)]
    [InlineData(390_000, 1)]
    public void The_demo_plans_parts_are_checked(decimal partH, int expected)
    {
        var demo = Hankevahti.Demo.DemoPlan.Load();
        var figures = demo.Budget.StatedFigures.Select(f => f.Kind == StatedFigureKind.PartTotal && f.Scope.PartCode == "H" ? f with { Value = partH } : f).ToList();
        var plan = demo with { Budget = demo.Budget with { StatedFigures = figures } };

        Assert.Equal(expected, CheckRun.Rule<PartTotalsMakeTotalRule>(plan).Count);
    }

    [Theory]
    // Part totals of other tables or prose are not this table's breakdown.
    [InlineData("Liite 2", "Liite 2")]
    // One part stated twice (original and update) cannot be added up.
    [InlineData("Liite 1", "Liite 1", "1")]
    public void Parts_that_are_not_a_breakdown_are_not_added(string table1, string table2, string secondPart = "2")
    {
        var plan = Summary(5, ("1", 600_000, table1), (secondPart, 400_000, table2));

        Assert.Empty(CheckRun.Rule<PartTotalsMakeTotalRule>(plan));
    }
}
