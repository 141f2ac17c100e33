using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Costs;

/// <summary>
/// A part whose cost estimates and cost table rows disagree. <see cref="OwnEstimate"/> when the part states
/// its own estimate (compared with the rows of it and the parts under it); otherwise the estimates are
/// those of the parts under it that the table does not cost on their own rows (Investointi 2's row against
/// work packages 2.1 and 2.2).
/// </summary>
public sealed record CostMismatch(WorkEntry Part, bool OwnEstimate, IReadOnlyList<Estimate> Estimates, IReadOnlyList<CostRow> Rows, decimal TableAmount)
{
    /// <summary>Parts under a costed part that state no estimate: their share of the row is unknown.</summary>
    public IReadOnlyList<WorkEntry> Unestimated { get; init; } = [];

    public decimal EstimateSum => OwnEstimate ? Estimates[^1].Value : Estimates.Sum(e => e.Value);
    public bool Approximate => Estimates.Any(e => e.Approximate);
}

/// <summary>
/// Compares the parts' cost estimates with the cost table. A table figure counts as agreeing when any
/// reading of the table gives it (the planned column, actual + forecast, a total the table states for the
/// part): plans restate their budget, and which column a sentence means is not for the check to guess.
/// </summary>
public static class CostComparison
{
    private const decimal Rounding = 1m;

    public static (IReadOnlyList<CostMismatch> Mismatches, IReadOnlyList<Estimate> NotInTable) Of(CheckContext context)
    {
        var rows = CostRows.Of(context).Where(r => r.Part is not null).ToList();
        var estimates = Estimates.Of(context);
        var mismatches = new List<CostMismatch>();
        var notInTable = new List<Estimate>();
        if (rows.Count == 0 || estimates.Count == 0)
        {
            return (mismatches, notInTable);
        }
        var costed = rows.GroupBy(r => r.Part!.Path).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var stated = estimates.GroupBy(e => e.Part.Path).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var part in context.Work)
        {
            if (stated.TryGetValue(part.Path, out var own))
            {
                var under = rows.Where(r => r.Part!.Path == part.Path || PartPaths.IsBelow(r.Part, part)).ToList();
                if (under.Count > 0)
                {
                    var readings = Readings(context, under, part);
                    if (!own.Any(e => readings.Any(t => Agrees(e.Value, t))))
                    {
                        mismatches.Add(new CostMismatch(part, true, own, under, readings[0]));
                    }
                }
                else if (!context.Work.Any(a => costed.ContainsKey(a.Path) && PartPaths.IsBelow(part, a)))
                {
                    notInTable.Add(own[^1]);
                }
                continue;
            }
            if (costed.TryGetValue(part.Path, out var its))
            {
                var unestimated = new List<WorkEntry>();
                var frontier = Frontier(context, part, costed, stated, unestimated);
                if (frontier.Count == 0)
                {
                    continue;
                }
                var readings = Readings(context, its, part);
                var sum = frontier.Sum(e => e.Value);
                // A part without an estimate may take the rest of the row; estimates above the row are wrong all the same.
                if (!readings.Any(t => Agrees(sum, t)) && (unestimated.Count == 0 || sum > readings[0]))
                {
                    mismatches.Add(new CostMismatch(part, false, frontier, its, readings[0]) { Unestimated = unestimated });
                }
            }
        }
        return (mismatches, notInTable);
    }

    public static bool Agrees(decimal a, decimal b) => Math.Abs(a - b) < Rounding;

    /// <summary>
    /// The estimates that make up a costed part: of each part under it the last stated estimate, going
    /// deeper only through parts that state none; parts the table costs on rows of their own are left out.
    /// </summary>
    private static List<Estimate> Frontier(CheckContext context, WorkEntry part, Dictionary<string, List<CostRow>> costed, Dictionary<string, List<Estimate>> stated, List<WorkEntry> unestimated)
    {
        var result = new List<Estimate>();
        foreach (var child in context.Work.Where(e => PartPaths.IsBelow(e, part) && e.Ancestors.Count == part.Ancestors.Count + 1))
        {
            if (costed.ContainsKey(child.Path))
            {
                continue;
            }
            if (stated.TryGetValue(child.Path, out var own))
            {
                result.Add(own[^1]);
                continue;
            }
            var below = Frontier(context, child, costed, stated, unestimated);
            if (below.Count == 0 && !context.Work.Any(e => PartPaths.IsBelow(e, child)))
            {
                unestimated.Add(child);
            }
            result.AddRange(below);
        }
        return result;
    }

    /// <summary>The figures the table gives a part, the one for messages first.</summary>
    private static List<decimal> Readings(CheckContext context, List<CostRow> rows, WorkEntry part)
    {
        var lines = rows.SelectMany(r => r.Lines).Select(l => l.Line).ToList();
        var result = new List<decimal>();
        if (lines.Any(l => l.Kind == FigureKind.Planned))
        {
            result.Add(lines.Where(l => l.Kind == FigureKind.Planned).Sum(l => l.Amount));
        }
        if (lines.Any(l => l.Kind != FigureKind.Planned))
        {
            result.Add(lines.Where(l => l.Kind != FigureKind.Planned).Sum(l => l.Amount));
        }
        foreach (var f in context.Plan.Budget?.StatedFigures ?? [])
        {
            if (f is not null && f.Kind is StatedFigureKind.Total or StatedFigureKind.PartTotal && Estimates.InTableRow(f)
                && PartPaths.Resolve(context.Work, f.Scope?.PartCode)?.Path == part.Path)
            {
                result.Add(f.Value);
            }
        }
        return result;
    }
}
