using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Budgets;

/// <summary>
/// HV-BUDGET-003: the total column of a table ("KOKONAISKULUT YHT. VUODET 2020-21") equals the sum of the
/// columns it adds up — actual + forecast when the table has them, else the planned years — on every row:
/// the total, the group rows and the category rows.
/// </summary>
public sealed class TotalColumnMatchesColumnsRule : Rule
{
    public override string Code => "HV-BUDGET-003";
    public override FindingSeverity Severity => FindingSeverity.Error;
    public override Localized Title => new("Yhteensä-sarake ei täsmää sarakkeiden summaan", "Total column does not equal its columns");
    public override Localized Explanation => new(
        "Talousarviotaulukon yhteensä-sarakkeen on oltava toteuman ja ennusteen (tai suunnitelmavuosien) summa jokaisella rivillä. Ristiriita kertoo, että jompikumpi luku on kopioitu väärin tai jäänyt päivittämättä.",
        "A budget table's total column must equal actual + forecast (or the planned years) on every row. A difference means one of the figures was copied wrongly or not updated.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var budget = context.Plan.Budget;
        var tables = new StatedTables(budget);
        foreach (var figure in tables.Figures)
        {
            if (figure.Kind is not (StatedFigureKind.Total or StatedFigureKind.Subtotal or StatedFigureKind.CategoryTotal)
                || !figure.Column.IsTotal || figure.IsUnknownGroup
                || (figure.Kind == StatedFigureKind.CategoryTotal && figure.Scope.Category is null))
            {
                continue;
            }
            var terms = StatedTables.Summed(tables.Columns(figure))
                .Select(column => (Column: column, Amount: Amount(tables, figure, column)))
                .Where(t => t.Amount is not null)
                .Select(t => (t.Column.Name, Amount: t.Amount!.Value))
                .ToList();
            if (terms.Count == 0)
            {
                continue;
            }
            var sum = terms.Sum(t => t.Amount);
            if (Math.Abs(sum - figure.Figure.Value) <= StatedTables.Tolerance(context.Profile, terms.Count))
            {
                continue;
            }
            var where = BudgetWords.Where(figure, budget);
            var stated = Say.Euros(figure.Figure.Value);
            var sumText = BudgetSay.Terms(terms, sum);
            yield return Found(
                context.Place(figure.Path, figure.Figure.Source, figure.Figure.Text, "budget"),
                new($"{where.Fi}: ilmoitettu {stated.Fi}, mutta {sumText.Fi}.", $"{where.En}: stated {stated.En}, but {sumText.En}."),
                new("Tarkista rivin toteuma ja ennuste ja korjaa yhteensä-sarake vastaamaan niiden summaa.",
                    "Check the row's actual and forecast figures and make the total column their sum."));
        }
    }

    /// <summary>
    /// A category row's lines, from the same table row when the import recorded rows: a group row whose
    /// breakdown is blank in one column stands as a line of the group's first category there, and must not be
    /// taken for that category's own row.
    /// </summary>
    private static IReadOnlyList<BudgetLine> SameRow(TableFigure row, IReadOnlyList<BudgetLine> lines) =>
        row.Figure.Source?.Row is { } r && lines.Any(l => l.Source?.Row is not null)
            ? lines.Where(l => l.Source?.Row == r).ToList()
            : lines;

    /// <summary>The row's amount in a column: the stated figure, else the sum of its lines; null when the cell is blank.</summary>
    private static decimal? Amount(StatedTables tables, TableFigure row, BudgetColumn column)
    {
        if (tables.At(row, column) is { } stated)
        {
            return stated.Figure.Value;
        }
        if (tables.StandsAlone(row))
        {
            // A category of its own: the rows below it are not its lines.
            return null;
        }
        var lines = row.Kind switch
        {
            StatedFigureKind.Subtotal => tables.GroupLines(row, column.Scope(row.Scope)),
            StatedFigureKind.CategoryTotal => SameRow(row, tables.Lines(row, column.Scope(row.Scope, row.Scope.Category))),
            _ => tables.Lines(row, column.Scope(row.Scope)),
        };
        return lines.Count == 0 ? null : lines.Sum(l => l.Amount);
    }
}
