using Hankevahti.Plans;

namespace Hankevahti.Figures;

/// <summary>
/// Figures derived from a plan's stated facts: totals, subtotals, funding amounts, risk scores.
/// They are computed every time and never stored, so they cannot drift from the lines.
/// </summary>
public static class PlanFigures
{
    /// <summary>Sum of the budget lines of one figure kind, optionally narrowed to a part, year or category.</summary>
    public static decimal Total(Budget budget, FigureKind kind = FigureKind.Planned,
        string? partCode = null, int? year = null, CostCategory? category = null, string? organisation = null) =>
        budget.Lines
            .Where(l => l.Kind == kind)
            .Where(l => partCode is null || string.Equals(l.PartCode, partCode, StringComparison.OrdinalIgnoreCase))
            .Where(l => year is null || l.Year == year)
            .Where(l => category is null || l.Category == category)
            .Where(l => organisation is null || string.Equals(l.Organisation, organisation, StringComparison.OrdinalIgnoreCase))
            .Sum(l => l.Amount);

    /// <summary>
    /// The lines a stated figure's scope covers: its figure kind (planned when unset) and whichever of
    /// part, organisation, category, year and period it names. Checks and views compare stated figures through this.
    /// </summary>
    public static IEnumerable<BudgetLine> Lines(Budget budget, FigureScope scope)
    {
        var kind = scope.Kind ?? FigureKind.Planned;
        return budget.Lines.Where(l => l.Kind == kind
            && (scope.PartCode is null || string.Equals(l.PartCode, scope.PartCode, StringComparison.OrdinalIgnoreCase))
            && (scope.Organisation is null || string.Equals(l.Organisation, scope.Organisation, StringComparison.OrdinalIgnoreCase))
            && (scope.Category is null || l.Category == scope.Category)
            && (scope.Year is null || l.Year == scope.Year)
            && (scope.Period is null || string.Equals(l.Period, scope.Period, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Sum of the lines a scope covers.</summary>
    public static decimal Total(Budget budget, FigureScope scope) => Lines(budget, scope).Sum(l => l.Amount);

    /// <summary>Totals per cost category for one figure kind, in the categories' order.</summary>
    public static IReadOnlyList<(CostCategory Category, decimal Amount)> ByCategory(Budget budget, FigureKind kind = FigureKind.Planned) =>
        budget.Lines.Where(l => l.Kind == kind)
            .GroupBy(l => l.Category)
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Sum(l => l.Amount)))
            .ToList();

    /// <summary>Totals per part code for one figure kind, in the order parts first appear.</summary>
    public static IReadOnlyList<(string? PartCode, decimal Amount)> ByPart(Budget budget, FigureKind kind = FigureKind.Planned) =>
        budget.Lines.Where(l => l.Kind == kind)
            .GroupBy(l => l.PartCode)
            .Select(g => (g.Key, g.Sum(l => l.Amount)))
            .ToList();

    /// <summary>Own funding in euros: the share of the total, rounded to cents; null when the plan gives no share.</summary>
    public static decimal? OwnFunding(Budget budget, FigureKind kind = FigureKind.Planned) =>
        budget.Funding.OwnFundingShare is { } share ? Math.Round(Total(budget, kind) * share, 2, MidpointRounding.AwayFromZero) : null;

    /// <summary>State grant in euros: the share of the total, rounded to cents; null when the plan gives no share.</summary>
    public static decimal? Grant(Budget budget, FigureKind kind = FigureKind.Planned) =>
        budget.Funding.GrantShare is { } share ? Math.Round(Total(budget, kind) * share, 2, MidpointRounding.AwayFromZero) : null;

    /// <summary>Sum of grant transfers to co-implementers.</summary>
    public static decimal GrantTransfers(Plan plan) => plan.Organisations.Sum(o => o.GrantTransfer ?? 0m);

    /// <summary>Risk score likelihood × impact as a range; null when either is unknown.</summary>
    public static RiskRating? Score(Risk risk)
    {
        if (risk.Likelihood is not { Min: { } lMin } l || risk.Impact is not { Min: { } iMin } i)
        {
            return null;
        }
        var lMax = l.Max ?? lMin;
        var iMax = i.Max ?? iMin;
        return new RiskRating { Min = lMin * iMin, Max = lMax * iMax };
    }

    /// <summary>All actions in the work tree, depth first, with the path of part codes above each.</summary>
    public static IEnumerable<(IReadOnlyList<WorkPart> Path, WorkAction Action)> Actions(Plan plan)
    {
        var stack = new List<WorkPart>();
        foreach (var item in Walk(plan.Work, stack))
        {
            yield return item;
        }
    }

    private static IEnumerable<(IReadOnlyList<WorkPart>, WorkAction)> Walk(List<WorkPart> parts, List<WorkPart> path)
    {
        foreach (var part in parts)
        {
            path.Add(part);
            foreach (var action in part.Actions)
            {
                yield return (path.ToArray(), action);
            }
            foreach (var item in Walk(part.Children, path))
            {
                yield return item;
            }
            path.RemoveAt(path.Count - 1);
        }
    }

    /// <summary>All work parts in the tree, depth first.</summary>
    public static IEnumerable<WorkPart> Parts(Plan plan) => Flatten(plan.Work);

    private static IEnumerable<WorkPart> Flatten(IEnumerable<WorkPart> parts) =>
        parts.SelectMany(p => Flatten(p.Children).Prepend(p));
}
