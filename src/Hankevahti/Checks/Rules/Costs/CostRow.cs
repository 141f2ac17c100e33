using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Costs;

/// <summary>
/// A row of a cost table: the budget lines of one part, label and organisation (a row may hold an amount
/// per year). <see cref="Part"/> is the work node the row costs: the node its part path names, or the work
/// package its number points to ("3." under Investointi 3 is 3.3). <see cref="MissingCode"/> is set when the
/// number points to a work package the plan does not have.
/// </summary>
public sealed record CostRow
{
    public required string PartCode { get; init; }
    public string? Label { get; init; }
    public string? Organisation { get; init; }
    public required IReadOnlyList<(BudgetLine Line, int Index)> Lines { get; init; }
    /// <summary>The node the part path names; null when the path fits no node.</summary>
    public WorkEntry? Named { get; init; }
    public WorkEntry? Part { get; init; }
    /// <summary>The row's number when its label starts with one ("2. Ammattilaisten…").</summary>
    public int? Number { get; init; }
    public string? MissingCode { get; init; }

    /// <summary>The planned amount, or every amount of a row that has no planned ones.</summary>
    public decimal Amount => Lines.Any(l => l.Line.Kind == FigureKind.Planned)
        ? Lines.Where(l => l.Line.Kind == FigureKind.Planned).Sum(l => l.Line.Amount)
        : Lines.Sum(l => l.Line.Amount);

    public (BudgetLine Line, int Index) First => Lines[0];

    public string Path => $"budget.lines[{First.Index}]";
}
