using Hankevahti.Checks;
using Hankevahti.Checks.Rules.Goals;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Checks.Goals;

public class TargetsOutsidePeriodRuleTests
{
    public static TheoryData<string, int[], bool> Cases => new()
    {
        // Targets in the project's years (2026–2027).
        { "inside", [2026, 2027], false },
        // A target after the end cannot be reported by the project.
        { "after the end", [2027, 2030], true },
        // A target before the start is usually a baseline in the wrong column.
        { "before the start", [2024], true },
        // A target without a year is not placed in time at all.
        { "no year", [], false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReportsTargetYearsOutsideThePeriod(string why, int[] years, bool fires)
    {
        var indicator = GoalPlans.Measured("Käyntimäärä", targets: years.Select(y => (y, 100m)).ToArray());
        if (years.Length == 0)
        {
            indicator = indicator with { Targets = [new IndicatorValue { Value = 100 }] };
        }
        var findings = CheckRun.Rule<TargetsOutsidePeriodRule>(GoalPlans.With([indicator]));
        Assert.True(fires == (findings.Count == 1), $"{why}: {CheckRun.Describe(findings)}");
    }

    [Fact]
    public void NamesIndicatorYearAndPeriod()
    {
        var findings = CheckRun.Rule<TargetsOutsidePeriodRule>(GoalPlans.With([GoalPlans.Measured("Käyntimäärä", targets: [(2027, 10), (2030, 50)])]));
        var finding = Assert.Single(findings);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains("1.1: Käyntimäärä (2030)", finding.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("1.1.2026–31.12.2027", finding.Message.Fi, StringComparison.Ordinal);
        Assert.Equal("indicators[0].targets[1]", finding.Place.Path);
    }

    // Without a project period there is nothing to compare with.
    [Fact]
    public void SilentWithoutProjectPeriod()
    {
        var plan = GoalPlans.With([GoalPlans.Measured("Käyntimäärä", targets: [(2040, 1)])]);
        plan = plan with { Project = plan.Project with { Period = null } };
        Assert.Empty(CheckRun.Rule<TargetsOutsidePeriodRule>(plan));
    }
}
