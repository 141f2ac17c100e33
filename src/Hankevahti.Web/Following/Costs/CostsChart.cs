using Hankevahti.Following.Costs;

namespace Hankevahti.Web.Following.Costs;

/// <summary>
/// Spend against plan per work part as bars: the approved budget as a light bar and the actual costs as a dark
/// one over it, so a part that has spent more than planned shows a dark bar past the light one. Geometry only;
/// the partial draws it and the same figures follow as a table.
/// </summary>
public sealed record CostsChart(IReadOnlyList<CostsChart.Bar> Bars, double Height)
{
    public const double Width = 640;
    public const double LabelWidth = 120;
    public const double BarHeight = 22;
    public const double Gap = 12;
    private const double Plot = Width - LabelWidth - 150;

    public sealed record Bar(string? PartCode, decimal Budget, decimal Actual, double Y, double BudgetWidth, double ActualWidth);

    public static CostsChart Of(CostStatement statement)
    {
        var most = statement.PartTotals.Select(p => Math.Max(p.Budget, p.Actual)).DefaultIfEmpty(0m).Max();
        double Scale(decimal amount) => most <= 0m || amount <= 0m ? 0 : (double)(amount / most) * Plot;
        var bars = statement.PartTotals.Select((p, i) => new Bar(p.PartCode, p.Budget, p.Actual, Gap + i * (BarHeight + Gap), Scale(p.Budget), Scale(p.Actual)))
            .ToList();
        return new CostsChart(bars, Gap + bars.Count * (BarHeight + Gap) + 24);
    }
}
