using Hankevahti.Checks;
using Hankevahti.Checks.Rules.Risks;
using Hankevahti.Tests.Checks.Support;

namespace Hankevahti.Tests.Checks.Risks;

public class RiskWithoutOwnerTests
{
    [Theory]
    // No owner at all.
    [InlineData(null)]
    // An empty cell.
    [InlineData("  ")]
    // A dash standing for nothing.
    [InlineData("–")]
    // A placeholder name.
    [InlineData("N.N.")]
    // Put off until later.
    [InlineData("Nimetään myöhemmin")]
    public void Fires_for_a_risk_without_an_owner(string? owner)
    {
        var findings = CheckRun.Rule<RiskWithoutOwnerRule>(RiskPlans.ThreeWith(1, r => r with { Owner = owner }));

        var f = Assert.Single(findings);
        Assert.Equal(FindingSeverity.Warning, f.Severity);
        Assert.Contains("Toimittaja myöhästyy", f.Message.Fi, StringComparison.Ordinal);
        Assert.DoesNotContain("Rekrytointi", f.Message.Fi, StringComparison.Ordinal);
        Assert.Equal("risks[1].owner", f.Place.Path);
        Assert.Equal(43, f.Place.Source?.Line);
        Assert.Equal("6", f.Place.SectionNumber);
        Assert.NotNull(f.Hint);
    }

    [Fact]
    public void Lists_several_risks_in_one_finding()
    {
        var plan = RiskPlans.ThreeWith(0, r => r with { Owner = null });
        plan.Risks[2] = plan.Risks[2] with { Owner = "" };

        var f = Assert.Single(CheckRun.Rule<RiskWithoutOwnerRule>(plan));

        Assert.StartsWith("2 riskiltä", f.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("yhteensä 3", f.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("Sitoutuminen jää heikoksi", f.Message.En, StringComparison.Ordinal);
        Assert.Equal("risks", f.Place.Path);
        // The first risk's row, so the user lands on the table.
        Assert.Equal(42, f.Place.Source?.Line);
    }

    [Fact]
    public void Says_all_when_no_risk_has_an_owner()
    {
        var plan = RiskPlans.With(RiskPlans.Complete("A") with { Owner = null }, RiskPlans.Complete("B") with { Owner = null });

        var f = Assert.Single(CheckRun.Rule<RiskWithoutOwnerRule>(plan));

        Assert.Contains("Kaikilta riskeiltä (2)", f.Message.Fi, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_when_every_risk_has_an_owner()
    {
        Assert.Empty(CheckRun.Rule<RiskWithoutOwnerRule>(RiskPlans.ThreeWith(0, r => r)));
    }

    [Fact]
    public void An_empty_template_row_is_not_a_risk_without_an_owner()
    {
        var plan = RiskPlans.With(RiskPlans.Complete("A"), new Hankevahti.Plans.Risk { Title = " " });

        Assert.Empty(CheckRun.Rule<RiskWithoutOwnerRule>(plan));
    }

    [Fact]
    public void A_plan_without_risks_gives_nothing()
    {
        Assert.Empty(CheckRun.Rule<RiskWithoutOwnerRule>(new Hankevahti.Plans.Plan()));
    }
}
