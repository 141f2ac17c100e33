using Hankevahti.Checks;
using Hankevahti.Checks.Rules.Risks;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;

namespace Hankevahti.Tests.Checks.Risks;

public class RiskNotRatedTests
{
    [Fact]
    public void One_unrated_risk_among_rated_ones_is_a_warning_naming_both_properties_once()
    {
        var plan = RiskPlans.ThreeWith(1, r => r with { Likelihood = null, Impact = null, StatedScore = null });

        var f = Assert.Single(CheckRun.Rule<RiskNotRatedRule>(plan));

        Assert.Equal(FindingSeverity.Warning, f.Severity);
        Assert.Contains("arvio todennäköisyydestä ja vaikutuksesta", f.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("Toimittaja myöhästyy", f.Message.Fi, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_risks_missing_different_ratings_give_one_finding_each()
    {
        var plan = RiskPlans.ThreeWith(0, r => r with { Likelihood = null });
        plan.Risks[2] = plan.Risks[2] with { Impact = new RiskRating { Text = " " } };

        var findings = CheckRun.Rule<RiskNotRatedRule>(plan);

        Assert.Equal(2, findings.Count);
        Assert.Contains("puuttuu arvio todennäköisyydestä", findings[0].Message.Fi, StringComparison.Ordinal);
        Assert.Contains("Rekrytointi", findings[0].Message.Fi, StringComparison.Ordinal);
        Assert.Contains("puuttuu arvio vaikutuksesta", findings[1].Message.Fi, StringComparison.Ordinal);
        Assert.Contains("Sitoutuminen", findings[1].Message.Fi, StringComparison.Ordinal);
        Assert.Equal("risks[2].impact", findings[1].Place.Path);
    }

    [Fact]
    public void A_plan_that_rates_no_risk_gets_a_remark_not_a_warning()
    {
        // Some templates ask for no rating; the plan is not wrong, only less useful.
        var plan = RiskPlans.With(
            RiskPlans.Complete("A") with { Likelihood = null, Impact = null, StatedScore = null },
            RiskPlans.Complete("B") with { Likelihood = null, Impact = null, StatedScore = null });

        var f = Assert.Single(CheckRun.Rule<RiskNotRatedRule>(plan));

        Assert.Equal(FindingSeverity.Info, f.Severity);
        Assert.Contains("Kaikilta riskeiltä (2)", f.Message.Fi, StringComparison.Ordinal);
    }

    [Theory]
    // Numbers on the 1–5 scale.
    [InlineData(false)]
    // The plan's own words, with no numbers ("Todennäköinen", "Merkittävä").
    [InlineData(true)]
    public void Quiet_when_every_risk_is_rated(bool inWords)
    {
        var plan = inWords
            ? RiskPlans.ThreeWith(0, r => r with { Likelihood = new RiskRating { Text = "Todennäköinen" }, Impact = new RiskRating { Text = "Merkittävä" }, StatedScore = null })
            : RiskPlans.ThreeWith(0, r => r);

        Assert.Empty(CheckRun.Rule<RiskNotRatedRule>(plan));
    }
}
