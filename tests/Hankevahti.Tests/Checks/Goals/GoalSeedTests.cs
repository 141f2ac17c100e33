using Hankevahti.Checks;
using Hankevahti.Demo;
using Hankevahti.Tests.Checks.Support;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Checks.Goals;

/// <summary>The goal and indicator rules over whole plans: no noise on good plans, bounded output on real ones.</summary>
public class GoalSeedTests
{
    private static bool Mine(Finding f) => f.Code.StartsWith("HV-GOAL-", StringComparison.Ordinal) || f.Code.StartsWith("HV-IND-", StringComparison.Ordinal);

    // The demo plan is complete: at most remarks.
    [Fact]
    public void DemoPlanHasNoErrorsOrWarnings()
    {
        var findings = PlanChecker.Check(DemoPlan.Load()).Findings.Where(Mine).ToList();
        Assert.True(findings.All(f => f.Severity == FindingSeverity.Info), CheckRun.Describe(findings));
    }

    // Aggregation keeps a real plan readable: at most one finding per rule and work part.
    [Theory]
    [InlineData(Seeds.HyvanTyon, 4)]
    [InlineData(Seeds.Rakenneuudistus, 2)]
    [InlineData(Seeds.Rrf, 16)]
    public void SeedFindingsStayFew(string seed, int most)
    {
        var findings = CheckRun.Seed(seed).Findings.Where(Mine).ToList();
        Assert.True(findings.Count <= most, CheckRun.Describe(findings));
        Assert.All(findings, f => Assert.False(string.IsNullOrEmpty(f.Place.SectionNumber), CheckRun.Describe([f])));
    }

    // Seed indicators have no targets at all, so nothing can conflict or fall outside the period.
    [Theory]
    [InlineData(Seeds.HyvanTyon)]
    [InlineData(Seeds.Rakenneuudistus)]
    [InlineData(Seeds.Rrf)]
    public void NoTargetFindingsWithoutTargets(string seed)
    {
        var report = CheckRun.Seed(seed);
        Assert.Empty(report.Of("HV-IND-003"));
        Assert.Empty(report.Of("HV-IND-004"));
    }
}
