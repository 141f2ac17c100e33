using Hankevahti.Import.Money;
using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Budget;

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
            yield return Found(
                context.Place(figure.Path, figure.Figure.Source, figure.Figure.Text, "budget"),
                BudgetSay.SumAgainstStated(BudgetWords.Where(figure, budget), new("kustannuslajit yhteensä", "the cost categories sum to"), sum, figure.Figure.Value),
                new("Laske kustannuslajit uudelleen ja korjaa joko kokonaissumma tai virheellinen rivi.", "Add up the cost categories again and correct either the total or the wrong row."));
        }
    }

    /// <summary>
    /// A total stated in prose names no column; it may be the plan's original or its updated budget, so
    /// HV-BUDGET-004 compares it with every total the tables give.
    /// </summary>
    internal static bool IsProse(TableFigure figure) =>
        figure.Figure.Source?.Table is null && figure.Scope.Kind is null && figure.Scope.Year is null && figure.Scope.Period is null;

    private static List<decimal> Categories(StatedTables tables, TableFigure figure)
    {
        if (!figure.Column.IsTotal)
        {
            return tables.Lines(figure, figure.Scope).Select(l => l.Amount).ToList();
        }
        var column = tables.InTableOf(figure).Where(f => f.Column == figure.Column).ToList();
        var categories = column.Where(f => f.Kind == StatedFigureKind.CategoryTotal && f.Scope.Category is not null).ToList();
        if (column.Any(f => f.Kind == StatedFigureKind.Subtotal && f.Group == CostGroup.None))
        {
            // A group row whose categories we cannot tell might overlap the category rows; better no sum than a wrong one.
            return [];
        }
        var groups = column.Where(f => f.Kind == StatedFigureKind.Subtotal
            && !categories.Any(c => CostCategories.InGroup(c.Scope.Category!.Value, f.Group)));
        return categories.Concat(groups).Select(f => f.Figure.Value).ToList();
    }
}
