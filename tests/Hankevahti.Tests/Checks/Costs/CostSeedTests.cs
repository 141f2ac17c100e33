using Hankevahti.Checks;
using Hankevahti.Demo;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;
using Hankevahti.Tests.Import;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Checks.Costs;

/// <summary>The acceptance figures of the cost rules on the seeds, and silence where the plans agree.</summary>
public class CostSeedTests
{
    private static IReadOnlyList<Finding> Costs(string seed) =>
        CheckRun.Seed(seed).Findings.Where(f => f.Code.StartsWith("HV-COST-", StringComparison.Ordinal)).ToList();

    [Theory]
    // Investment 2 is one row of 800 000 in 7.2; its packages 2.1 and 2.2 estimate 500 000 + 800 000.
    [InlineData("Investointi 2", "800 000 €", "1 300 000 €")]
    // Investment 1: rows a) and b) 4 301 620 against the packages' 4 300 000.
    [InlineData("Investointi 1", "4 301 620 €", "4 300 000 €")]
    public void Rrf_investment_rows_against_their_packages(string investment, string table, string packages)
    {
        var f = Assert.Single(Costs(Seeds.Rrf), f => f.Code == "HV-COST-002" && f.Message.Fi.Contains(investment + " ", StringComparison.Ordinal)
            && f.Message.Fi.Contains(table, StringComparison.Ordinal));
        Assert.Contains(packages, f.Message.Fi, StringComparison.Ordinal);
        Assert.Equal("7.2", f.Place.SectionNumber);
        Assert.NotNull(f.Place.Source?.Line);
    }

    [Fact]
    public void Rrf_investment_2_is_an_error_and_investment_1_a_warning()
    {
        // 1 620 € off with one estimate stated "noin" is a look, 500 000 € off is an error.
        var findings = Costs(Seeds.Rrf).Where(f => f.Code == "HV-COST-002").ToList();
        Assert.Equal(FindingSeverity.Error, Assert.Single(findings, f => f.Message.Fi.Contains("1 300 000 €", StringComparison.Ordinal)).Severity);
        var approximate = Assert.Single(findings, f => f.Message.Fi.Contains("4 301 620 €", StringComparison.Ordinal));
        Assert.Equal(FindingSeverity.Warning, approximate.Severity);
        // Package 1.2 is the one stated "noin".
        Assert.Contains("ilmoitettu: Työpaketti 1.2.", approximate.Message.Fi, StringComparison.Ordinal);
    }

    [Theory]
    // Numbered rows of investments 3 and 4 against the packages of the same number.
    [InlineData("3.2", "117 000 €", "150 000 €")]
    [InlineData("4.1", "700 000 €", "1 000 000 €")]
    [InlineData("4.2", "450 000 €", "650 000 €")]
    [InlineData("4.3", "425 000 €", "450 000 €")]
    public void Rrf_packages_against_their_numbered_rows(string package, string estimate, string row)
    {
        var f = Assert.Single(Costs(Seeds.Rrf), f => f.Code == "HV-COST-002" && f.Message.Fi.StartsWith("Työpaketti " + package + ":", StringComparison.Ordinal));
        Assert.Equal(FindingSeverity.Error, f.Severity);
        Assert.Contains(estimate, f.Message.Fi, StringComparison.Ordinal);
        Assert.Contains(row, f.Message.Fi, StringComparison.Ordinal);
        // The finding points to the package's sentence, under the package's section.
        Assert.Equal(package, f.Place.SectionNumber);
        Assert.NotNull(f.Place.Source?.Line);
    }

    [Fact]
    public void Rrf_packages_that_agree_with_their_rows_give_nothing()
    {
        // 3.1 estimates 200 000 and row 1. of investment 3 costs 200 000.
        Assert.DoesNotContain(Costs(Seeds.Rrf), f => f.Message.Fi.StartsWith("Työpaketti 3.1", StringComparison.Ordinal));
        Assert.Equal(6, Costs(Seeds.Rrf).Count(f => f.Code == "HV-COST-002"));
    }

    [Fact]
    public void Rrf_row_3_of_investment_3_has_no_work_package()
    {
        var f = Assert.Single(Costs(Seeds.Rrf), f => f.Code == "HV-COST-003");
        Assert.Contains("250 000 €", f.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("3.3", f.Message.Fi, StringComparison.Ordinal);
        Assert.Equal("7.2", f.Place.SectionNumber);
    }

    [Fact]
    public void Rrf_pillar_3_is_costed_with_an_empty_section()
    {
        var f = Assert.Single(Costs(Seeds.Rrf), f => f.Code == "HV-COST-004");
        Assert.Equal(FindingSeverity.Error, f.Severity);
        Assert.Contains("Pilari 3", f.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("800 000 €", f.Message.Fi, StringComparison.Ordinal);
        Assert.Equal("4.1", f.Place.SectionNumber);
    }

    [Fact]
    public void Rrf_package_4_1_estimate_belongs_to_4_1()
    {
        // Its sentence says "Työpaketin 1"; the heading (4.1) decides, as investment 1 is another part.
        var figures = SeedImports.Plan(Seeds.Rrf).Budget.StatedFigures.Where(f => f.Kind == StatedFigureKind.PartTotal).ToList();
        Assert.Equal(700_000m, Assert.Single(figures, f => f.Scope.PartCode == "4.1").Value);
        Assert.DoesNotContain(figures, f => f.Scope.PartCode == "1");
    }

    [Fact]
    public void Rakenneuudistus_part_3_actions_sum_to_less_than_the_stated_total()
    {
        var f = Assert.Single(Costs(Seeds.Rakenneuudistus));
        Assert.Equal("HV-COST-001", f.Code);
        Assert.Equal(FindingSeverity.Error, f.Severity);
        Assert.Equal("4.6", f.Place.SectionNumber);
        Assert.Contains("= 1 600 000 €", f.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("1 900 000 €", f.Message.Fi, StringComparison.Ordinal);
        // The quote is the total as written, and the locator finds its line in the section.
        Assert.StartsWith("1 900 000", f.Place.Quote, StringComparison.Ordinal);
        Assert.True(f.Place.Source?.Line > SeedImports.Plan(Seeds.Rakenneuudistus).Sections.SelectMany(Flatten).Single(s => s.Number == "4.6").Source?.Line);
    }

    [Fact]
    public void Hyvan_tyon_and_the_demo_plan_give_no_cost_finding()
    {
        Assert.Empty(Costs(Seeds.HyvanTyon));
        var demo = PlanChecker.Check(DemoPlan.Load()).Findings.Where(f => f.Code.StartsWith("HV-COST-", StringComparison.Ordinal)).ToList();
        Assert.True(demo.Count == 0, CheckRun.Describe(demo));
    }

    private static IEnumerable<Section> Flatten(Section s) => new[] { s }.Concat(s.Children.SelectMany(Flatten));
}
