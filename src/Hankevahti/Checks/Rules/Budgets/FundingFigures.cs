using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Budgets;

/// <summary>
/// What a funding figure (own funding, grant) is a share of: the total stated in the same table column, or
/// in prose the total stated with it; and the share that applies to it.
/// </summary>
internal static class FundingFigures
{
    /// <summary>The total a funding figure is part of: a stated total, else the column's lines; null when none is known.</summary>
    public static (decimal Amount, int Summands)? TotalFor(StatedTables tables, TableFigure figure)
    {
        var table = tables.InTableOf(figure).ToList();
        var sameColumn = table.Where(f => f.Kind == StatedFigureKind.Total && f.Column == figure.Column).ToList();
        if (sameColumn.Count == 1 && !TotalMatchesCategoriesRule.IsProse(sameColumn[0]))
        {
            return (sameColumn[0].Figure.Value, 1);
        }
        if (Partner(table, figure, StatedFigureKind.PartTotal, StatedFigureKind.Total) is { } prose)
        {
            return (prose.Figure.Value, 1);
        }
        if (figure.Scope.Kind is not null && !figure.Column.IsTotal)
        {
            var lines = tables.Lines(figure, figure.Scope with { Category = null });
            if (lines.Count > 0)
            {
                return (lines.Sum(l => l.Amount), lines.Count);
            }
        }
        return null;
    }

    /// <summary>
    /// The figure of another kind that goes with a prose figure: the one on the same source line, else the
    /// nearest one before it in the same table ("kokonaisbudjetti 936 000 €, josta omarahoitus 187 200 €").
    /// </summary>
    public static TableFigure? Partner(IReadOnlyList<TableFigure> table, TableFigure figure, params StatedFigureKind[] kinds)
    {
        var candidates = table.Where(f => kinds.Contains(f.Kind) && f.Column == figure.Column).ToList();
        if (candidates.Count <= 1)
        {
            return candidates.FirstOrDefault();
        }
        if (figure.Figure.Source?.Line is { } line && candidates.Any(c => c.Figure.Source?.Line is not null))
        {
            var onLine = candidates.Where(c => c.Figure.Source?.Line == line).ToList();
            return onLine.Count == 1 ? onLine[0] : null;
        }
        return candidates.LastOrDefault(c => c.Index < figure.Index);
    }

    /// <summary>
    /// The share a funding figure should be of its total: the share stated in its table, else the plan's,
    /// else the programme's. The plan's own share wins over the profile so that a plan consistently using
    /// another share gets one finding (HV-FUNDING-002) rather than one per amount.
    /// </summary>
    public static decimal? ShareFor(StatedTables tables, TableFigure figure, Plan plan, Profiles.ProgrammeProfile profile)
    {
        var own = figure.Kind == StatedFigureKind.OwnFunding;
        var shareKind = own ? StatedFigureKind.OwnFundingShare : StatedFigureKind.GrantShare;
        var otherKind = own ? StatedFigureKind.GrantShare : StatedFigureKind.OwnFundingShare;
        var table = tables.Figures.Where(f => string.Equals(f.Table, figure.Table, StringComparison.OrdinalIgnoreCase)
            && string.Equals(f.Scope.PartCode, figure.Scope.PartCode, StringComparison.OrdinalIgnoreCase)
            && string.Equals(f.Scope.Organisation, figure.Scope.Organisation, StringComparison.OrdinalIgnoreCase)).ToList();
        var noIncome = plan.Budget.Funding.OtherIncome.Count == 0;
        if (table.FirstOrDefault(f => f.Kind == shareKind) is { } stated)
        {
            return stated.Figure.Value;
        }
        if (noIncome && table.FirstOrDefault(f => f.Kind == otherKind) is { } other)
        {
            return 1m - other.Figure.Value;
        }
        var funding = plan.Budget.Funding;
        var planShare = own ? funding.OwnFundingShare ?? (noIncome ? 1m - funding.GrantShare : null)
            : funding.GrantShare ?? (noIncome ? 1m - funding.OwnFundingShare : null);
        if (planShare is not null)
        {
            return planShare;
        }
        var rules = profile.Funding;
        return own ? rules.OwnFundingShare ?? (noIncome ? 1m - rules.GrantShare : null)
            : rules.GrantShare ?? (noIncome ? 1m - rules.OwnFundingShare : null);
    }

    /// <summary>
    /// The bound a programme's ceiling (<c>maxGrantShare</c>) sets on a funding share: the grant at most the
    /// ceiling; own funding, when the plan has no other income, at least what the grant leaves. Null when the
    /// programme sets no ceiling or the bound does not apply.
    /// </summary>
    public static (decimal Share, bool AtMost)? CeilingBound(Profiles.ProgrammeProfile profile, Plan plan, bool own) =>
        profile.Funding.MaxGrantShare is not { } max ? null
        : !own ? (max, true)
        : plan.Budget.Funding.OtherIncome.Count == 0 ? (1m - max, false)
        : null;

    /// <summary>Whether <paramref name="value"/> lies beyond <paramref name="bound"/> by more than <paramref name="tolerance"/>.</summary>
    public static bool Breaks(decimal value, decimal bound, bool atMost, decimal tolerance) =>
        atMost ? value > bound + tolerance : value < bound - tolerance;
}
