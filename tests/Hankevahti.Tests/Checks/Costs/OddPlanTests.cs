using Hankevahti.Checks;
using Hankevahti.Checks.Rules.Costs;
using Hankevahti.Plans;

namespace Hankevahti.Tests.Checks.Costs;

/// <summary>The cost rules on plans with missing and odd values: results are data, never exceptions.</summary>
public class OddPlanTests
{
    public static TheoryData<string, Plan> Plans() => new()
    {
        { "empty plan", new Plan() },
        { "no budget lists", new Plan { Budget = new Budget { Lines = null!, StatedFigures = null! } } },
        {
            "blank codes and labels",
            new Plan
            {
                Work = [new WorkPart { Code = null!, Title = null!, KindLabel = null, Actions = null! }, new WorkPart { Code = "", Children = [new WorkPart { Code = "" }] }],
                Budget = new Budget
                {
                    Lines = [new BudgetLine { PartCode = " " }, new BudgetLine { PartCode = "", Label = null, Amount = -5 }, new BudgetLine { PartCode = "/", Label = "1." }],
                    StatedFigures = [new StatedFigure { Kind = StatedFigureKind.PartTotal, Scope = null!, Value = 10 }, new StatedFigure { Kind = StatedFigureKind.PartTotal, Value = 0 }],
                },
                Sections = [new Section { Text = null! }, new Section { Text = "- 1 €\n- 2 €" }],
            }
        },
    };

    [Theory]
    [MemberData(nameof(Plans))]
    public void No_rule_fails_on_an_odd_plan(string why, Plan plan)
    {
        var report = PlanChecker.Check(plan, rules: [new ProseListAgainstTotalRule(), new WorkEstimatesAgainstCostTableRule(), new CostRowWithoutWorkPartRule(), new CostedPartWithoutContentRule()]);
        Assert.True(!report.Findings.Any(f => f.Code == PlanChecker.RuleFailedCode), why + ": " + string.Join("; ", report.Findings.Select(f => f.Message.En)));
    }
}
