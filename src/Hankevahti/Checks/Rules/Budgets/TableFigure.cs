using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Budgets;

/// <summary>A stated figure with its index in the plan, the table it belongs to and the row it stands on.</summary>
internal sealed record TableFigure(StatedFigure Figure, int Index, string? Table, string? RowLabel, CostGroup Group, bool Bare = false)
{
    public string Path => $"budget.statedFigures[{Index}]";
    public StatedFigureKind Kind => Figure.Kind;
    public FigureScope Scope => Figure.Scope;
    public BudgetColumn Column => BudgetColumn.Of(Figure.Scope);

    /// <summary>
    /// A group row whose label says no "joista" or "yhteensä" ("Palvelujen ostot" above "Matkakulut"): the reader
    /// takes it for a group when a row of the group follows, but the plan may mean a category of its own.
    /// </summary>
    public bool IsBareGroup => Kind == StatedFigureKind.Subtotal && Bare;

    /// <summary>A subtotal whose label names no cost group we know cannot be compared with any lines.</summary>
    public bool IsUnknownGroup => Kind == StatedFigureKind.Subtotal && RowLabel is not null && Group == CostGroup.None;
}
