using Hankevahti.Figures;
using Hankevahti.Plans;
using Hankevahti.Web.Shared;

namespace Hankevahti.Web.Plans.BudgetPart;

/// <summary>One row of the grid: a part (null for the whole project) and a cost category, with a cell per year column as typed.</summary>
public sealed record GridRow(string? PartCode, CostCategory Category, IReadOnlyList<string?> Cells);

/// <summary>
/// The planned budget as a grid of part × cost category (rows) × year (columns), as the budget page
/// edits it. A cell covers the planned lines of its part, category and year (<see cref="LinesOf"/>);
/// a year column of null covers the lines that have no year. The cells hold the text as typed, so a
/// value that does not read stays in its field; sums read each cell with <see cref="FormValues.TryAmount"/>
/// and count an empty or unreadable cell as zero, exactly as wwwroot/budget.js does while the user types.
/// </summary>
public sealed class BudgetGrid
{
    private readonly decimal?[][] amounts;

    public BudgetGrid(IReadOnlyList<int?> years, IReadOnlyList<GridRow> rows)
    {
        Years = years;
        Rows = rows;
        var invalid = new List<(int, int)>();
        amounts = new decimal?[rows.Count][];
        for (var r = 0; r < rows.Count; r++)
        {
            amounts[r] = new decimal?[years.Count];
            for (var c = 0; c < years.Count; c++)
            {
                var text = c < rows[r].Cells.Count ? rows[r].Cells[c] : null;
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }
                if (FormValues.TryAmount(text, out var amount))
                {
                    amounts[r][c] = amount;
                }
                else
                {
                    invalid.Add((r, c));
                }
            }
        }
        Invalid = invalid;
    }

    public IReadOnlyList<int?> Years { get; }
    public IReadOnlyList<GridRow> Rows { get; }

    /// <summary>The cells whose text is not an amount, as (row, column).</summary>
    public IReadOnlyList<(int Row, int Column)> Invalid { get; }

    /// <summary>The grid of a budget's planned lines: a row for each part and category that has one, a column for each year of the lines and of the project's period.</summary>
    public static BudgetGrid FromPlan(Plan plan)
    {
        var planned = plan.Budget.Lines.Where(l => l.Kind == FigureKind.Planned).ToList();
        var years = YearsOf(plan, planned);
        var order = PartOrder(plan);
        var rows = planned
            .Select(l => (Part: Normal(l.PartCode), l.Category))
            .Distinct(RowKey.Comparer)
            .OrderBy(k => Rank(order, k.Part))
            .ThenBy(k => k.Category)
            .Select(k => new GridRow(k.Part, k.Category, years
                .Select(y => LinesOf(planned, k.Part, k.Category, y) is { Count: > 0 } covered
                    ? FormValues.Amount(covered.Sum(i => planned[i].Amount))
                    : null)
                .ToList()))
            .ToList();
        return new BudgetGrid(years, rows);
    }

    /// <summary>The part codes of the plan in the order of its work tree, then those only the budget names, then the whole project (null).</summary>
    public static IReadOnlyList<string?> PartOrder(Plan plan)
    {
        var codes = new List<string?>();
        foreach (var code in PlanFigures.Parts(plan).Select(p => Normal(p.Code)).Concat(plan.Budget.Lines.Select(l => Normal(l.PartCode))))
        {
            if (code is not null && !codes.Any(c => string.Equals(c, code, StringComparison.OrdinalIgnoreCase)))
            {
                codes.Add(code);
            }
        }
        codes.Add(null);
        return codes;
    }

    /// <summary>The indexes of the planned lines a cell covers: same part (case as written does not matter), category and year.</summary>
    public static IReadOnlyList<int> LinesOf(IReadOnlyList<BudgetLine> lines, string? partCode, CostCategory category, int? year)
    {
        var result = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            if (l.Kind == FigureKind.Planned && l.Category == category && l.Year == year
                && string.Equals(Normal(l.PartCode), Normal(partCode), StringComparison.OrdinalIgnoreCase))
            {
                result.Add(i);
            }
        }
        return result;
    }

    /// <summary>The cell's amount; null when empty or unreadable.</summary>
    public decimal? Amount(int row, int column) => amounts[row][column];

    public decimal RowTotal(int row) => amounts[row].Sum(a => a ?? 0m);

    /// <summary>The distinct parts of the rows, in row order.</summary>
    public IReadOnlyList<string?> Parts =>
        Rows.Select(r => r.PartCode).Aggregate(new List<string?>(), (list, p) =>
        {
            if (!list.Any(x => string.Equals(x, p, StringComparison.OrdinalIgnoreCase)))
            {
                list.Add(p);
            }
            return list;
        });

    /// <summary>The distinct categories of the rows, in the categories' order.</summary>
    public IReadOnlyList<CostCategory> Categories => Rows.Select(r => r.Category).Distinct().Order().ToList();

    /// <summary>A part's sum, in one year column or (column null) in all.</summary>
    public decimal PartTotal(string? partCode, int? column = null) =>
        Sum(r => string.Equals(Rows[r].PartCode, partCode, StringComparison.OrdinalIgnoreCase), column);

    public decimal CategoryTotal(CostCategory category, int? column = null) => Sum(r => Rows[r].Category == category, column);

    public decimal YearTotal(int column) => Sum(_ => true, column);

    public decimal Total => Sum(_ => true, null);

    /// <summary>A share of a total in euros, rounded to cents as <see cref="PlanFigures.OwnFunding"/> rounds it; null without a share.</summary>
    public static decimal? ShareOf(decimal total, decimal? share) =>
        share is { } s ? Math.Round(total * s, 2, MidpointRounding.AwayFromZero) : null;

    /// <summary>
    /// The budget's lines with the grid saved into them. Only the planned lines the grid's cells cover
    /// change; actual and forecast lines, and planned lines of parts, categories or years the grid has
    /// no cell for, stay as they are. Per cell:
    /// <list type="bullet">
    /// <item>empty: the lines it covers are removed (the user cleared the amount);</item>
    /// <item>no line yet: a new planned line of the part, category and year is added at the end;</item>
    /// <item>one line: its amount is replaced, its label, organisation, person-years and source are kept;</item>
    /// <item>several lines (e.g. two organisations' salaries in one part and year): an unchanged sum leaves
    /// them alone; a new sum is shared between them in proportion to their present amounts, rounded to
    /// cents, the rounding remainder to the last of them (all to the first when they sum to zero). So
    /// no line, label or organisation is lost, and the lines still add up to what the user typed.</item>
    /// </list>
    /// Call only when <see cref="Invalid"/> is empty.
    /// </summary>
    public List<BudgetLine> ApplyTo(IReadOnlyList<BudgetLine> lines)
    {
        if (Invalid.Count > 0)
        {
            throw new InvalidOperationException("the grid has cells that are not amounts");
        }
        var result = lines.ToArray<BudgetLine?>();
        var added = new List<BudgetLine>();
        var seen = new HashSet<(string?, CostCategory)>(RowKey.Comparer);
        for (var r = 0; r < Rows.Count; r++)
        {
            var row = Rows[r];
            // A row repeated in the form would apply twice; the first one counts.
            if (!seen.Add((Normal(row.PartCode), row.Category)))
            {
                continue;
            }
            for (var c = 0; c < Years.Count; c++)
            {
                var covered = LinesOf(lines, row.PartCode, row.Category, Years[c]);
                var amount = amounts[r][c];
                if (amount is not { } value)
                {
                    foreach (var i in covered)
                    {
                        result[i] = null;
                    }
                }
                else if (covered.Count == 0)
                {
                    added.Add(new BudgetLine { PartCode = Normal(row.PartCode), Category = row.Category, Year = Years[c], Kind = FigureKind.Planned, Amount = value });
                }
                else if (covered.Sum(i => lines[i].Amount) != value)
                {
                    var split = Split(value, covered.Select(i => lines[i].Amount).ToList());
                    for (var k = 0; k < covered.Count; k++)
                    {
                        result[covered[k]] = lines[covered[k]] with { Amount = split[k] };
                    }
                }
            }
        }
        return [.. result.OfType<BudgetLine>(), .. added];
    }

    /// <summary>An amount shared between lines in proportion to their present amounts (see <see cref="ApplyTo"/>).</summary>
    public static IReadOnlyList<decimal> Split(decimal amount, IReadOnlyList<decimal> current)
    {
        var sum = current.Sum();
        var parts = new decimal[current.Count];
        if (sum == 0)
        {
            parts[0] = amount;
            return parts;
        }
        for (var k = 0; k < parts.Length; k++)
        {
            parts[k] = Math.Round(amount * current[k] / sum, 2, MidpointRounding.AwayFromZero);
        }
        parts[^1] += amount - parts.Sum();
        return parts;
    }

    private decimal Sum(Func<int, bool> rows, int? column)
    {
        var total = 0m;
        for (var r = 0; r < Rows.Count; r++)
        {
            if (!rows(r))
            {
                continue;
            }
            total += column is { } c ? amounts[r][c] ?? 0m : RowTotal(r);
        }
        return total;
    }

    private static List<int?> YearsOf(Plan plan, IReadOnlyList<BudgetLine> planned)
    {
        var years = new SortedSet<int>(planned.Where(l => l.Year is not null).Select(l => l.Year!.Value));
        // The project's years get a column even before they have a line, so that they can be filled in.
        if (plan.Project.Period is { Start: { } start, End: { } end } && end.Year >= start.Year && end.Year - start.Year <= 10)
        {
            for (var y = start.Year; y <= end.Year; y++)
            {
                years.Add(y);
            }
        }
        var result = years.Select(y => (int?)y).ToList();
        if (result.Count == 0 || planned.Any(l => l.Year is null))
        {
            result.Add(null);
        }
        return result;
    }

    private static int Rank(IReadOnlyList<string?> order, string? part)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (string.Equals(order[i], part, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return order.Count;
    }

    private static string? Normal(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim();

    private sealed class RowKey : IEqualityComparer<(string? Part, CostCategory Category)>
    {
        public static readonly RowKey Comparer = new();

        public bool Equals((string? Part, CostCategory Category) x, (string? Part, CostCategory Category) y) =>
            x.Category == y.Category && string.Equals(x.Part, y.Part, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string? Part, CostCategory Category) obj) =>
            HashCode.Combine(obj.Category, obj.Part is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Part));
    }
}
