using Hankevahti.Figures;
using Hankevahti.Plans;

namespace Hankevahti.Versions.Diff;

/// <summary>
/// Planned money as moves: the planned lines summed per part, cost category and organisation before and
/// after; in each dimension the keys that lost money are paired with those that gained it. Equal amounts
/// pair first (one line moved from part 2 to part 3 is exactly one move of its amount), then the largest
/// with the largest. What is left over was added or taken away, not moved.
/// </summary>
internal static class MoneyMoves
{
    public static MoneySummary Compare(Plan from, Plan to)
    {
        var moves = new List<MoneyMove>();
        var unpaired = new List<MoneyChange>();
        foreach (var (dimension, key) in Dimensions)
        {
            var before = Sums(from.Budget, key);
            var after = Sums(to.Budget, key);
            var keys = before.Keys.Concat(after.Keys).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var losses = new List<Delta>();
            var gains = new List<Delta>();
            foreach (var k in keys)
            {
                var change = after.GetValueOrDefault(k) - before.GetValueOrDefault(k);
                if (change < 0)
                {
                    losses.Add(new Delta(k, -change));
                }
                else if (change > 0)
                {
                    gains.Add(new Delta(k, change));
                }
            }
            Pair(losses, gains, exact: true, dimension, from, to, moves);
            Pair(losses, gains, exact: false, dimension, from, to, moves);
            foreach (var (left, sign) in losses.Select(d => (d, -1m)).Concat(gains.Select(d => (d, 1m))).Where(x => x.d.Amount > 0))
            {
                unpaired.Add(new MoneyChange(dimension, Key(left.Key), Label(dimension, left.Key, from, to),
                    before.GetValueOrDefault(left.Key), after.GetValueOrDefault(left.Key), sign * left.Amount));
            }
        }
        return new MoneySummary(PlanFigures.Total(from.Budget), PlanFigures.Total(to.Budget), moves, unpaired);
    }

    private static readonly (string Dimension, Func<BudgetLine, string?> Key)[] Dimensions =
    [
        (MoneyDimension.Part, l => l.PartCode),
        (MoneyDimension.Category, l => ItemLabels.Json(l.Category)),
        (MoneyDimension.Organisation, l => l.Organisation),
    ];

    private static void Pair(List<Delta> losses, List<Delta> gains, bool exact, string dimension, Plan from, Plan to, List<MoneyMove> moves)
    {
        foreach (var loss in losses.OrderByDescending(d => d.Amount).ToList())
        {
            foreach (var gain in gains.Where(g => g.Amount > 0).OrderByDescending(g => g.Amount).ToList())
            {
                if (loss.Amount == 0)
                {
                    break;
                }
                if (exact && gain.Amount != loss.Amount)
                {
                    continue;
                }
                var amount = Math.Min(loss.Amount, gain.Amount);
                moves.Add(new MoneyMove(dimension, Key(loss.Key), Key(gain.Key), Label(dimension, loss.Key, from, to), Label(dimension, gain.Key, from, to), amount));
                loss.Amount -= amount;
                gain.Amount -= amount;
            }
        }
    }

    /// <summary>Planned lines summed per key; lines without a key are summed under "".</summary>
    private static Dictionary<string, decimal> Sums(Budget budget, Func<BudgetLine, string?> key)
    {
        var sums = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in budget.Lines.Where(l => l.Kind == FigureKind.Planned))
        {
            var k = key(line)?.Trim() ?? "";
            sums[k] = sums.GetValueOrDefault(k) + line.Amount;
        }
        return sums;
    }

    private static string? Key(string key) => key.Length == 0 ? null : key;

    // A part's own word and code as the plan writes it ("Osa-alue 2"); categories and organisations are their own labels.
    // Part codes and organisations are compared case aside, as PlanFigures compares them.
    private static string? Label(string dimension, string key, Plan from, Plan to)
    {
        if (dimension != MoneyDimension.Part || key.Length == 0)
        {
            return null;
        }
        var part = PlanFigures.Parts(to).Concat(PlanFigures.Parts(from))
            .FirstOrDefault(p => string.Equals(p.Code, key, StringComparison.OrdinalIgnoreCase));
        return part?.KindLabel is { Length: > 0 } kind && !key.StartsWith(kind, StringComparison.OrdinalIgnoreCase) ? $"{kind} {key}" : null;
    }

    private sealed class Delta(string key, decimal amount)
    {
        public string Key { get; } = key;
        public decimal Amount { get; set; } = amount;
    }
}
