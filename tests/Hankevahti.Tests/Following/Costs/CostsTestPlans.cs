using Hankevahti.Following;
using Hankevahti.People;
using Hankevahti.Plans;

namespace Hankevahti.Tests.Following.Costs;

/// <summary>Small made-up plans and follow-ups for the costs tests.</summary>
internal static class CostsTestPlans
{
    public const string Lead = "Lead County";
    public const string Partner = "Partner Town";

    /// <summary>Two parts, personnel and services in each, part 1's split between two organisations; 2026-01-01..2027-12-31.</summary>
    public static Plan TwoParts() => new()
    {
        Project = new Project { Name = "T", Period = new DateRange { Start = new(2026, 1, 1), End = new(2027, 12, 31) } },
        Work = [new WorkPart { Code = "1" }, new WorkPart { Code = "2" }],
        Organisations = [new Organisation { Name = Lead }, new Organisation { Name = Partner }],
        Budget = new Budget
        {
            Lines =
            [
                Line("1", CostCategory.PersonnelHired, 60_000m, Lead),
                Line("1", CostCategory.PersonnelHired, 40_000m, Partner),
                Line("1", CostCategory.ServicesExpert, 20_000m, Lead),
                Line("2", CostCategory.PersonnelHired, 50_000m, Lead),
                Line("2", CostCategory.ServicesOther, 30_000m, Lead),
                // Not planned: an actual column the imported document had; never part of the budget.
                new BudgetLine { PartCode = "1", Category = CostCategory.PersonnelHired, Amount = 999m, Kind = FigureKind.Actual },
            ],
        },
    };

    public static BudgetLine Line(string? part, CostCategory category, decimal amount, string? org = null) =>
        new() { PartCode = part, Category = category, Amount = amount, Organisation = org, Kind = FigureKind.Planned };

    public static RecordedTransfer Transfer(string? fromPart, string? toPart, CostCategory? from, CostCategory? to, decimal amount,
        VersionStatus status = VersionStatus.Approved) => new(fromPart, toPart, from, to, amount, "reason", status);

    public static CostAmount Cost(string org, string? part, CostCategory category, int year, int month, decimal amount) =>
        new(org, part, category, new DateOnly(year, month, 1), amount);

    public static FollowUp With(IReadOnlyList<CostAmount>? costs = null, IReadOnlyList<CostForecast>? forecasts = null,
        IReadOnlyList<RecordedTransfer>? transfers = null) =>
        FollowUp.Empty with { Costs = costs ?? [], Forecasts = forecasts ?? [], Transfers = transfers ?? [] };
}
