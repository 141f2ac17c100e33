using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Budgets;

/// <summary>
/// HV-BUDGET-005: the part totals a table states (one row or column per part) add up to the table's total in
/// the same column. Part totals of different tables or prose are not added: prose often gives an original and
/// an updated budget of the same part, which HV-BUDGET-004 compares one by one.
/// </summary>
public sealed class PartTotalsMakeTotalRule : Rule
{
    public override string Code => "HV-BUDGET-005";
    public override FindingSeverity Severity => FindingSeverity.Error;
    public override Localized Title => new("Osien summat eivät täsmää kokonaisbudjettiin", "Part totals do not add up to the total");
    public override Localized Explanation => new(
        "Kun taulukko ilmoittaa kunkin osan (osa-alueen, työpaketin) kustannukset, niiden summan on oltava taulukon kokonaiskustannukset.",
        "When a table states the costs of each part (work area, work package), they must add up to the table's total costs.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var budget = context.Plan.Budget;
        var tables = new StatedTables(budget);
        foreach (var total in tables.Figures.Where(f => f.Kind == StatedFigureKind.Total && !TotalMatchesCategoriesRule.IsProse(f)))
        {
            var parts = tables.Figures.Where(f => f.Kind == StatedFigureKind.PartTotal && f.Column == total.Column
                && f.Scope.PartCode is not null && Within(f, total)).ToList();
            var codes = parts.Select(p => p.Scope.PartCode!.ToUpperInvariant()).ToList();
            if (parts.Count < 2 || codes.Distinct().Count() != codes.Count)
            {
                // One part is no breakdown, and a part stated twice (original and update) cannot be added up.
                continue;
            }
            var sum = parts.Sum(p => p.Figure.Value);
            if (Math.Abs(sum - total.Figure.Value) <= StatedTables.Tolerance(context.Profile, parts.Count))
            {
                continue;
            }
            var terms = BudgetSay.Terms(parts.Select(p => (new Localized($"osa {p.Scope.PartCode}", $"part {p.Scope.PartCode}"), p.Figure.Value)).ToList(), sum);
            var where = BudgetWords.Where(total, budget);
            var stated = Say.Euros(total.Figure.Value);
            yield return Found(
                context.Place(total.Path, total.Figure.Source, total.Figure.Text, "budget"),
                new($"{where.Fi}: ilmoitettu {stated.Fi}, mutta osien summat {terms.Fi}.", $"{where.En}: stated {stated.En}, but the parts {terms.En}."),
                new("Tarkista osien summat ja kokonaiskustannukset ja korjaa virheellinen luku.", "Check the parts' sums and the total and correct the wrong figure."));
        }
    }

    /// <summary>A part total of the total's table: the same table label and organisation, and a part under the total's part when it has one.</summary>
    private static bool Within(TableFigure part, TableFigure total) =>
        string.Equals(part.Table, total.Table, StringComparison.OrdinalIgnoreCase)
        && string.Equals(part.Scope.Organisation, total.Scope.Organisation, StringComparison.OrdinalIgnoreCase)
        && (total.Scope.PartCode is not { } code || (part.Scope.PartCode!.StartsWith(code + ".", StringComparison.OrdinalIgnoreCase)))
        && (part.Figure.Source?.Table is not { } a || total.Figure.Source?.Table is not { } b || a == b);
}
