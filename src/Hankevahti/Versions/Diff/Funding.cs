using Hankevahti.Figures;
using Hankevahti.Plans;

namespace Hankevahti.Versions.Diff;

/// <summary>Funding before and after, as <see cref="PlanFigures"/> derives it from the planned lines and shares.</summary>
internal static class Funding
{
    public static FundingChange Compare(Plan from, Plan to) => new(Of(from), Of(to));

    private static FundingFigures Of(Plan plan) => new(
        PlanFigures.Total(plan.Budget),
        plan.Budget.Funding.OwnFundingShare,
        plan.Budget.Funding.GrantShare,
        PlanFigures.OwnFunding(plan.Budget),
        PlanFigures.Grant(plan.Budget),
        PlanFigures.GrantTransfers(plan),
        plan.Budget.Funding.OtherIncome.Sum(i => i.Amount));
}
