using Hankevahti.Checks;
using Hankevahti.Checks.Rules.Goals;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Checks.Goals;

public class IndicatorBaselineRuleTests
{
    public static TheoryData<string, Indicator, bool> Cases => new()
    {
        // A numeric target with no starting point: the change cannot be judged.
        { "target without baseline", GoalPlans.Measured("Käyntimäärä", baseline: null, targets: [(2027, 100)]), true },
        // Baseline and target: fine.
        { "complete", GoalPlans.Complete(), false },
        // A baseline of 0 is a baseline.
        { "zero baseline", GoalPlans.Measured("Moduulit", baseline: 0, targets: [(2027, 3)]), false },
        // No target at all is the missing-target rule's business.
        { "no target", GoalPlans.Measured("Käyntimäärä", baseline: null), false },
        // Words-only targets are qualitative.
        { "text target", GoalPlans.Measured("Malli", baseline: null) with { Targets = [new IndicatorValue { Text = "käytössä" }] }, false },
        // Yes/no indicators have no numeric baseline.
        { "yes/no", GoalPlans.Measured("Malli käytössä", baseline: null, targets: [(2027, 1)]) with { Kind = IndicatorKind.YesNo }, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void RemarksMeasuredTargetsWithoutBaseline(string why, Indicator indicator, bool fires)
    {
        var findings = CheckRun.Rule<IndicatorsWithoutBaselineRule>(GoalPlans.With([indicator]));
        Assert.True(fires == (findings.Count == 1), $"{why}: {CheckRun.Describe(findings)}");
        Assert.All(findings, f => Assert.Equal(FindingSeverity.Info, f.Severity));
    }
}
