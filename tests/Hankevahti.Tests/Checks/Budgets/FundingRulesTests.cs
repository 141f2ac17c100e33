using Hankevahti.Checks;
using Hankevahti.Checks.Profiles;
using Hankevahti.Checks.Rules.Budgets;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;
using static Hankevahti.Tests.Checks.Budgets.BudgetTable;

namespace Hankevahti.Tests.Checks.Budgets;

public class FundingRulesTests
{
    [Fact]
    public void A_consistent_table_gives_nothing()
    {
        var plan = Plan();
        var findings = CheckRun.Rule<FundingAddsUpRule>(plan)
            .Concat(CheckRun.Rule<FundingShareMatchesProfileRule>(plan))
            .Concat(CheckRun.Rule<FundingAmountMatchesShareRule>(plan)).ToList();

        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    [Theory]
    // Own funding + grant short of the total by 10 000 in the forecast column.
    [InlineData(206_000, 1)]
    // Rounding of two amounts to the euro.
    [InlineData(216_001, 0)]
    public void Own_funding_and_grant_add_up_to_the_total(decimal grant, int expected)
    {
        var plan = With(Plan(), StatedFigureKind.Grant, Forecast, grant);

        var findings = CheckRun.Rule<FundingAddsUpRule>(plan);

        Assert.Equal(expected, findings.Count);
        if (expected > 0)
        {
            Assert.Contains("omarahoitus 54 000 € + valtionavustus 206 000 € = 260 000 €", findings[0].Message.Fi);
            Assert.Contains("270 000", findings[0].Message.Fi);
        }
    }

    [Theory]
    // 20 % of 270 000 is 54 000; 60 000 is wrong.
    [InlineData(60_000, 1)]
    // Rounding to the euro is tolerated.
    [InlineData(54_001, 0)]
    public void Own_funding_is_its_share_of_the_total(decimal own, int expected)
    {
        var plan = With(Plan(), StatedFigureKind.OwnFunding, Forecast, own);

        var findings = CheckRun.Rule<FundingAmountMatchesShareRule>(plan);

        Assert.Equal(expected, findings.Count);
        if (expected > 0)
        {
            Assert.Contains("omarahoitus 60 000 €, mutta 20 % kokonaiskustannuksista 270 000 € on 54 000 €", findings[0].Message.Fi);
        }
    }

    [Fact]
    public void The_share_stated_in_the_plan_wins_over_the_profile()
    {
        // A plan using 25 % throughout gets one share finding (HV-FUNDING-002), not one per amount.
        var plan = Plan();
        plan.Budget.StatedFigures.RemoveAll(f => f.Kind is StatedFigureKind.OwnFunding or StatedFigureKind.Grant);
        plan = plan with { Budget = plan.Budget with { Funding = new Funding { OwnFundingShare = 0.25m, GrantShare = 0.75m } } };
        plan.Budget.StatedFigures.Add(Figure(StatedFigureKind.OwnFunding, Planned, 100_000));
        plan.Budget.StatedFigures.Add(Figure(StatedFigureKind.Grant, Planned, 300_000));

        Assert.Empty(CheckRun.Rule<FundingAmountMatchesShareRule>(plan));
        // The structural reform's grant is at most 80 %: asking for 75 % and funding 25 % itself is the applicant's right.
        Assert.Empty(CheckRun.Rule<FundingShareMatchesProfileRule>(plan));
    }

    [Fact]
    public void A_fixed_share_asked_for_less_is_worth_a_look()
    {
        // RRF funds in full: a plan asking for 90 % is not wrong, but the applicant should confirm it.
        var plan = Plan("rrf");
        plan.Budget.StatedFigures.Add(Figure(StatedFigureKind.GrantShare, new FigureScope { PartCode = "1", Table = Table }, 0.9m));

        var finding = Assert.Single(CheckRun.Rule<FundingShareMatchesProfileRule>(plan), f => f.Message.Fi.Contains("Avustusosuus on 90 %"));

        Assert.Equal(FindingSeverity.Warning, finding.Severity);
    }

    [Theory]
    // More grant than the structural reform's ceiling of 80 % allows, or less own funding than the rest: error.
    // (More own funding than the rest gives nothing: A_share_under_the_ceiling_gives_nothing.)
    [InlineData(StatedFigureKind.GrantShare, 0.9, FindingSeverity.Error)]
    [InlineData(StatedFigureKind.OwnFundingShare, 0.1, FindingSeverity.Error)]
    public void A_stated_share_other_than_the_programmes_is_reported(StatedFigureKind kind, double share, FindingSeverity severity)
    {
        var plan = Plan();
        plan.Budget.StatedFigures.Add(Figure(kind, new FigureScope { PartCode = "1", Table = Table }, (decimal)share));

        var finding = Assert.Single(CheckRun.Rule<FundingShareMatchesProfileRule>(plan));

        Assert.Equal(severity, finding.Severity);
        Assert.Contains(Say.Share((decimal)share).Fi, finding.Message.Fi);
    }

    [Fact]
    public void An_rrf_plan_is_funded_in_full_by_the_grant()
    {
        // The RRF profile: grant 100 %, own funding 0 %; a stated own funding amount is then an error.
        var plan = Plan("rrf");
        plan = plan with { Budget = plan.Budget with { Funding = new Funding() } };

        var amounts = CheckRun.Rule<FundingAmountMatchesShareRule>(plan);

        Assert.Contains(amounts, f => f.Message.Fi.Contains("0 % kokonaiskustannuksista 400 000 € on 0 €"));
        Assert.Contains(amounts, f => f.Message.Fi.Contains("100 % kokonaiskustannuksista 400 000 € on 400 000 €"));
    }

    [Fact]
    public void A_generic_profile_fixes_no_share()
    {
        var plan = Plan("tuntematon");
        plan.Budget.StatedFigures.Add(Figure(StatedFigureKind.OwnFundingShare, new FigureScope { Table = Table }, 0.5m));

        Assert.Empty(CheckRun.Rule<FundingShareMatchesProfileRule>(plan, ProfileCatalog.Generic));
    }

    [Fact]
    public void Prose_funding_goes_with_the_total_on_its_line()
    {
        // "kokonaisbudjetti 936 000 €, josta omarahoitus 187 200 €" and the update on another line.
        var plan = new Plan { Project = new Project { Programme = new Programme { Key = "rakenneuudistus" } } };
        var prose = new FigureScope { PartCode = "1", Table = "2.5" };
        plan.Budget.StatedFigures.AddRange(
        [
            new StatedFigure { Kind = StatedFigureKind.PartTotal, Scope = prose, Value = 936_000, Source = new SourceRef { Line = 10 } },
            new StatedFigure { Kind = StatedFigureKind.OwnFunding, Scope = prose, Value = 187_200, Source = new SourceRef { Line = 10 } },
            new StatedFigure { Kind = StatedFigureKind.PartTotal, Scope = prose, Value = 1_336_000, Source = new SourceRef { Line = 12 } },
            new StatedFigure { Kind = StatedFigureKind.OwnFunding, Scope = prose, Value = 257_200, Source = new SourceRef { Line = 12 } },
        ]);

        var finding = Assert.Single(CheckRun.Rule<FundingAmountMatchesShareRule>(plan));

        Assert.Contains("257 200", finding.Message.Fi);
        Assert.Contains("267 200", finding.Message.Fi);
        Assert.Equal(12, finding.Place.Source?.Line);
        // A sentence has no row or column to name.
        Assert.DoesNotContain("sarake", finding.Message.Fi);
        Assert.DoesNotContain("column", finding.Message.En);
    }

    [Fact]
    public void A_share_under_the_ceiling_gives_nothing()
    {
        // The structural reform: 30 % own funding is more than the 20 % the 80 % ceiling leaves; no finding.
        var plan = Plan();
        plan.Budget.StatedFigures.Add(Figure(StatedFigureKind.OwnFundingShare, new FigureScope { PartCode = "1", Table = Table }, 0.3m));

        Assert.Empty(CheckRun.Rule<FundingShareMatchesProfileRule>(plan));
    }
}
