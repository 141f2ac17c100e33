using Hankevahti.Checks;
using Hankevahti.Demo;
using Hankevahti.Tests.Checks.Support;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Checks.Risks;

/// <summary>The risk rules on the real plans and the demo plan: the gaps the issue names, and nothing else.</summary>
public class RiskSeedTests
{
    private static IReadOnlyList<Finding> Risks(string seed) =>
        CheckRun.Seed(seed).Findings.Where(f => f.Code.StartsWith("HV-RISK-", StringComparison.Ordinal)).ToList();

    [Fact]
    public void Rakenneuudistus_has_no_owner_for_any_of_its_seven_risks()
    {
        var findings = Risks(Seeds.Rakenneuudistus);

        var owner = Assert.Single(findings, f => f.Code == "HV-RISK-001");
        Assert.Contains("Kaikilta riskeiltä (7)", owner.Message.Fi, StringComparison.Ordinal);
        Assert.Equal("1.7", owner.Place.SectionNumber);
        // Its risks are rated in words and all have a mitigation: nothing else to say.
        Assert.True(findings.Count == 1, CheckRun.Describe(findings));
    }

    [Fact]
    public void HyvanTyon_has_four_of_seven_risks_without_an_owner()
    {
        var findings = Risks(Seeds.HyvanTyon);

        var owner = Assert.Single(findings, f => f.Code == "HV-RISK-001");
        Assert.StartsWith("4 riskiltä", owner.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("yhteensä 7", owner.Message.Fi, StringComparison.Ordinal);
        Assert.Equal(8, owner.Place.Source?.Table);
        // Its template asks for no rating: a remark, never a warning.
        Assert.All(findings.Where(f => f.Code != "HV-RISK-001"), f => Assert.Equal(FindingSeverity.Info, f.Severity));
        Assert.DoesNotContain(findings, f => f.Code == "HV-RISK-002");
    }

    [Fact]
    public void Rrf_scores_agree_with_their_ratings()
    {
        var findings = Risks(Seeds.Rrf);

        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    [Fact]
    public void Demo_plan_has_no_risk_findings()
    {
        var findings = PlanChecker.Check(DemoPlan.Load()).Findings.Where(f => f.Code.StartsWith("HV-RISK-", StringComparison.Ordinal)).ToList();

        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }
}
