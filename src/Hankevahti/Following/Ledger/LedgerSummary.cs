using Hankevahti.Plans;

namespace Hankevahti.Following.Ledger;

/// <summary>A cost centre (or project code; "" for rows with neither) that maps to no work part, with its rows' sum.</summary>
public sealed record UnmappedCostCentre(string CostCentre, int Rows, decimal Sum);

/// <summary>What an import's rows add up to: per cost category, and the cost centres left for the project as a whole.</summary>
public sealed record LedgerSummary(IReadOnlyList<(CostCategory Category, decimal Sum)> ByCategory, IReadOnlyList<UnmappedCostCentre> Unmapped, decimal Total)
{
    public static LedgerSummary Of(IEnumerable<LedgerEntry> entries)
    {
        var categories = new Dictionary<CostCategory, decimal>();
        var unmapped = new Dictionary<string, (int Rows, decimal Sum)>(StringComparer.Ordinal);
        var total = 0m;
        foreach (var e in entries)
        {
            categories[e.Category] = categories.GetValueOrDefault(e.Category) + e.Amount;
            total += e.Amount;
            if (e.PartCode is null)
            {
                var key = e.CostCentre ?? "";
                var (rows, sum) = unmapped.GetValueOrDefault(key);
                unmapped[key] = (rows + 1, sum + e.Amount);
            }
        }
        return new LedgerSummary(
            categories.OrderBy(c => c.Key).Select(c => (c.Key, c.Value)).ToList(),
            unmapped.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => new UnmappedCostCentre(u.Key, u.Value.Rows, u.Value.Sum)).ToList(),
            total);
    }
}
