using Hankevahti.Checks;
using Hankevahti.Checks.Rules.Goals;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Checks.Goals;

public class GoalsWithoutIndicatorsRuleTests
{
    private static Goal PartGoal(string partCode, params string[] indicatorIds) =>
        new() { Id = "g-" + partCode, Text = "Palvelut sujuvat", PartCode = partCode, IndicatorIds = [.. indicatorIds] };

    private static readonly Goal ProjectGoal = new() { Id = "g0", Level = GoalLevel.Objective, Text = "Asukkaat saavat palvelut ajoissa" };

    public static TheoryData<string, Goal[], Indicator[], int> Cases => new()
    {
        // A part's goal with an indicator on one of the part's actions (how most plans link them).
        { "indicator on the part's action", [PartGoal("1")], [GoalPlans.Complete(workCode: "1.2")], 0 },
        // An indicator linked to the part itself.
        { "indicator on the part", [PartGoal("1")], [GoalPlans.Complete(workCode: "1")], 0 },
        // A goal naming its indicator.
        { "goal names indicator", [PartGoal("2", "i-Koulutuspäivien määrä")], [GoalPlans.Complete()], 0 },
        // Part 2 has a goal but the plan's indicators all follow part 1.
        { "part without indicators", [PartGoal("1"), PartGoal("2")], [GoalPlans.Complete()], 1 },
        // A goal naming an indicator that does not exist is not measured.
        { "dangling indicator id", [PartGoal("2", "missing")], [GoalPlans.Complete()], 1 },
        // Project-level goals are served by the work's indicators; no plan links them one by one.
        { "project goal with work indicators", [ProjectGoal], [GoalPlans.Complete()], 0 },
        // One plan-wide indicator table tied to no part or goal: which part it measures is unknown, so none is blamed.
        { "unlinked indicators", [PartGoal("1"), PartGoal("2")], [GoalPlans.Complete() with { WorkCodes = [] }], 0 },
        // No indicators at all: one finding for the plan.
        { "no indicators at all", [ProjectGoal, PartGoal("1")], [], 1 },
        // No goals, nothing to measure.
        { "no goals", [], [], 0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReportsGoalsNothingMeasures(string why, Goal[] goals, Indicator[] indicators, int expected)
    {
        var findings = CheckRun.Rule<GoalsWithoutIndicatorsRule>(GoalPlans.With(indicators, goals));
        Assert.True(expected == findings.Count, $"{why}: {CheckRun.Describe(findings)}");
        Assert.All(findings, f => Assert.Equal(FindingSeverity.Warning, f.Severity));
    }

    [Fact]
    public void NamesThePartAndItsGoals()
    {
        var finding = Assert.Single(CheckRun.Rule<GoalsWithoutIndicatorsRule>(GoalPlans.With([GoalPlans.Complete()], [PartGoal("2")])));
        Assert.StartsWith("Työpaketti 2: tavoitteelle ei ole mittaria", finding.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("\"Palvelut sujuvat\"", finding.Message.En, StringComparison.Ordinal);
        Assert.Equal("goals[0]", finding.Place.Path);
    }

    // The structural reform plan sets six goals and defers all indicators: one finding, not six.
    [Fact]
    public void RakenneuudistusHasGoalsButNoIndicators()
    {
        var finding = Assert.Single(CheckRun.Seed(Seeds.Rakenneuudistus).Of("HV-GOAL-001"));
        Assert.Contains("6 tavoitetta", finding.Message.Fi, StringComparison.Ordinal);
        Assert.Equal("1.3", finding.Place.SectionNumber);
    }

    // Both other seeds link indicators to every part with goals.
    [Theory]
    [InlineData(Seeds.HyvanTyon)]
    [InlineData(Seeds.Rrf)]
    public void SeedsWithIndicatorsPerPartPass(string seed) =>
        Assert.Empty(CheckRun.Seed(seed).Of("HV-GOAL-001"));
}
