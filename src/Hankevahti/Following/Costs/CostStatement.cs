using Hankevahti.Plans;

namespace Hankevahti.Following.Costs;

/// <summary>
/// One row of costs against the plan: a work part × cost category with its approved budget, the actual costs to date,
/// the share spent, the entered forecast to the end (the total cost expected by the end, actual included), the
/// straight-line projection beside it, and the variances (positive: under budget).
/// </summary>
public sealed record CostRow(CostKey Key, decimal Budget, decimal Actual, decimal? Forecast, decimal? Projection)
{
    public string? PartCode => Key.PartCode;
    public CostCategory Category => Key.Category;
    /// <summary>Actual of budget, 0.5 for 50 %; null when there is no budget to spend.</summary>
    public decimal? SpentShare => Budget > 0m ? Actual / Budget : null;
    /// <summary>Budget − forecast; null without a forecast.</summary>
    public decimal? ForecastVariance => Forecast is { } f ? Budget - f : null;
    /// <summary>Budget − actual: what is left to spend.</summary>
    public decimal ActualVariance => Budget - Actual;
}

/// <summary>Rows summed (a work part's, a category's or the whole project's), with how many rows lack a forecast.</summary>
public sealed record CostTotal(string? PartCode, CostCategory? Category, decimal Budget, decimal Actual, decimal? Forecast,
    decimal? Projection, int RowsWithoutForecast)
{
    public decimal? SpentShare => Budget > 0m ? Actual / Budget : null;
    /// <summary>Budget − forecast of the rows that have a forecast, so that it is the sum of the rows' variances.</summary>
    public decimal? ForecastVariance { get; init; }
    public decimal ActualVariance => Budget - Actual;

    public static CostTotal Of(string? part, CostCategory? category, IReadOnlyCollection<CostRow> rows)
    {
        var forecasts = rows.Where(r => r.Forecast is not null).ToList();
        var projections = rows.Where(r => r.Projection is not null).ToList();
        return new CostTotal(part, category, rows.Sum(r => r.Budget), rows.Sum(r => r.Actual),
            forecasts.Count > 0 ? forecasts.Sum(r => r.Forecast!.Value) : null,
            projections.Count > 0 ? projections.Sum(r => r.Projection!.Value) : null,
            rows.Count - forecasts.Count)
        {
            ForecastVariance = forecasts.Count > 0 ? forecasts.Sum(r => r.ForecastVariance!.Value) : null,
        };
    }
}

/// <summary>
/// Costs against the plan on a day: rows per work part × cost category in the plan's order, totals per part, per
/// category and for the project (each the sum of its rows), and what could not be placed. Computed from the plan and
/// the follow-up; nothing of it is stored.
/// </summary>
public sealed record CostStatement(
    DateOnly AsOf,
    string? Organisation,
    IReadOnlyList<CostRow> Rows,
    IReadOnlyList<CostTotal> PartTotals,
    IReadOnlyList<CostTotal> CategoryTotals,
    CostTotal Total,
    decimal? ElapsedShare,
    IReadOnlyList<RecordedTransfer> UnplacedTransfers)
{
    /// <summary>
    /// Builds the statement on <paramref name="asOf"/>: costs of months after it are not yet actual. With an
    /// <paramref name="organisation"/> the budget is that organisation's planned lines and the actual its costs;
    /// forecasts and transfers are the project's and are then left out.
    /// </summary>
    public static CostStatement For(Plan plan, FollowUp followUp, DateOnly asOf, string? organisation = null)
    {
        var budget = ApprovedBudget.Of(plan, followUp.Transfers, organisation);
        var lastMonth = new DateOnly(asOf.Year, asOf.Month, 1);
        var actual = followUp.Costs
            .Where(c => c.Month <= lastMonth && (organisation is null || OrganisationName.Same(c.Organisation, organisation)))
            .GroupBy(c => new CostKey(ApprovedBudget.PartOf(c.PartCode), c.Category))
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Amount));
        var forecast = organisation is not null
            ? new Dictionary<CostKey, decimal>()
            : followUp.Forecasts.GroupBy(f => new CostKey(ApprovedBudget.PartOf(f.PartCode), f.Category))
                .ToDictionary(g => g.Key, g => g.Sum(f => f.Amount));
        var elapsed = StraightLine.ElapsedShare(plan.Project.Period, asOf);

        var order = PartOrder(plan);
        var rows = budget.Cells.Keys.Concat(actual.Keys).Concat(forecast.Keys).Distinct()
            .Select(k => new CostRow(k, budget.Cells.GetValueOrDefault(k), actual.GetValueOrDefault(k),
                forecast.TryGetValue(k, out var f) ? f : null, StraightLine.Project(actual.GetValueOrDefault(k), elapsed)))
            // A cell that is all zeros (a transfer that emptied a cell nobody spent in) says nothing.
            .Where(r => r.Budget != 0m || r.Actual != 0m || r.Forecast is not null)
            .OrderBy(r => RankOf(order, r.PartCode)).ThenBy(r => r.PartCode, StringComparer.Ordinal).ThenBy(r => r.Category)
            .ToList();

        var parts = rows.GroupBy(r => r.PartCode).Select(g => CostTotal.Of(g.Key, null, g.ToList())).ToList();
        var categories = rows.GroupBy(r => r.Category).OrderBy(g => g.Key).Select(g => CostTotal.Of(null, g.Key, g.ToList())).ToList();
        return new CostStatement(asOf, organisation, rows, parts, categories, CostTotal.Of(null, null, rows), elapsed, budget.Unplaced);
    }

    /// <summary>The actual costs to date per organisation × part × category × month, as recorded.</summary>
    public static IReadOnlyList<CostAmount> ActualToDate(FollowUp followUp, DateOnly asOf, string? organisation = null)
    {
        var lastMonth = new DateOnly(asOf.Year, asOf.Month, 1);
        return followUp.Costs.Where(c => c.Month <= lastMonth && (organisation is null || OrganisationName.Same(c.Organisation, organisation)))
            .ToList();
    }

    // Parts in the plan's order (depth first, as the plan lists them); parts the plan does not know after them; the
    // project as a whole last.
    private static Dictionary<string, int> PartOrder(Plan plan)
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var part in Figures.PlanFigures.Parts(plan))
        {
            order.TryAdd(part.Code.Trim(), order.Count);
        }
        return order;
    }

    private static int RankOf(Dictionary<string, int> order, string? part) =>
        part is null ? int.MaxValue : order.TryGetValue(part, out var rank) ? rank : int.MaxValue - 1;
}
