using Hankevahti.Figures;
using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Budgets;

/// <summary>
/// The budget's stated figures read back into tables: which figures stand in the same table, which lines a
/// figure covers. A subtotal's scope cannot name a group of categories, so the importer writes the group row's
/// label after the table's ("Liite 1: Henkilöstökulut yhteensä"); the label tells which categories it sums.
/// </summary>
internal sealed class StatedTables
{
    private readonly Plans.Budget budget;
    private readonly Dictionary<int, IReadOnlyList<TableFigure>> tableOf = [];
    private readonly Dictionary<string, bool> standalone = new(StringComparer.OrdinalIgnoreCase);

    public StatedTables(Plans.Budget budget)
    {
        this.budget = budget;
        Figures = budget.StatedFigures.Select((f, i) => Read(f, i)).ToList();
    }

    public IReadOnlyList<TableFigure> Figures { get; }

    /// <summary>Figures of the same table: the same table label, part and organisation (and source table when both know it).</summary>
    public IReadOnlyList<TableFigure> InTableOf(TableFigure figure)
    {
        // Rules ask for a figure's table once per column and row; a plan states a few hundred figures at most.
        if (!tableOf.TryGetValue(figure.Index, out var table))
        {
            table = Figures.Where(f => SameTable(f, figure)).ToList();
            tableOf[figure.Index] = table;
        }
        return table;
    }

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

    /// <summary>
    /// Whether a bare group row is a category of its own: the table's stated totals are its lines plus the
    /// bare rows, not its lines alone, in every column where that can be seen. Then the rows under it are
    /// its neighbours, not its breakdown, and it is added to the total like any category.
    /// </summary>
    public bool StandsAlone(TableFigure figure)
    {
        if (!figure.IsBareGroup)
        {
            return false;
        }
        var key = $"{figure.Table}|{figure.Scope.PartCode}|{figure.Scope.Organisation}|{figure.Figure.Source?.Table}";
        if (!standalone.TryGetValue(key, out var alone))
        {
            alone = ReadStandalone(figure);
            standalone[key] = alone;
        }
        return alone;
    }

    private bool ReadStandalone(TableFigure figure)
    {
        var table = InTableOf(figure);
        var seen = false;
        foreach (var total in table.Where(f => f.Kind == StatedFigureKind.Total && !f.Column.IsTotal))
        {
            var bare = table.Where(f => f.IsBareGroup && f.Column == total.Column).Sum(f => f.Figure.Value);
            if (bare == 0)
            {
                continue;
            }
            var lines = Lines(total, total.Scope);
            var sum = lines.Sum(l => l.Amount);
            var tolerance = Math.Max(1m, 0.5m * (lines.Count + 1));
            if (Math.Abs(total.Figure.Value - (sum + bare)) > tolerance || Math.Abs(total.Figure.Value - sum) <= tolerance)
            {
                return false;
            }
            seen = true;
        }
        return seen;
    }

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
            return new(figure, index, table[..colon].Trim(), label, GroupOf(label), IsBare(label));
        }
        return GroupOf(table) is var group and not CostGroup.None
            ? new(figure, index, null, table, group, IsBare(table))
            : new(figure, index, table, null, CostGroup.None);
    }

    /// <summary>A plan repeats each group label once per column, and every budget rule reads them all.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, CostGroup> Groups = new(StringComparer.Ordinal);

    private static CostGroup GroupOf(string label) => Groups.Count > 10_000
        ? ReadGroup(label)
        : Groups.GetOrAdd(label, ReadGroup);

    private static bool IsBare(string label) => CostCategories.Classify(label).Kind != BudgetRowKind.Group;

    private static CostGroup ReadGroup(string label) =>
        CostCategories.Classify(label) is { Kind: BudgetRowKind.Group } row ? row.Group : CostCategories.GroupHeadedBy(label);
}
