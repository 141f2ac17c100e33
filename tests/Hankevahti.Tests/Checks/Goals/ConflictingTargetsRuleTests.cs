using Hankevahti.Checks;
using Hankevahti.Checks.Rules.Goals;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Checks.Goals;

public class ConflictingTargetsRuleTests
{
    public static TheoryData<string, Indicator[], bool> Cases => new()
    {
        // Two rows of the same indicator for the same action and year, with different targets.
        { "two rows disagree", [GoalPlans.Measured("Käyntimäärä", targets: [(2027, 100)]), GoalPlans.Measured("Käyntimäärä ", targets: [(2027, 120)])], true },
        // One row giving two targets for one year.
        { "one row disagrees", [GoalPlans.Measured("Käyntimäärä", targets: [(2027, 100), (2027, 90)])], true },
        // Same name under different actions: two indicators, not one.
        { "different work codes", [GoalPlans.Measured("Käyntimäärä", "1.1", targets: [(2027, 100)]), GoalPlans.Measured("Käyntimäärä", "2.1", targets: [(2027, 120)])], false },
        // Same targets repeated: no conflict.
        { "same value twice", [GoalPlans.Measured("Käyntimäärä", targets: [(2027, 100)]), GoalPlans.Measured("Käyntimäärä", targets: [(2027, 100.0m)])], false },
        // Different years are a trajectory.
        { "different years", [GoalPlans.Measured("Käyntimäärä", targets: [(2026, 50), (2027, 100)])], false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReportsDifferentTargetsForTheSameYear(string why, Indicator[] indicators, bool fires)
    {
        var findings = CheckRun.Rule<ConflictingTargetsRule>(GoalPlans.With(indicators));
        Assert.True(fires == (findings.Count == 1), $"{why}: {CheckRun.Describe(findings)}");
        Assert.All(findings, f => Assert.Equal(FindingSeverity.Error, f.Severity));
    }

    [Fact]
    public void NamesIndicatorYearAndBothValues()
    {
        var finding = Assert.Single(CheckRun.Rule<ConflictingTargetsRule>(GoalPlans.With(
            [GoalPlans.Measured("Käyntimäärä", targets: [(2027, 100)]), GoalPlans.Measured("Käyntimäärä", targets: [(2027, 120)])])));
        Assert.Contains("\"Käyntimäärä\" (1.1)", finding.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("2027", finding.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("100 / 120", finding.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("in two rows", finding.Message.En, StringComparison.Ordinal);
        Assert.Equal("indicators[1].targets[0]", finding.Place.Path);
    }
}
