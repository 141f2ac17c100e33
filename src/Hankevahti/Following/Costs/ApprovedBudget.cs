using Hankevahti.Plans;

namespace Hankevahti.Following.Costs;

/// <summary>
/// The budget costs are followed against: the plan's planned lines summed per work part × cost category, changed by
/// the transfers the funder has approved (or that were under the threshold, approved when recorded). Pending and
/// returned transfers change nothing.
/// </summary>
public static class ApprovedBudget
{
    /// <summary>
    /// The approved budget per cell. With <paramref name="organisation"/> only that organisation's planned lines count,
    /// and transfers (which the plan and the grid record for the project, not per organisation) are not applied.
    /// </summary>
    public static BudgetCells Of(Plan plan, IEnumerable<RecordedTransfer> transfers, string? organisation = null)
    {
        var cells = new Dictionary<CostKey, decimal>();
        foreach (var line in plan.Budget.Lines.Where(l => l.Kind == FigureKind.Planned))
        {
            if (organisation is not null && !OrganisationName.Same(line.Organisation, organisation))
            {
                continue;
            }
            var key = new CostKey(PartOf(line.PartCode), line.Category);
            cells[key] = cells.GetValueOrDefault(key) + line.Amount;
        }
        var unplaced = new List<RecordedTransfer>();
        if (organisation is null)
        {
            foreach (var transfer in transfers.Where(t => t.Status == People.VersionStatus.Approved))
            {
                if (!Apply(cells, transfer))
                {
                    unplaced.Add(transfer);
                }
            }
        }
        return new BudgetCells(cells, unplaced);
    }

    /// <summary>
    /// The budget a transfer would take from: the cells its source names, after a side's missing part or category is
    /// read as the other side's (a transfer "from part 1 to part 2" in personnel costs names the category once).
    /// </summary>
    public static decimal SourceBudget(IReadOnlyDictionary<CostKey, decimal> cells, RecordedTransfer transfer) =>
        Sources(cells, transfer).Sum(s => s.Value);

    private static bool Apply(Dictionary<CostKey, decimal> cells, RecordedTransfer transfer)
    {
        var (fromPart, toPart, fromCategory, toCategory) = Sides(transfer);
        if (fromCategory is { } fc && toCategory is { } tc && fromPart is not null)
        {
            // Both cells are named (a side's missing part is the other's, so a named part is named on both): move the amount.
            Add(cells, new CostKey(fromPart, fc), -transfer.Amount);
            Add(cells, new CostKey(toPart, tc), transfer.Amount);
            return true;
        }
        // A coordinate named on neither side (no part: a transfer between categories across the project; no category:
        // between parts in all their categories): the amount is taken from the source's cells in proportion to their
        // budgets and put into the matching cells of the target, so a transfer "from part 1 to part 2" moves each
        // category's share. A source with no budget cannot be split and is reported, not guessed.
        var sources = Sources(cells, transfer).Where(s => s.Value > 0m).ToList();
        var total = sources.Sum(s => s.Value);
        if (total <= 0m)
        {
            return false;
        }
        var left = transfer.Amount;
        for (var i = 0; i < sources.Count; i++)
        {
            var (key, budget) = sources[i];
            // The last cell takes what rounding left over, so the cells move exactly the transfer's amount.
            var share = i == sources.Count - 1 ? left : Math.Round(transfer.Amount * budget / total, 2, MidpointRounding.AwayFromZero);
            left -= share;
            var target = new CostKey(fromPart is null && toPart is null ? key.PartCode : toPart, toCategory ?? key.Category);
            Add(cells, key, -share);
            Add(cells, target, share);
        }
        return true;
    }

    private static IEnumerable<KeyValuePair<CostKey, decimal>> Sources(IReadOnlyDictionary<CostKey, decimal> cells, RecordedTransfer transfer)
    {
        var (fromPart, toPart, fromCategory, _) = Sides(transfer);
        var anyPart = fromPart is null && toPart is null;
        return cells.Where(c => (anyPart || c.Key.PartCode == fromPart) && (fromCategory is null || c.Key.Category == fromCategory))
            .OrderBy(c => c.Key.PartCode, StringComparer.Ordinal).ThenBy(c => c.Key.Category);
    }

    private static (string? FromPart, string? ToPart, CostCategory? FromCategory, CostCategory? ToCategory) Sides(RecordedTransfer t)
    {
        var fromPart = PartOf(t.FromPart) ?? PartOf(t.ToPart);
        var toPart = PartOf(t.ToPart) ?? PartOf(t.FromPart);
        return (fromPart, toPart, t.FromCategory ?? t.ToCategory, t.ToCategory ?? t.FromCategory);
    }

    private static void Add(Dictionary<CostKey, decimal> cells, CostKey key, decimal amount) =>
        cells[key] = cells.GetValueOrDefault(key) + amount;

    internal static string? PartOf(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim();
}

/// <summary>The approved budget per cell, and the approved transfers that could not be placed (their source had no budget).</summary>
public sealed record BudgetCells(IReadOnlyDictionary<CostKey, decimal> Cells, IReadOnlyList<RecordedTransfer> Unplaced)
{
    public decimal Total => Cells.Values.Sum();
}
