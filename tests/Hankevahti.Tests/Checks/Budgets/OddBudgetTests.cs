using Hankevahti.Checks;
using Hankevahti.Checks.Rules.Budgets;
using Hankevahti.Plans;

namespace Hankevahti.Tests.Checks.Budgets;

/// <summary>Budgets the rules were not written for must give findings or nothing, never a failed rule.</summary>
public class OddBudgetTests
{
    private static readonly Rule[] Rules =
    [
        new SubtotalMatchesRowsRule(), new TotalMatchesCategoriesRule(), new TotalColumnMatchesColumnsRule(), new PartTotalMatchesTablesRule(), new PartTotalsMakeTotalRule(),
        new FundingAddsUpRule(), new FundingShareMatchesProfileRule(), new FundingAmountMatchesShareRule(),
    ];

    public static TheoryData<string, Plan> Plans() => new()
    {
        // Nothing at all.
        { "empty", new Plan() },
        // Figures without any scope, text or source.
        { "bare figures", WithFigures(Enum.GetValues<StatedFigureKind>().Select(k => new StatedFigure { Kind = k, Value = 100 }).ToArray()) },
        // Labels the table reading must not trip over: a bare colon, only the total mark, blanks.
        { "odd labels", WithFigures(
            new StatedFigure { Kind = StatedFigureKind.Subtotal, Scope = new FigureScope { Table = ": " }, Value = 1 },
            new StatedFigure { Kind = StatedFigureKind.Subtotal, Scope = new FigureScope { Table = ":", Period = "yhteensä" }, Value = 1 },
            new StatedFigure { Kind = StatedFigureKind.Total, Scope = new FigureScope { Table = " ", Period = " yhteensä " }, Value = 1 },
            new StatedFigure { Kind = StatedFigureKind.CategoryTotal, Scope = new FigureScope { Period = "yhteensä" }, Value = 1 },
            new StatedFigure { Kind = StatedFigureKind.OwnFunding, Scope = new FigureScope { Period = "yhteensä" }, Value = 1, Text = "1,5 M€" }) },
        // Shares of nothing and a share of more than the whole.
        { "odd shares", WithFigures(
            new StatedFigure { Kind = StatedFigureKind.OwnFundingShare, Value = 1.5m },
            new StatedFigure { Kind = StatedFigureKind.Grant, Value = 0 },
            new StatedFigure { Kind = StatedFigureKind.OwnFunding, Value = 0 }) with { Project = new Project { Programme = new Programme { Key = "rrf" } } } },
    };

    [Theory]
    [MemberData(nameof(Plans))]
    public void Odd_budgets_never_fail_a_rule(string name, Plan plan)
    {
        var report = PlanChecker.Check(plan, rules: Rules);

        Assert.True(!report.Findings.Any(f => f.Code == PlanChecker.RuleFailedCode), name + ": " + string.Join("\n", report.Findings.Select(f => f.Message.En)));
    }

    private static Plan WithFigures(params StatedFigure[] figures)
    {
        var plan = new Plan();
        plan.Budget.StatedFigures.AddRange(figures);
        plan.Budget.Lines.Add(new BudgetLine { Amount = 5 });
        return plan;
    }
}
