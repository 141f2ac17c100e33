using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Budgets;

/// <summary>
/// HV-BUDGET-001: a group row ("Henkilöstökulut yhteensä") or a stated category total equals the sum of the
/// rows under it, column by column. In the total column, where the rows are stated figures too, the group
/// row is compared with the category rows of that column.
/// </summary>
public sealed class SubtotalMatchesRowsRule : Rule
{
    public override string Code => "HV-BUDGET-001";
    public override FindingSeverity Severity => FindingSeverity.Error;
    public override Localized Title => new("Välisumma ei täsmää rivien summaan", "Subtotal does not equal its rows");
    public override Localized Explanation => new(
        "Talousarvion välisumman (esim. henkilöstökulut yhteensä) on oltava sen alarivien summa jokaisessa sarakkeessa. Ristiriitainen välisumma tekee koko taulukon luvut epävarmoiksi.",
        "A budget subtotal (such as personnel costs in total) must equal the sum of the rows under it in every column. A subtotal that disagrees makes every figure of the table uncertain.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var budget = context.Plan.Budget;
        var tables = new StatedTables(budget);
        foreach (var figure in tables.Figures)
        {
            if (figure.Kind is not (StatedFigureKind.Subtotal or StatedFigureKind.CategoryTotal) || figure.IsUnknownGroup || tables.StandsAlone(figure))
            {
                continue;
            }
            var rows = Rows(tables, figure);
            if (rows.Count == 0)
            {
                continue;
            }
            var sum = rows.Sum();
            if (Math.Abs(sum - figure.Figure.Value) <= StatedTables.Tolerance(context.Profile, rows.Count))
            {
                continue;
            }
            yield return Found(
                context.Place(figure.Path, figure.Figure.Source, figure.Figure.Text, "budget"),
                BudgetSay.SumAgainstStated(BudgetWords.Where(figure, budget), new("alarivit yhteensä", "the rows under it sum to"), sum, figure.Figure.Value),
                new("Korjaa välisumma tai sen alarivit niin, että ne täsmäävät.", "Correct the subtotal or the rows under it so that they agree."));
        }
    }

    /// <summary>The amounts the figure sums: its lines, or in the total column the category figures of its group.</summary>
    private static List<decimal> Rows(StatedTables tables, TableFigure figure)
    {
        if (!figure.Column.IsTotal)
        {
            var lines = figure.Kind == StatedFigureKind.Subtotal ? tables.GroupLines(figure, figure.Scope) : tables.Lines(figure, figure.Scope);
            return lines.Select(l => l.Amount).ToList();
        }
        if (figure.Kind != StatedFigureKind.Subtotal || figure.RowLabel is null)
        {
            // A category row of the total column has no rows under it; HV-BUDGET-003 compares it with its columns.
            return [];
        }
        return tables.InTableOf(figure)
            .Where(f => f.Kind == StatedFigureKind.CategoryTotal && f.Column == figure.Column
                && f.Scope.Category is { } category && CostCategories.InGroup(category, figure.Group))
            .Select(f => f.Figure.Value)
            .ToList();
    }
}
