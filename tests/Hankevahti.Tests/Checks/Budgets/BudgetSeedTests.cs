using Hankevahti.Checks;
using Hankevahti.Checks.Rules.Budgets;
using Hankevahti.Demo;
using Hankevahti.Plans;
using Hankevahti.Tests.Import;
using Hankevahti.Tests.Checks.Support;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Checks.Budgets;

/// <summary>The budget and funding findings on the real plans: the ones the issue asks for, and no others.</summary>
public class BudgetSeedTests
{
    private static IReadOnlyList<Finding> Budget(string seed) =>
        CheckRun.Seed(seed).Findings.Where(f => f.Code.StartsWith("HV-BUDGET-", StringComparison.Ordinal) || f.Code.StartsWith("HV-FUNDING-", StringComparison.Ordinal)).ToList();

    [Theory]
    // Liite 1: the 2021 forecast's cost categories against the stated total.
    [InlineData("HV-BUDGET-002", "1 096 927 €", "1 126 927 €", "ennuste 2021")]
    // Liite 1: its total column, 1 306 001 by its categories (209 073 actual + 1 096 927 forecast) against the stated total.
    [InlineData("HV-BUDGET-002", "1 306 001 €", "1 336 000 €", "209 073 €")]
    // Liite 3: the personnel group row's total column against its actual and forecast.
    [InlineData("HV-BUDGET-003", "12 020 €", "225 793 €", "199 361 €")]
    public void Rakenneuudistus_budget_errors_are_found(string code, string first, string second, string third)
    {
        var findings = Budget(Seeds.Rakenneuudistus);

        Assert.True(findings.Any(f => f.Code == code && f.Severity == FindingSeverity.Error
            && f.Message.Fi.Contains(first, StringComparison.Ordinal) && f.Message.Fi.Contains(second, StringComparison.Ordinal)
            && f.Message.Fi.Contains(third, StringComparison.Ordinal)), CheckRun.Describe(findings));
    }

