using Hankevahti.Checks;
using Hankevahti.Demo;
using Hankevahti.Tests.Checks.Support;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Checks.Organisations;

/// <summary>The organisation rules on the real plans and the demo plan: the gaps the issue names, and nothing else.</summary>
public class OrganisationSeedTests
{
    private static IReadOnlyList<Finding> Organisation(string seed) =>
        CheckRun.Seed(seed).Findings.Where(f => f.Code.StartsWith("HV-ORG-", StringComparison.Ordinal)).ToList();

    [Fact]
    public void HyvanTyon_steering_group_has_no_named_members()
    {
        var f = Assert.Single(Organisation(Seeds.HyvanTyon), f => f.Code == "HV-ORG-001");

        Assert.Equal(FindingSeverity.Warning, f.Severity);
        Assert.Contains("7 paikkaa", f.Message.Fi, StringComparison.Ordinal);
        Assert.Equal("6.1", f.Place.SectionNumber);
    }

    [Fact]
    public void HyvanTyon_resource_table_has_empty_rows_for_HUS_and_Keusote()
    {
        var f = Assert.Single(Organisation(Seeds.HyvanTyon), f => f.Code == "HV-ORG-006");

        Assert.Contains("tyhjiä rivejä: HUS, Keusote", f.Message.Fi, StringComparison.Ordinal);
        Assert.Equal("6.2", f.Place.SectionNumber);
        Assert.NotNull(f.Place.Source?.Row);
    }

    [Fact]
    public void HyvanTyon_has_no_other_organisation_findings()
    {
        // Its co-implementers' tasks are in the table, and the plan has no budget lines to hold their shares.
        var others = Organisation(Seeds.HyvanTyon).Where(f => f.Code is not ("HV-ORG-001" or "HV-ORG-006")).ToList();

        Assert.True(others.Count == 0, CheckRun.Describe(others));
    }

    [Fact]
    public void Rakenneuudistus_and_Rrf_give_at_most_remarks()
    {
        // 001 names its co-implementer in one sentence and splits no budget by organisation; 004 mentions its
        // steering group only in prose. Neither is worth a warning.
        var findings = Organisation(Seeds.Rakenneuudistus).Concat(Organisation(Seeds.Rrf)).ToList();

        Assert.True(findings.All(f => f.Severity == FindingSeverity.Info), CheckRun.Describe(findings));
        Assert.DoesNotContain(findings, f => f.Code is "HV-ORG-001" or "HV-ORG-002" or "HV-ORG-003");
    }

    [Fact]
    public void Demo_plan_has_no_organisation_findings()
    {
        var findings = PlanChecker.Check(DemoPlan.Load()).Findings.Where(f => f.Code.StartsWith("HV-ORG-", StringComparison.Ordinal)).ToList();

        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }
}
