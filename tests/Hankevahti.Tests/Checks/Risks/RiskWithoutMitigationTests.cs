using Hankevahti.Checks;
using Hankevahti.Checks.Rules.Risks;
using Hankevahti.Tests.Checks.Support;

namespace Hankevahti.Tests.Checks.Risks;

public class RiskWithoutMitigationTests
{
    [Theory]
    // No mitigation listed.
    [InlineData("")]
    // Only an empty and a dash entry ("|" separates them), as an empty cell imports.
    [InlineData("|-")]
    public void Fires_for_a_risk_without_mitigation(string mitigations)
    {
        var findings = CheckRun.Rule<RiskWithoutMitigationRule>(RiskPlans.ThreeWith(2, r => r with { Mitigations = mitigations.Length == 0 ? [] : [.. mitigations.Split('|')] }));

        var f = Assert.Single(findings);
        Assert.Equal(FindingSeverity.Warning, f.Severity);
        Assert.Contains("Sitoutuminen jää heikoksi", f.Message.Fi, StringComparison.Ordinal);
        Assert.Equal("risks[2].mitigations", f.Place.Path);
    }

    [Fact]
    public void Quiet_when_every_risk_has_a_mitigation()
    {
        Assert.Empty(CheckRun.Rule<RiskWithoutMitigationRule>(RiskPlans.ThreeWith(0, r => r with { Mitigations = ["", "Työ jaetaan tiimeille."] })));
    }
}