    [Fact]
    public void Rakenneuudistus_findings_point_to_the_table_cells()
    {
        var forecast = Budget(Seeds.Rakenneuudistus).Single(f => f.Message.Fi.Contains("1 126 927", StringComparison.Ordinal));

        Assert.Equal("Liite 1", forecast.Message.Fi[..7]);
        Assert.Equal(4, forecast.Place.Source?.Cell);
        Assert.NotNull(forecast.Place.Source?.Line);
        Assert.StartsWith("budget.statedFigures[", forecast.Place.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Rakenneuudistus_gives_only_the_real_mismatches()
    {
        // Liite 1: forecast and total column totals. Liite 3: services group row (forecast, total column), personnel
        // group row, three category rows of the total column, forecast and total column totals. The part totals of
        // the prose (original and updated) and all funding figures agree; one-euro roundings are not errors.
        var findings = Budget(Seeds.Rakenneuudistus);

        Assert.True(findings.Count == 11, CheckRun.Describe(findings));
        Assert.Equal(2, findings.Count(f => f.Message.Fi.StartsWith("Liite 1", StringComparison.Ordinal)));
        Assert.Equal(9, findings.Count(f => f.Message.Fi.StartsWith("Liite 3", StringComparison.Ordinal)));
        Assert.DoesNotContain(findings, f => f.Code.StartsWith("HV-FUNDING-", StringComparison.Ordinal) || f.Code == "HV-BUDGET-004");
    }

    [Theory]
    // Part 3's original prose total against Liite 3's planned column: a changed figure agrees with no table total.
    [InlineData(StatedFigureKind.PartTotal, "4.6", 1_900_000, 1_800_000, typeof(PartTotalMatchesTablesRule))]
    // Part 1's updated own funding in prose (20 % of 1 336 000) changed.
    [InlineData(StatedFigureKind.OwnFunding, "2.5", 267_200, 277_200, typeof(FundingAmountMatchesShareRule))]
    // Liite 2's grant row in the planned column changed: own funding + grant no longer make the total.
    [InlineData(StatedFigureKind.Grant, "Liite 2", 1_408_000, 1_418_000, typeof(FundingAddsUpRule))]
    public void A_changed_figure_of_the_real_plan_is_caught(StatedFigureKind kind, string table, decimal from, decimal to, Type rule)
    {
        // The rules see the real plan's figures (the agreeing ones are not skipped for want of a match).
        var plan = SeedImports.Plan(Seeds.Rakenneuudistus);
        var figures = plan.Budget.StatedFigures.Select(f => f.Kind == kind && f.Scope.Table == table && f.Value == from ? f with { Value = to } : f).ToList();
        var changed = plan with { Budget = plan.Budget with { StatedFigures = figures } };

        var findings = PlanChecker.Check(changed, rules: [(Rule)Activator.CreateInstance(rule)!]).Findings;

        var finding = Assert.Single(findings);
        Assert.Contains(Say.EurosFi(to), finding.Message.Fi, StringComparison.Ordinal);
    }

    [Theory]
    // Neither plan states a budget table the rules could add up; the RRF work package estimates are another rule's.
    [InlineData(Seeds.HyvanTyon)]
    [InlineData(Seeds.Rrf)]
    public void Plans_without_budget_tables_give_no_budget_findings(string seed)
    {
        var findings = Budget(seed);

        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    [Theory]
    // The clean fixture's table has planned years and a total column; the other fixture's "Palvelujen ostot" row
    // is a category of its own that the importer reads as the head of "Matkakulut" (its totals say otherwise).
    [InlineData("clean-plan.md")]
    [InlineData("kotona-kotoisasti.md")]
    public void The_fixture_plans_give_no_budget_findings(string fixture)
    {
        var imported = Hankevahti.Import.PlanImporter.ImportFile(RepoFiles.Path("tests", "Hankevahti.Tests", "Fixtures", fixture));
        Assert.True(imported.Succeeded, imported.Error);
        Assert.NotEmpty(imported.Plan!.Budget.StatedFigures);

        var findings = PlanChecker.Check(imported.Plan!).Findings
            .Where(f => f.Code.StartsWith("HV-BUDGET-", StringComparison.Ordinal) || f.Code.StartsWith("HV-FUNDING-", StringComparison.Ordinal)).ToList();

        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    [Fact]
    public void The_demo_plan_gives_no_budget_findings()
    {
        var findings = PlanChecker.Check(DemoPlan.Load()).Findings
            .Where(f => f.Code.StartsWith("HV-BUDGET-", StringComparison.Ordinal) || f.Code.StartsWith("HV-FUNDING-", StringComparison.Ordinal)
                || f.Code == PlanChecker.RuleFailedCode).ToList();

        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    [Theory]
    // Each kind of figure the demo states is compared with something: total, subtotals by year and by
    // organisation, part and category totals, funding amounts, and the totals of the actual and forecast tables.
    [InlineData(StatedFigureKind.Total, 1_336_000)]
    [InlineData(StatedFigureKind.Subtotal, 785_000)]
    [InlineData(StatedFigureKind.Subtotal, 171_000)]
    [InlineData(StatedFigureKind.PartTotal, 206_000)]
    [InlineData(StatedFigureKind.CategoryTotal, 905_000)]
    [InlineData(StatedFigureKind.CategoryTotal, 4_000)]
    [InlineData(StatedFigureKind.OwnFunding, 267_200)]
    [InlineData(StatedFigureKind.Grant, 1_068_800)]
    [InlineData(StatedFigureKind.Total, 465_200)]
    [InlineData(StatedFigureKind.Total, 214_000)]
    public void A_changed_figure_of_the_demo_plan_is_caught(StatedFigureKind kind, decimal value)
    {
        var demo = DemoPlan.Load();
        Assert.Contains(demo.Budget.StatedFigures, f => f.Kind == kind && f.Value == value);
        var figures = demo.Budget.StatedFigures.Select(f => f.Kind == kind && f.Value == value ? f with { Value = value + 10_000 } : f).ToList();
        var changed = demo with { Budget = demo.Budget with { StatedFigures = figures } };

        var findings = PlanChecker.Check(changed).Findings.Where(f => f.Code.StartsWith("HV-BUDGET-", StringComparison.Ordinal) || f.Code.StartsWith("HV-FUNDING-", StringComparison.Ordinal)).ToList();

        Assert.Contains(findings, f => f.Message.Fi.Contains(Say.EurosFi(value + 10_000), StringComparison.Ordinal));
    }
}
