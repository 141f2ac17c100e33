using Hankevahti.Plans;

namespace Hankevahti.Web.Plans.BudgetPart;

/// <summary>One category's share of a part's bar, in SVG units.</summary>
public sealed record ChartSegment(CostCategory Category, decimal Amount, double X, double Width, string Fill);

/// <summary>A part's bar: its planned total made of one segment per cost category.</summary>
public sealed record ChartBar(string? PartCode, decimal Total, double Y, IReadOnlyList<ChartSegment> Segments);

/// <summary>
/// The budget picture: a horizontal bar per part, stacked by cost category, of the planned lines.
/// The geometry is worked out here so that the partial only writes it out, and the tests can check it.
/// </summary>
public sealed class BudgetChart
{
    public const double Width = 720;
    public const double LabelWidth = 90;
    public const double ValueWidth = 140;
    public const double BarHeight = 26;
    public const double Gap = 12;
    public const double Top = 8;
    public const double LegendRow = 22;

    /// <summary>
    /// A colour per category, dark enough against white (3:1 and more) that the segments stand apart from
    /// the background; neighbouring categories differ in hue. The legend and the table name them in words.
    /// </summary>
    public static readonly IReadOnlyDictionary<CostCategory, string> Fills = new Dictionary<CostCategory, string>
    {
        [CostCategory.PersonnelHired] = "#00357a",
        [CostCategory.PersonnelTransferred] = "#2a6ebb",
        [CostCategory.ServicesExpert] = "#1b7f5b",
        [CostCategory.ServicesTravel] = "#4d7c1f",
        [CostCategory.ServicesTraining] = "#7a5a00",
        [CostCategory.ServicesOther] = "#a34700",
        [CostCategory.Materials] = "#b3261e",
        [CostCategory.Rents] = "#8a1c5b",
        [CostCategory.Other] = "#5b3f8c",
        [CostCategory.InvestmentIntangible] = "#3d4f5c",
        [CostCategory.InvestmentMachinery] = "#006d77",
        [CostCategory.InvestmentOther] = "#6b4f3a",
    };

    public BudgetChart(Budget budget, IReadOnlyList<string?> partOrder, FigureKind kind = FigureKind.Planned)
    {
        var lines = budget.Lines.Where(l => l.Kind == kind).ToList();
        var parts = partOrder
            .Where(p => lines.Any(l => SamePart(l.PartCode, p)))
            .Select(p => (Part: p, Amounts: lines.Where(l => SamePart(l.PartCode, p))
                .GroupBy(l => l.Category).OrderBy(g => g.Key).Select(g => (Category: g.Key, Amount: g.Sum(l => l.Amount))).ToList()))
            .ToList();
        Max = parts.Count == 0 ? 0m : parts.Max(p => p.Amounts.Sum(a => Math.Max(a.Amount, 0m)));
        var scale = Max > 0 ? BarArea / (double)Max : 0;
        var bars = new List<ChartBar>();
        for (var i = 0; i < parts.Count; i++)
        {
            var x = LabelWidth;
            var segments = new List<ChartSegment>();
            foreach (var (category, amount) in parts[i].Amounts)
            {
                // A negative correction cannot be drawn as a length; the table shows it.
                var width = Math.Max((double)amount, 0) * scale;
                segments.Add(new ChartSegment(category, amount, x, width, Fills[category]));
                x += width;
            }
            bars.Add(new ChartBar(parts[i].Part, parts[i].Amounts.Sum(a => a.Amount), Top + i * (BarHeight + Gap), segments));
        }
        Bars = bars;
        Categories = parts.SelectMany(p => p.Amounts.Select(a => a.Category)).Distinct().Order().ToList();
        LegendTop = Top + bars.Count * (BarHeight + Gap) + 10;
        Height = LegendTop + Categories.Count * LegendRow + 8;
    }

    public static double BarArea => Width - LabelWidth - ValueWidth;

    public IReadOnlyList<ChartBar> Bars { get; }
    /// <summary>The categories that occur, in their order: the legend.</summary>
    public IReadOnlyList<CostCategory> Categories { get; }
    public decimal Max { get; }
    public double LegendTop { get; }
    public double Height { get; }

    /// <summary>Where the legend's entry <paramref name="index"/> goes: one column, as the categories' names are long in every language.</summary>
    public (double X, double Y) LegendAt(int index) => (LabelWidth, LegendTop + index * LegendRow);

    public decimal Amount(string? partCode, CostCategory category) =>
        Bars.FirstOrDefault(b => SamePart(b.PartCode, partCode))?.Segments.Where(s => s.Category == category).Sum(s => s.Amount) ?? 0m;

    private static bool SamePart(string? a, string? b) =>
        string.Equals(string.IsNullOrWhiteSpace(a) ? null : a.Trim(), b, StringComparison.OrdinalIgnoreCase);
}
