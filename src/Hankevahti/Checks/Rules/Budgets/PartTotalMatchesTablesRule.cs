using Hankevahti.Figures;
using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Budgets;

/// <summary>
/// HV-BUDGET-004: a part's total, or the plan's total, stated in prose ("osa-alueen kokonaisbudjetti on
/// 1 336 000 €") agrees with the budget tables. Prose often gives both the original budget and an update,
/// so a figure agrees when it equals any total the tables give for the part: the planned column, the total
/// column, or the sum of the lines. A part total scoped to one column is compared with that column's lines.
/// </summary>
public sealed class PartTotalMatchesTablesRule : Rule
{
    public override string Code => "HV-BUDGET-004";
    public override FindingSeverity Severity => FindingSeverity.Error;
    public override Localized Title => new("Osan kokonaisbudjetti ei täsmää talousarvioon", "Part total disagrees with the budget");
    public override Localized Explanation => new(
        "Tekstissä ilmoitetun osan tai koko hankkeen kokonaisbudjetin on vastattava talousarviotaulukkoa. Jos teksti ja taulukko kertovat eri summan, rahoittaja ei tiedä, kumpi on voimassa.",
        "A part's or the project's total budget stated in the text must match the budget table. When text and table give different sums, the funder cannot tell which one holds.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var budget = context.Plan.Budget;
        var tables = new StatedTables(budget);
        foreach (var figure in tables.Figures)
        {
            var prose = figure.Kind == StatedFigureKind.Total && TotalMatchesCategoriesRule.IsProse(figure);
            if (figure.Kind != StatedFigureKind.PartTotal && !prose)
            {
                continue;
            }
            var candidates = Candidates(tables, budget, figure, context.Profile);
            if (candidates.Count == 0)
            {
                continue;
            }
            var tolerance = Math.Max(context.Profile.Funding.AmountTolerance, StatedPrecision.Of(figure.Figure.Text));
            if (candidates.Any(c => Math.Abs(c.Amount - figure.Figure.Value) <= Math.Max(tolerance, c.Tolerance)))
            {
                continue;
            }
            var where = Where(figure);
            var stated = Say.Euros(figure.Figure.Value);
            var fi = string.Join(", ", candidates.Select(c => $"{c.Name.Fi} {Say.Euros(c.Amount).Fi}"));
            var en = string.Join(", ", candidates.Select(c => $"{c.Name.En} {Say.Euros(c.Amount).En}"));
            yield return Found(
                context.Place(figure.Path, figure.Figure.Source, figure.Figure.Text, "budget"),
                new($"{where.Fi}: ilmoitettu {stated.Fi}, mutta talousarviossa {fi}.", $"{where.En}: stated {stated.En}, but the budget gives {en}."),
                new("Päivitä tekstin summa talousarvion mukaiseksi tai korjaa talousarvio.", "Update the sum in the text to match the budget, or correct the budget."));
        }
    }

    private static Localized Where(TableFigure figure)
    {
        var table = BudgetWords.Table(figure);
        return figure.Scope.PartCode is { } part
            ? new($"{table.Fi}, osan {part} kokonaisbudjetti", $"{table.En}, total of part {part}")
            : new($"{table.Fi}, hankkeen kokonaisbudjetti", $"{table.En}, project total");
    }

    /// <summary>The totals the tables give for the figure's part, each with a name for the message.</summary>
    private static List<(Localized Name, decimal Amount, decimal Tolerance)> Candidates(StatedTables tables, Plans.Budget budget, TableFigure figure, Profiles.ProgrammeProfile profile)
    {
        var scope = figure.Scope;
        var found = new List<(Localized Name, decimal Amount, decimal Tolerance)>();
        if (scope.Kind is not null || scope.Year is not null || scope.Period is not null)
        {
            var lines = PlanFigures.Lines(budget, scope with { Table = null }).ToList();
            if (lines.Count > 0)
            {
                found.Add((new("rivit yhteensä", "lines in total"), lines.Sum(l => l.Amount), StatedTables.Tolerance(profile, lines.Count)));
            }
            return found;
        }
        var part = new FigureScope { PartCode = scope.PartCode, Organisation = scope.Organisation };
        foreach (var total in tables.Figures.Where(f => f.Kind == StatedFigureKind.Total && !TotalMatchesCategoriesRule.IsProse(f)
            && SamePart(f.Scope, part) && (f.Column.IsTotal || f.Column.Kind == FigureKind.Planned)))
        {
            found.Add((new($"{BudgetWords.Table(total).Fi} ({total.Column.Name.Fi})", $"{BudgetWords.Table(total).En} ({total.Column.Name.En})"), total.Figure.Value, 0m));
        }
        AddLines(found, profile, PlanFigures.Lines(budget, part with { Kind = FigureKind.Planned }).ToList(), new("suunnitellut rivit yhteensä", "planned lines in total"));
        var reported = PlanFigures.Lines(budget, part with { Kind = FigureKind.Actual })
            .Concat(PlanFigures.Lines(budget, part with { Kind = FigureKind.Forecast })).ToList();
        AddLines(found, profile, reported, new("toteuma ja ennuste yhteensä", "actual and forecast in total"));
        return found;
    }

    private static void AddLines(List<(Localized Name, decimal Amount, decimal Tolerance)> found, Profiles.ProgrammeProfile profile, List<BudgetLine> lines, Localized name)
    {
        if (lines.Count > 0 && !found.Any(f => f.Amount == lines.Sum(l => l.Amount)))
        {
            found.Add((name, lines.Sum(l => l.Amount), StatedTables.Tolerance(profile, lines.Count)));
        }
    }

    private static bool SamePart(FigureScope a, FigureScope b) =>
        string.Equals(a.PartCode, b.PartCode, StringComparison.OrdinalIgnoreCase)
        && (b.Organisation is null || string.Equals(a.Organisation, b.Organisation, StringComparison.OrdinalIgnoreCase));
}
