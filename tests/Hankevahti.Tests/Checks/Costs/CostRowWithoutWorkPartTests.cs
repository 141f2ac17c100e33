using Hankevahti.Checks;
using Hankevahti.Checks.Rules.Costs;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;
using static Hankevahti.Tests.Checks.Costs.CostPlans;

namespace Hankevahti.Tests.Checks.Costs;

public class CostRowWithoutWorkPartTests
{
    [Fact]
    public void Every_row_with_its_part_gives_nothing()
    {
        var findings = CheckRun.Rule<CostRowWithoutWorkPartRule>(Agreeing());
        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    [Fact]
    public void A_numbered_row_whose_package_is_missing()
    {
        // Rows 1. and 2. cost packages 3.1 and 3.2; row 3. points to a package 3.3 the plan does not have.
        var plan = Agreeing();
        plan.Budget.Lines.Add(Row("Pilari 4 / Investointi 3", "3. Vaikuttavuus", 250_000));
        var f = Assert.Single(CheckRun.Rule<CostRowWithoutWorkPartRule>(plan));
        Assert.Equal(FindingSeverity.Warning, f.Severity);
        Assert.Equal("budget.lines[3]", f.Place.Path);
        Assert.Contains("3.3", f.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("250 000 €", f.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("3.1 ja 3.2", f.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("work package 3.3", f.Message.En, StringComparison.Ordinal);
    }

    [Theory]
    // A pillar the plan does not have.
    [InlineData("Pilari 5", 1)]
    // An investment missing under an existing pillar.
    [InlineData("Pilari 4 / Investointi 9", 1)]
    // A part that exists.
    [InlineData("Pilari 4 / Investointi 2", 0)]
    public void A_row_whose_part_is_not_in_the_plan(string path, int expected)
    {
        var plan = Agreeing();
        plan.Budget.Lines.Add(Row(path, "Muu", 10_000));
        plan.Budget.Lines.Add(Row(path, "Toinen", 5_000));
        var findings = CheckRun.Rule<CostRowWithoutWorkPartRule>(plan);
        // Two rows of one unknown part make one finding.
        Assert.True(findings.Count == expected, CheckRun.Describe(findings));
        if (expected > 0)
        {
            Assert.Contains("15 000 €", findings[0].Message.Fi, StringComparison.Ordinal);
        }
    }

    [Theory]
    // Numbers that mostly have no package are not package numbers (a list of cost items): nothing is missing.
    [InlineData("1. Palkat", "2. Matkat", "3. Palvelut")]
    // Rows without numbers say nothing about packages.
    [InlineData("Palkat", "Matkat", "Palvelut")]
    public void Rows_whose_numbers_do_not_follow_the_packages(string a, string b, string c)
    {
        var plan = Plan(
            [Pillar("4", Investment("2", Package("2.1")))],
            [Row("Pilari 4 / Investointi 2", a, 1), Row("Pilari 4 / Investointi 2", b, 2), Row("Pilari 4 / Investointi 2", c, 3)]);
        Assert.Empty(CheckRun.Rule<CostRowWithoutWorkPartRule>(plan));
    }

    [Fact]
    public void A_plan_without_a_work_structure_gives_nothing()
    {
        // Other rules report the missing structure; every row would be noise here.
        var plan = Plan([], [Row("Osa-alue 1", "Palkat", 1000)]);
        Assert.Empty(CheckRun.Rule<CostRowWithoutWorkPartRule>(plan));
    }

    [Theory]
    // Two rows of one year each for the same numbered item are one row of the table.
    [InlineData(2026, 2027)]
    public void A_row_spread_over_years_is_one_row(int first, int second)
    {
        var plan = Agreeing();
        plan.Budget.Lines.Add(Row("Pilari 4 / Investointi 3", "3. Vaikuttavuus", 100_000) with { Year = first });
        plan.Budget.Lines.Add(Row("Pilari 4 / Investointi 3", "3. Vaikuttavuus", 150_000) with { Year = second });
        var f = Assert.Single(CheckRun.Rule<CostRowWithoutWorkPartRule>(plan));
        Assert.Contains("250 000 €", f.Message.Fi, StringComparison.Ordinal);
    }
}
