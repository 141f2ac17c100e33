using Hankevahti.Plans;

namespace Hankevahti.Import.Money;

/// <summary>Own funding and state grant shares: kept once on <see cref="Funding"/> and each time as a stated figure.</summary>
public static class BudgetFunding
{
    /// <summary>
    /// The plan's funding shares hold for the whole project, but per-part tables repeat them; the first one
    /// found is kept and a different one later is reported, since the model has one share per plan.
    /// </summary>
    public static void AddShare(ImportContext context, bool own, decimal share, string? text, BudgetPlace place, SourceRef source)
    {
        var budget = context.Plan.Budget;
        budget.StatedFigures.Add(new StatedFigure
        {
            Kind = own ? StatedFigureKind.OwnFundingShare : StatedFigureKind.GrantShare,
            Scope = place.Scope(),
            Value = share,
            Text = text,
            Source = source,
        });
        var funding = budget.Funding;
        var current = own ? funding.OwnFundingShare : funding.GrantShare;
        if (current is null)
        {
            funding = own ? funding with { OwnFundingShare = share } : funding with { GrantShare = share };
            context.Plan = context.Plan with { Budget = budget with { Funding = funding with { Source = funding.Source ?? source } } };
        }
        else if (current != share)
        {
            context.Warn(ImportNoteCodes.FundingShareConflict, $"{context.File}: {(own ? "own funding" : "state grant")} share {text} differs from {current * 100m:0.##} % stated earlier; the earlier share was kept.", source);
        }
    }
}
