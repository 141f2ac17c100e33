using Hankevahti.Checks;
using Hankevahti.Plans;
using PlanOrganisation = Hankevahti.Plans.Organisation;

namespace Hankevahti.Tests.Checks.Organisations;

public class OrganisationOddPlanTests
{
    private static readonly Rule[] OrganisationRules = RuleCatalog.All.Where(r => r.Code.StartsWith("HV-ORG-", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void The_organisation_rules_are_listed()
    {
        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"HV-ORG-00{i}"), OrganisationRules.Select(r => r.Code).Take(7));
    }

    [Fact]
    public void Nulls_where_a_hand_edited_plan_may_have_them_give_findings_not_failures()
    {
        // A stored plan's JSON can hold nulls for lists and texts the model declares non-null.
        var plan = new Plan
        {
            Sections = [new Section { Title = null!, Kind = "organisation", Text = "Hanketta johtaa projektipäällikkö." }],
            Governance = [null!, new GovernanceBody { Name = null!, Members = null! }, new GovernanceBody { Members = [null!, new GovernanceMember()] }],
            Organisations = [null!, new PlanOrganisation { Name = null!, Roles = null! }, new PlanOrganisation { Name = "Alue B", Roles = [OrganisationRole.CoImplementer] }],
            Resources = [null!, new Resource { PersonOrRole = null!, Organisation = null }, new Resource { PersonOrRole = "Koordinaattori", Allocation = new Allocation() }],
            Budget = new Budget { Lines = [new BudgetLine { Organisation = "Alue A", Amount = 10 }] },
        };

        var report = PlanChecker.Check(plan, rules: OrganisationRules);

        Assert.DoesNotContain(report.Findings, f => f.Code == PlanChecker.RuleFailedCode);
        Assert.Contains(report.Findings, f => f.Code == "HV-ORG-005");
        Assert.Contains(report.Findings, f => f.Code == "HV-ORG-007");
    }
}
