using Hankevahti.Checks;
using Hankevahti.Checks.Rules.Risks;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;

namespace Hankevahti.Tests.Checks.Risks;

public class RiskScoreMismatchTests
{
    [Theory]
    // 3 × 2 = 6, stated 8.
    [InlineData(3, 3, 2, 2, 8, 8, "3 × 2 = 6")]
    // A range: 4 × 2–3 = 8–12, stated 8–10.
    [InlineData(4, 4, 2, 3, 8, 10, "4 × 2–3 = 8–12")]
    // A single score outside the range: 4 × 2–3, stated 10.
    [InlineData(4, 4, 2, 3, 10, 10, "= 8–12")]
    // A range where the product is single: 2 × 4 = 8, stated 8–12.
    [InlineData(2, 2, 4, 4, 8, 12, "= 8")]
    public void Fires_when_the_score_is_not_the_product(int lMin, int lMax, int iMin, int iMax, int sMin, int sMax, string product)
    {
        var plan = RiskPlans.ThreeWith(1, r => r with
        {
            Likelihood = RiskPlans.Rating(lMin, lMax),
            Impact = RiskPlans.Rating(iMin, iMax),
            StatedScore = RiskPlans.Rating(sMin, sMax, sMin == sMax ? $"{sMin}" : $"{sMin}–{sMax}"),
        });

        var f = Assert.Single(CheckRun.Rule<RiskScoreMismatchRule>(plan));

        Assert.Equal(FindingSeverity.Error, f.Severity);
        Assert.Contains(product, f.Message.Fi, StringComparison.Ordinal);
        Assert.Equal("risks[1].statedScore", f.Place.Path);
        Assert.Equal(43, f.Place.Source?.Line);
    }

    [Theory]
    // Single values: 3 × 2 = 6.
    [InlineData(3, 3, 2, 2, 6, 6)]
    // The plan's range: "8–12" for 4 × 2–3 is right.
    [InlineData(4, 4, 2, 3, 8, 12)]
    // The worst case of the range stated alone.
    [InlineData(4, 4, 2, 3, 12, 12)]
    // The best case of the range stated alone.
    [InlineData(2, 3, 2, 2, 4, 4)]
    public void Quiet_when_the_score_is_the_product(int lMin, int lMax, int iMin, int iMax, int sMin, int sMax)
    {
        var plan = RiskPlans.ThreeWith(1, r => r with
        {
            Likelihood = RiskPlans.Rating(lMin, lMax),
            Impact = RiskPlans.Rating(iMin, iMax),
            StatedScore = RiskPlans.Rating(sMin, sMax),
        });

        Assert.Empty(CheckRun.Rule<RiskScoreMismatchRule>(plan));
    }

    [Fact]
    public void Ratings_in_words_or_missing_are_not_compared()
    {
        var plan = RiskPlans.With(
            RiskPlans.Complete("A") with { Likelihood = new RiskRating { Text = "Todennäköinen" }, StatedScore = RiskPlans.Rating(20) },
            RiskPlans.Complete("B") with { Impact = null, StatedScore = RiskPlans.Rating(20) },
            RiskPlans.Complete("C") with { StatedScore = new RiskRating { Text = "korkea" } });

        Assert.Empty(CheckRun.Rule<RiskScoreMismatchRule>(plan));
    }

    [Fact]
    public void Each_wrong_score_is_its_own_error()
    {
        var plan = RiskPlans.ThreeWith(0, r => r with { StatedScore = RiskPlans.Rating(5) });
        plan.Risks[2] = plan.Risks[2] with { StatedScore = RiskPlans.Rating(9) };

        Assert.Equal(["risks[0].statedScore", "risks[2].statedScore"], CheckRun.Rule<RiskScoreMismatchRule>(plan).Select(f => f.Place.Path));
    }

    [Fact]
    public void Three_or_more_wrong_scores_are_one_finding_listing_them()
    {
        // A table scored some other way (a sum, another scale) is one cause, not an error per row.
        var plan = RiskPlans.ThreeWith(0, r => r with { StatedScore = RiskPlans.Rating(5) });
        plan.Risks[1] = plan.Risks[1] with { StatedScore = RiskPlans.Rating(5) };
        plan.Risks[2] = plan.Risks[2] with { StatedScore = RiskPlans.Rating(5) };

        var f = Assert.Single(CheckRun.Rule<RiskScoreMismatchRule>(plan));

        Assert.Equal(FindingSeverity.Error, f.Severity);
        Assert.StartsWith("3 riskin pistemäärä", f.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("«Toimittaja myöhästyy»: 5 ≠ 3 × 2 = 6", f.Message.Fi, StringComparison.Ordinal);
        Assert.Equal("risks", f.Place.Path);
    }
}
