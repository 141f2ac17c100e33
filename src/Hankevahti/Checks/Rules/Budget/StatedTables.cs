using Hankevahti.Figures;
using Hankevahti.Import.Money;
using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Budget;

/// <summary>A stated figure with its index in the plan, the table it belongs to and the row it stands on.</summary>
internal sealed record TableFigure(StatedFigure Figure, int Index, string? Table, string? RowLabel, CostGroup Group)
{
    public string Path => $"budget.statedFigures[{Index}]";
    public StatedFigureKind Kind => Figure.Kind;
    public FigureScope Scope => Figure.Scope;
    public BudgetColumn Column => BudgetColumn.Of(Figure.Scope);

    /// <summary>A subtotal whose label names no cost group we know cannot be compared with any lines.</summary>
    public bool IsUnknownGroup => Kind == StatedFigureKind.Subtotal && RowLabel is not null && Group == CostGroup.None;
}

/// <summary>
/// The budget's stated figures read back into tables: which figures stand in the same table, which lines a
/// figure covers. A subtotal's scope cannot name a group of categories, so the importer writes the group row's
/// label after the table's ("Liite 1: Henkilöstökulut yhteensä"); the label tells which categories it sums.
/// </summary>
internal sealed class StatedTables
{
    private readonly Plans.Budget budget;

    public StatedTables(Plans.Budget budget)
    {
        this.budget = budget;
        Figures = budget.StatedFigures.Select((f, i) => Read(f, i)).ToList();
    }

    public IReadOnlyList<TableFigure> Figures { get; }

    /// <summary>Figures of the same table: the same table label, part and organisation (and source table when both know it).</summary>
    public IEnumerable<TableFigure> InTableOf(TableFigure figure) => Figures.Where(f => SameTable(f, figure));

    /// <summary>The figure of a row in a column of a table, when the plan states it.</summary>
    public TableFigure? At(TableFigure row, BudgetColumn column) =>
        InTableOf(row).FirstOrDefault(f => f.Kind == row.Kind && f.Column == column && SameRow(f, row));

    /// <summary>
    /// The lines a figure's table holds in a scope. Lines do not name their table; a line read from another
    /// source table than the figure's is left out, so that a summary table does not add up the detailed tables
    /// too. Lines without a source (typed in, or a stored plan's) count.
    /// </summary>
    public IReadOnlyList<BudgetLine> Lines(TableFigure figure, FigureScope scope) =>
        PlanFigures.Lines(budget, scope).Where(l => InSourceTable(figure, l)).ToList();

    private static bool InSourceTable(TableFigure figure, BudgetLine line) =>
        figure.Figure.Source?.Table is not { } table || line.Source?.Table is not { } other || other == table;

    /// <summary>The lines of a subtotal's group (all lines of the scope for a subtotal without a group label).</summary>
    public IReadOnlyList<BudgetLine> GroupLines(TableFigure figure, FigureScope scope) =>
        Lines(figure, scope).Where(l => figure.RowLabel is null || CostCategories.InGroup(l.Category, figure.Group)).ToList();

    /// <summary>The columns a table has, from its stated figures and its lines, in the order first seen.</summary>
    public IReadOnlyList<BudgetColumn> Columns(TableFigure figure)
    {
        var columns = InTableOf(figure).Where(f => f.Kind is StatedFigureKind.Total or StatedFigureKind.Subtotal or StatedFigureKind.CategoryTotal)
            .Select(f => f.Column).ToList();
        var partScope = new FigureScope { PartCode = figure.Scope.PartCode, Organisation = figure.Scope.Organisation };
        var lines = budget.Lines.Where(l => (partScope.PartCode is null || string.Equals(l.PartCode, partScope.PartCode, StringComparison.OrdinalIgnoreCase))
            && (partScope.Organisation is null || string.Equals(l.Organisation, partScope.Organisation, StringComparison.OrdinalIgnoreCase))
            && InSourceTable(figure, l));
        columns.AddRange(lines.Select(l => new BudgetColumn(l.Kind, l.Year, string.IsNullOrWhiteSpace(l.Period) ? null : l.Period.Trim())));
        return columns.Distinct().ToList();
    }

    /// <summary>The columns a total column adds up: actual and forecast when the table has them, else its planned years.</summary>
    public static IReadOnlyList<BudgetColumn> Summed(IReadOnlyList<BudgetColumn> columns)
    {
        var parts = columns.Where(c => !c.IsTotal).ToList();
        var reported = parts.Where(c => c.Kind is FigureKind.Actual or FigureKind.Forecast).ToList();
        return reported.Count > 0 ? reported : parts.Where(c => c.Kind == FigureKind.Planned && c.Year is not null).ToList();
    }

    /// <summary>
    /// How far a sum may stray from a stated figure: the profile's tolerance, or half a euro per summand when
    /// the plan rounded each one to the euro (two rounded halves may add up to a euro more than their rounded sum).
    /// </summary>
    public static decimal Tolerance(Profiles.ProgrammeProfile profile, int summands) =>
        Math.Max(profile.Funding.AmountTolerance, 0.5m * summands);

    public static bool SameRow(TableFigure a, TableFigure b) => a.Kind == b.Kind && a.Kind switch
    {
        StatedFigureKind.CategoryTotal => a.Scope.Category == b.Scope.Category,
        StatedFigureKind.Subtotal => string.Equals(a.RowLabel, b.RowLabel, StringComparison.OrdinalIgnoreCase),
        _ => true,
    };

    private static bool SameTable(TableFigure a, TableFigure b) =>
        string.Equals(a.Table, b.Table, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.Scope.PartCode, b.Scope.PartCode, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.Scope.Organisation, b.Scope.Organisation, StringComparison.OrdinalIgnoreCase)
        && (a.Figure.Source?.Table is not { } ta || b.Figure.Source?.Table is not { } tb || ta == tb);

    private static TableFigure Read(StatedFigure figure, int index)
    {
        var table = figure.Scope.Table?.Trim();
        if (figure.Kind != StatedFigureKind.Subtotal || string.IsNullOrEmpty(table))
        {
            return new(figure, index, table, null, CostGroup.None);
        }
        var colon = table.LastIndexOf(": ", StringComparison.Ordinal);
        if (colon > 0)
        {
            var label = table[(colon + 2)..].Trim();
            return new(figure, index, table[..colon].Trim(), label, GroupOf(label));
        }
        return GroupOf(table) is var group and not CostGroup.None
            ? new(figure, index, null, table, group)
            : new(figure, index, table, null, CostGroup.None);
    }

    private static CostGroup GroupOf(string label) =>
        CostCategories.Classify(label) is { Kind: BudgetRowKind.Group } row ? row.Group : CostCategories.GroupHeadedBy(label);
}
