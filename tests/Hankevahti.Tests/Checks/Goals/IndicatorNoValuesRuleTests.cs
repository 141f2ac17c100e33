using Hankevahti.Checks;
using Hankevahti.Checks.Rules.Goals;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Checks.Goals;

public class IndicatorNoValuesRuleTests
{
    private static Indicator Bare(string name, IndicatorKind kind = IndicatorKind.Other, string code = "1") =>
        new() { Id = "i-" + name, Name = name, Kind = kind, WorkCodes = [code] };

    public static TheoryData<string, Indicator, bool> Cases => new()
    {
        // Only a name: nothing to follow.
        { "bare name", Bare("Käyntimäärä"), true },
        // A unit is part of the name, not a value.
        { "unit only", Bare("Etäasioinnin osuus", IndicatorKind.Percentage) with { Unit = "%" }, true },
        // A method is enough to leave it to the missing-target rule.
        { "method given", Bare("Käyntimäärä") with { Method = "lukumäärä" }, false },
        // A data source likewise.
        { "data source given", Bare("Käyntimäärä") with { DataSource = "potilastietojärjestelmä" }, false },
        // A baseline is a value.
        { "baseline given", Bare("Käyntimäärä") with { Baseline = new IndicatorValue { Value = 5, Year = 2025 } }, false },
        // A yes/no row says in its name what is followed.
        { "yes/no", Bare("Malli on kuvattu", IndicatorKind.YesNo), false },
        // Self-assessed likewise.
        { "self-assessment", Bare("Itsearvioitu osaaminen", IndicatorKind.SelfAssessment), false },
        { "complete", GoalPlans.Complete(), false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReportsRowsThatAreOnlyAName(string why, Indicator indicator, bool fires)
    {
        var findings = CheckRun.Rule<IndicatorsWithNoValuesRule>(GoalPlans.With([indicator]));
        Assert.True(fires == (findings.Count == 1), $"{why}: {CheckRun.Describe(findings)}");
    }

    // Indicators linked to the part itself are listed without repeating the part's code before each name.
    [Fact]
    public void GroupsByPartAndNamesTheIndicators()
    {
        var findings = CheckRun.Rule<IndicatorsWithNoValuesRule>(GoalPlans.With([Bare("Käyntimäärä"), Bare("Jonon pituus"), Bare("Kokoukset", code: "2.1")]));
        Assert.Equal(2, findings.Count);
        var first = findings.Single(f => f.Message.Fi.StartsWith("Työpaketti 1:", StringComparison.Ordinal));
        Assert.Contains("2 mittarilla", first.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("Käyntimäärä, Jonon pituus", first.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("Work package 1: 2 indicators", first.Message.En, StringComparison.Ordinal);
        Assert.Equal(FindingSeverity.Warning, first.Severity);
    }

    // Indicators linked only from a goal are grouped under the goal's part; unknown codes under the code.
    [Fact]
    public void GroupsByGoalPartOrUnknownCode()
    {
        var viaGoal = new Indicator { Id = "g-linked", Name = "Jonon pituus", Kind = IndicatorKind.Count };
        var unknownCode = Bare("Tyytyväisyys", code: "Kärki 1");
        var plan = GoalPlans.With([viaGoal, unknownCode], [new Goal { Id = "g", Text = "Jonot lyhenevät", PartCode = "2", IndicatorIds = ["g-linked"] }]);
        var findings = CheckRun.Rule<IndicatorsWithNoValuesRule>(plan);
        Assert.Equal(["Työpaketti 2", "Kärki 1"], findings.Select(f => f.Message.Fi.Split(':')[0]));
        Assert.Contains(": Tyytyväisyys.", findings[1].Message.Fi, StringComparison.Ordinal);
    }

    // The RRF plan's monitoring tables list only indicator names: one finding per work package, not one per name.
    [Fact]
    public void RrfPlanGivesOneFindingPerWorkPackage()
    {
        var findings = CheckRun.Seed(Seeds.Rrf).Of("HV-IND-005").ToList();
        Assert.InRange(findings.Count, 10, 14);
        Assert.Equal(findings.Count, findings.Select(f => f.Message.Fi.Split(':')[0]).Distinct().Count());
        Assert.Contains(findings, f => f.Message.Fi.StartsWith("Työpaketti 1.1: 15 mittarilla", StringComparison.Ordinal));
    }
}
