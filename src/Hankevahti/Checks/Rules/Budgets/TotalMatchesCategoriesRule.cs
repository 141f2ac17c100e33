using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Budgets;

/// <summary>
/// HV-BUDGET-002: a table's total row equals the sum of its cost categories, column by column. In the
/// total column the categories are the stated category figures (a group row stands in for its categories
/// only when they are not stated there).
/// </summary>
public sealed class TotalMatchesCategoriesRule : Rule
{
    public override string Code => "HV-BUDGET-002";
    public override FindingSeverity Severity => FindingSeverity.Error;
    public override Localized Title => new("Kokonaiskustannukset eivät täsmää kustannuslajien summaan", "Total does not equal the cost categories");
    public override Localized Explanation => new(
        "Talousarviotaulukon kokonaiskustannusten on oltava kustannuslajien summa jokaisessa sarakkeessa (suunnitelma, toteuma, ennuste, yhteensä). Rahoittaja laskee summat ja palauttaa suunnitelman, jos ne eivät täsmää.",
        "A budget table's total must equal the sum of its cost categories in every column (planned, actual, forecast, total). The funder adds them up and returns a plan whose sums disagree.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var budget = context.Plan.Budget;
        var tables = new StatedTables(budget);
        foreach (var figure in tables.Figures)
        {
            if (figure.Kind != StatedFigureKind.Total || IsProse(figure))
            {
                continue;
            }
            var categories = Categories(tables, figure);
            if (categories.Count == 0)
            {
                continue;
            }
            var sum = categories.Sum();
            if (Math.Abs(sum - figure.Figure.Value) <= StatedTables.Tolerance(context.Profile, categories.Count))
            {
                continue;
            }
            var message = BudgetSay.SumAgainstStated(BudgetWords.Where(figure, budget), new("kustannuslajit yhteensä", "the cost categories sum to"), sum, figure.Figure.Value);
            if (figure.Column.IsTotal && ColumnLines(tables, figure) is { } lines)
            {
                message = new($"{message.Fi} Rivien mukaan {lines.Fi}.", $"{message.En} By the rows, {lines.En}.");
            }
            yield return Found(
                context.Place(figure.Path, figure.Figure.Source, figure.Figure.Text, "budget"),
                message,
                new("Laske kustannuslajit uudelleen ja korjaa joko kokonaissumma tai virheellinen rivi.", "Add up the cost categories again and correct either the total or the wrong row."));
        }
    }

    /// <summary>
    /// A total stated in prose names no column; it may be the plan's original or its updated budget, so
    /// HV-BUDGET-004 compares it with every total the tables give.
    /// </summary>
    internal static bool IsProse(TableFigure figure) =>
        figure.Figure.Source?.Table is null && figure.Scope.Kind is null && figure.Scope.Year is null && figure.Scope.Period is null;

    /// <summary>
    /// What the lines of the summed columns give ("toteuma 2020 209 073 € + ennuste 2021 1 096 927 €"), so that
    /// the reader sees which column's total carried the error over; null when the columns have no lines.
    /// </summary>
    private static Localized? ColumnLines(StatedTables tables, TableFigure figure)
    {
        var terms = StatedTables.Summed(tables.Columns(figure))
            .Select(c => (c.Name, Lines: tables.Lines(figure, c.Scope(figure.Scope))))
            .Where(t => t.Lines.Count > 0)
            .Select(t => (t.Name, t.Lines.Sum(l => l.Amount)))
            .ToList();
        return terms.Count == 0 ? null : BudgetSay.Terms(terms, terms.Sum(t => t.Item2));
    }

    private static List<decimal> Categories(StatedTables tables, TableFigure figure)
    {
        var column = tables.InTableOf(figure).Where(f => f.Column == figure.Column).ToList();
        var alone = column.Where(f => tables.StandsAlone(f)).ToList();
        if (!figure.Column.IsTotal)
        {
            var lines = tables.Lines(figure, figure.Scope).Select(l => l.Amount).ToList();
            return lines.Count == 0 ? lines : [.. lines, .. alone.Select(f => f.Figure.Value)];
        }
        var categories = column.Where(f => f.Kind == StatedFigureKind.CategoryTotal && f.Scope.Category is not null).Concat(alone).ToList();
        if (column.Any(f => f.Kind == StatedFigureKind.Subtotal && f.Group == CostGroup.None))
        {
            // A group row whose categories we cannot tell might overlap the category rows; better no sum than a wrong one.
            return [];
        }
        var groups = column.Where(f => f.Kind == StatedFigureKind.Subtotal && !alone.Contains(f)
            && !categories.Any(c => c.Scope.Category is { } category && CostCategories.InGroup(category, f.Group)));
        return categories.Concat(groups).Select(f => f.Figure.Value).ToList();
    }
}
