using Hankevahti.Checks;
using Hankevahti.Checks.Rules.Goals;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Checks.Goals;

public class IndicatorTargetRuleTests
{
    public static TheoryData<string, Indicator, bool> Cases => new()
    {
        // A count with a method but no target: the funder cannot judge the result.
        { "count without target", GoalPlans.Measured("Koulutuspäivien määrä"), true },
        // A percentage with only a data source is just as unmeasurable.
        { "share without target", GoalPlans.Measured("Sähköisen asioinnin osuus") with { Kind = IndicatorKind.Percentage, Baseline = null, Method = null }, true },
        // Complete rows pass.
        { "complete", GoalPlans.Complete(), false },
        // Yes/no indicators carry their target in their name ("malli on käytössä").
        { "yes/no", GoalPlans.Measured("Malli on käytössä") with { Kind = IndicatorKind.YesNo }, false },
        // Self-assessments need no number.
        { "self-assessment", GoalPlans.Measured("Osallistujien arvio") with { Kind = IndicatorKind.SelfAssessment }, false },
        // A target in words counts as a target.
        { "text target", GoalPlans.Measured("Toimintamalli") with { Targets = [new IndicatorValue { Text = "käytössä kaikilla alueilla" }] }, false },
        // A bare name is HV-IND-005's, not reported twice.
        { "bare name", new Indicator { Id = "x", Name = "Käyntimäärä", Kind = IndicatorKind.Count, WorkCodes = ["1.1"] }, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReportsMeasuredIndicatorsWithoutTarget(string why, Indicator indicator, bool fires)
    {
        var findings = CheckRun.Rule<IndicatorsWithoutTargetRule>(GoalPlans.With([indicator]));
        Assert.True(fires == (findings.Count == 1), $"{why}: {CheckRun.Describe(findings)}");
        Assert.All(findings, f => Assert.Equal(FindingSeverity.Warning, f.Severity));
    }

    // One finding per work package, naming the indicators and the action codes, so a plan of 24 indicators does not give 24 findings.
    [Fact]
    public void OneFindingPerWorkPackageNamingTheIndicators()
    {
        var plan = GoalPlans.With(
        [
            GoalPlans.Measured("Koulutuspäivien määrä", "1.1"),
            GoalPlans.Measured("Moduulien määrä", "1.2"),
            GoalPlans.Complete("Kävijämäärä", "1.2"),
            GoalPlans.Measured("Kokousten määrä", "2.1"),
        ]);
        var findings = CheckRun.Rule<IndicatorsWithoutTargetRule>(plan);
        Assert.Equal(2, findings.Count);
        var first = findings.Single(f => f.Message.Fi.StartsWith("Työpaketti 1:", StringComparison.Ordinal));
        Assert.Contains("2 määrällisellä mittarilla", first.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("1.1: Koulutuspäivien määrä", first.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("1.2: Moduulien määrä", first.Message.En, StringComparison.Ordinal);
        Assert.DoesNotContain("Kävijämäärä", first.Message.Fi, StringComparison.Ordinal);
        Assert.Equal("indicators[0]", first.Place.Path);
        Assert.NotNull(first.Hint);
    }

    // The acceptance case: the Hyvän työn plan lists its indicators with a measure but no targets.
    [Fact]
    public void HyvanTyonPlanHasIndicatorsWithoutTargets()
    {
        var findings = CheckRun.Seed(Seeds.HyvanTyon).Of("HV-IND-001").ToList();
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.StartsWith("Työpaketti", f.Message.Fi, StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Fi.Contains("6 määrällisellä", StringComparison.Ordinal));
    }
}
