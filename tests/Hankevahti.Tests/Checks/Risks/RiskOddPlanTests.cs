using Hankevahti.Checks;
using Hankevahti.Plans;

namespace Hankevahti.Tests.Checks.Risks;

public class RiskOddPlanTests
{
    private static readonly Rule[] RiskRules = RuleCatalog.All.Where(r => r.Code.StartsWith("HV-RISK-", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void The_risk_rules_are_listed()
    {
        Assert.Equal(["HV-RISK-001", "HV-RISK-002", "HV-RISK-003", "HV-RISK-004"], RiskRules.Select(r => r.Code).Take(4));
    }

    [Fact]
    public void Nulls_where_a_hand_edited_plan_may_have_them_give_findings_not_failures()
    {
        // A stored plan's JSON can hold nulls for lists and texts the model declares non-null.
        var plan = new Plan
        {
            Risks =
            [
                null!,
                new Risk { Title = null!, Description = "Kuvaus ilman otsikkoa", Mitigations = null!, Likelihood = new RiskRating(), Impact = new RiskRating { Max = 3 }, StatedScore = new RiskRating { Max = 4 } },
                new Risk { Title = "Ei arvioita", StatedScore = new RiskRating { Min = 6 }, Mitigations = ["Seurataan."] },
            ],
        };

        var report = PlanChecker.Check(plan, rules: RiskRules);

        Assert.DoesNotContain(report.Findings, f => f.Code == PlanChecker.RuleFailedCode);
        // The null is skipped; the risk with only a description is still a risk.
        Assert.Contains(report.Findings, f => f.Code == "HV-RISK-001" && f.Message.Fi.Contains("Kaikilta riskeiltä (2)", StringComparison.Ordinal));
        Assert.Contains(report.Findings, f => f.Code == "HV-RISK-002" && f.Message.Fi.Contains("Kuvaus ilman otsikkoa", StringComparison.Ordinal));
    }
}
