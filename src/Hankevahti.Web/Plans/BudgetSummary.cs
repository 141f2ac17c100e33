using System.Globalization;
using Hankevahti.Figures;
using Hankevahti.Plans;
using Hankevahti.Web.Shared;

namespace Hankevahti.Web.Plans;

/// <summary>
/// The budget's derived figures for the page, by figure kind (planned, actual, forecast): totals, by
/// part, by cost category, own funding and grant from the shares; and each figure the plan states
/// beside the one derived from the lines. All sums come from <see cref="PlanFigures"/>.
/// </summary>
public sealed class BudgetSummary
{
    public BudgetSummary(Plan plan)
    {
        var budget = plan.Budget;
        Kinds = Enum.GetValues<FigureKind>().Where(k => budget.Lines.Any(l => l.Kind == k)).ToList();
        Totals = Kinds.Select(k => new KindTotals(k, PlanFigures.Total(budget, k), PlanFigures.OwnFunding(budget, k), PlanFigures.Grant(budget, k))).ToList();

        var partCodes = Kinds.SelectMany(k => PlanFigures.ByPart(budget, k).Select(p => p.PartCode)).Distinct().ToList();
        ByPart = partCodes
            .Select(code => new Row<string?>(code, Kinds.Select(k => PlanFigures.ByPart(budget, k).Where(p => p.PartCode == code).Sum(p => p.Amount)).ToList()))
            .ToList();

        var categories = Kinds.SelectMany(k => PlanFigures.ByCategory(budget, k).Select(c => c.Category)).Distinct().Order().ToList();
        ByCategory = categories
            .Select(category => new Row<CostCategory>(category, Kinds.Select(k => PlanFigures.Total(budget, k, category: category)).ToList()))
            .ToList();

        Stated = budget.StatedFigures.Select(f => Compare(budget, f)).ToList();
        OtherIncome = budget.Funding.OtherIncome.Sum(i => i.Amount);
        GrantTransfers = PlanFigures.GrantTransfers(plan);
    }

    /// <summary>The figure kinds the lines have, in the order planned, actual, forecast.</summary>
    public IReadOnlyList<FigureKind> Kinds { get; }
    public IReadOnlyList<KindTotals> Totals { get; }
    /// <summary>One amount per kind in <see cref="Kinds"/>, for each part code (null for lines without one).</summary>
    public IReadOnlyList<Row<string?>> ByPart { get; }
    public IReadOnlyList<Row<CostCategory>> ByCategory { get; }
    public IReadOnlyList<StatedComparison> Stated { get; }
    public decimal OtherIncome { get; }
    public decimal GrantTransfers { get; }

    public sealed record KindTotals(FigureKind Kind, decimal Total, decimal? OwnFunding, decimal? Grant);

    public sealed record Row<TKey>(TKey Key, IReadOnlyList<decimal> Amounts);

    /// <summary>A stated figure, what it is about, and the figure derived from the lines for the same scope (null when none can be).</summary>
    public sealed record StatedComparison(StatedFigure Figure, string Scope, string Stated, string? Derived, bool Differs);

    private static StatedComparison Compare(Budget budget, StatedFigure f)
    {
        var s = f.Scope;
        var lines = PlanFigures.Lines(budget, s).ToList();
        var total = lines.Sum(l => l.Amount);
        var funding = budget.Funding;

        // Shares are fractions in the model (0.2 for 20 %), like Funding's shares.
        (decimal? value, Func<decimal, string> format) derived = f.Kind switch
        {
            StatedFigureKind.Total or StatedFigureKind.Subtotal or StatedFigureKind.PartTotal or StatedFigureKind.CategoryTotal
                => (lines.Count > 0 ? total : null, Fi.Money),
            StatedFigureKind.OwnFunding => (Share(funding.OwnFundingShare, total, lines.Count), Fi.Money),
            StatedFigureKind.Grant => (Share(funding.GrantShare, total, lines.Count), Fi.Money),
            StatedFigureKind.OwnFundingShare => (funding.OwnFundingShare, v => Fi.Share(v)),
            StatedFigureKind.GrantShare => (funding.GrantShare, v => Fi.Share(v)),
            StatedFigureKind.PersonYears => (lines.Any(l => l.PersonYears is not null) ? lines.Sum(l => l.PersonYears ?? 0m) : null, v => Fi.Number(v)),
            _ => (null, v => Fi.Number(v)),
        };
        var statedValue = derived.format(f.Value);
        var stated = string.IsNullOrWhiteSpace(f.Text) || f.Text == statedValue ? statedValue : $"{statedValue} (”{f.Text}”)";
        // Figures written in whole euros or with a rounded share are the same figure when they differ by less than the rounding.
        var tolerance = f.Kind switch
        {
            StatedFigureKind.OwnFundingShare or StatedFigureKind.GrantShare => 0.0005m,
            StatedFigureKind.PersonYears => 0.005m,
            _ => 0.5m,
        };
        var differs = derived.value is { } d && Math.Abs(d - f.Value) > tolerance;
        return new StatedComparison(f, Describe(s), stated, derived.value is { } v ? derived.format(v) : null, differs);
    }

    private static decimal? Share(decimal? share, decimal total, int lines) =>
        share is { } s && lines > 0 ? Math.Round(total * s, 2, MidpointRounding.AwayFromZero) : null;

    private static string Describe(FigureScope s)
    {
        var parts = new List<string>();
        if (s.PartCode is not null) parts.Add(string.Format(CultureInfo.CurrentUICulture, Fi.Ui("ScopePart"), s.PartCode));
        if (s.Organisation is not null) parts.Add(s.Organisation);
        if (s.Category is { } c) parts.Add(Fi.Text(c));
        if (s.Year is { } y) parts.Add(y.ToString(CultureInfo.InvariantCulture));
        if (s.Period is not null) parts.Add(s.Period);
        if (s.Kind is { } k) parts.Add(Fi.Text(k).ToLowerInvariant());
        if (s.Table is not null) parts.Add(string.Format(CultureInfo.CurrentUICulture, Fi.Ui("ScopeSource"), s.Table));
        return parts.Count == 0 ? Fi.Ui("WholeProjectPlain") : string.Join(", ", parts);
    }
}
