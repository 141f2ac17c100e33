using Hankevahti.Following;
using Hankevahti.Following.Costs;
using Hankevahti.People;
using Hankevahti.Plans;
using static Hankevahti.Tests.Following.Costs.CostsTestPlans;

namespace Hankevahti.Tests.Following.Costs;

/// <summary>The budget costs are followed against: the plan's planned lines changed by approved transfers.</summary>
public class ApprovedBudgetTests
{
    private static string Cells(BudgetCells budget) => string.Join(" | ", budget.Cells.Where(c => c.Value != 0m)
        .OrderBy(c => c.Key.PartCode, StringComparer.Ordinal).ThenBy(c => c.Key.Category)
        .Select(c => $"{c.Key.PartCode ?? "-"}/{FollowUpNames.Category(c.Key.Category)} {c.Value:0.##}"));

    private const string Plain = "1/personnelHired 100000 | 1/servicesExpert 20000 | 2/personnelHired 50000 | 2/servicesOther 30000";

    public static TheoryData<string, RecordedTransfer[], string> Transfers() => new()
    {
        // No transfers: the planned lines summed per part × category; the Actual line is not budget.
        { "plan only", [], Plain },
        // Submitted and returned transfers wait for the funder and change nothing.
        { "not approved", [Transfer("1", "2", CostCategory.PersonnelHired, CostCategory.PersonnelHired, 5_000m, VersionStatus.Submitted),
            Transfer("1", "2", CostCategory.PersonnelHired, CostCategory.PersonnelHired, 5_000m, VersionStatus.Returned)], Plain },
        // Both cells named: moved between them.
        { "cell to cell", [Transfer("1", "2", CostCategory.ServicesExpert, CostCategory.ServicesOther, 5_000m)],
            "1/personnelHired 100000 | 1/servicesExpert 15000 | 2/personnelHired 50000 | 2/servicesOther 35000" },
        // The category named once counts for both sides (a transfer between parts in personnel costs).
        { "category once", [Transfer("1", "2", CostCategory.PersonnelHired, null, 10_000m)],
            "1/personnelHired 90000 | 1/servicesExpert 20000 | 2/personnelHired 60000 | 2/servicesOther 30000" },
        // The part named once counts for both sides (between categories within part 2).
        { "part once", [Transfer("2", null, CostCategory.ServicesOther, CostCategory.PersonnelHired, 10_000m)],
            "1/personnelHired 100000 | 1/servicesExpert 20000 | 2/personnelHired 60000 | 2/servicesOther 20000" },
        // No category: part 1's categories give in proportion to their budgets (100 000 : 20 000) into part 2's same categories.
        { "part to part, all categories", [Transfer("1", "2", null, null, 12_000m)],
            "1/personnelHired 90000 | 1/servicesExpert 18000 | 2/personnelHired 60000 | 2/servicesExpert 2000 | 2/servicesOther 30000" },
        // No part: personnel of every part gives in proportion (100 000 : 50 000) to the same parts' other services.
        { "category to category across parts", [Transfer(null, null, CostCategory.PersonnelHired, CostCategory.ServicesOther, 15_000m)],
            "1/personnelHired 90000 | 1/servicesExpert 20000 | 1/servicesOther 10000 | 2/personnelHired 45000 | 2/servicesOther 35000" },
        // Proportional shares that do not divide evenly still move exactly the amount (the last cell takes the rounding).
        { "rounding", [Transfer("1", "2", null, null, 100.01m)],
            "1/personnelHired 99916.66 | 1/servicesExpert 19983.33 | 2/personnelHired 50083.34 | 2/servicesExpert 16.67 | 2/servicesOther 30000" },
        // Transfers apply in order: the second takes from what the first gave.
        { "chained", [Transfer("1", "2", CostCategory.ServicesExpert, CostCategory.ServicesExpert, 20_000m),
            Transfer("2", null, CostCategory.ServicesExpert, CostCategory.Materials, 5_000m)],
            "1/personnelHired 100000 | 2/personnelHired 50000 | 2/servicesExpert 15000 | 2/servicesOther 30000 | 2/materials 5000" },
    };

    [Theory, MemberData(nameof(Transfers))]
    public void Approved_transfers_change_the_budget(string why, RecordedTransfer[] transfers, string expected)
    {
        var budget = ApprovedBudget.Of(TwoParts(), transfers);

        Assert.True(expected == Cells(budget), why + ": " + Cells(budget));
        // A transfer moves money; it never makes or loses any.
        Assert.Equal(200_000m, budget.Total);
    }

    [Fact]
    public void A_transfer_from_a_source_without_budget_is_reported_not_guessed()
    {
        var transfer = Transfer("3", "2", null, null, 1_000m);

        var budget = ApprovedBudget.Of(TwoParts(), [transfer]);

        Assert.Equal(Plain, Cells(budget));
        Assert.Equal([transfer], budget.Unplaced);
    }

    [Fact]
    public void An_organisations_budget_is_its_own_lines_without_the_projects_transfers()
    {
        var budget = ApprovedBudget.Of(TwoParts(), [Transfer("1", "2", CostCategory.PersonnelHired, null, 10_000m)], " partner town ");

        Assert.Equal("1/personnelHired 40000", Cells(budget));
    }
}
