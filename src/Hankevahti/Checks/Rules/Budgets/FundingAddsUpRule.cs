using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Budgets;

/// <summary>HV-FUNDING-001: own funding + state grant = total costs, in every column that states both.</summary>
public sealed class FundingAddsUpRule : Rule
{
    public override string Code => "HV-FUNDING-001";
    public override FindingSeverity Severity => FindingSeverity.Error;
    public override Localized Title => new("Omarahoitus ja avustus eivät täsmää kokonaiskustannuksiin", "Own funding and grant do not add up to the total");
    public override Localized Explanation => new(
        "Omarahoituksen ja haettavan valtionavustuksen summan on oltava kokonaiskustannukset. Muuten osa kustannuksista jää rahoittamatta tai avustusta haetaan liikaa.",
        "Own funding and the state grant applied for must add up to the total costs; otherwise part of the costs is unfunded or too much grant is applied for.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var budget = context.Plan.Budget;
        var tables = new StatedTables(budget);
        foreach (var grant in tables.Figures.Where(f => f.Kind == StatedFigureKind.Grant))
        {
            var table = tables.InTableOf(grant).ToList();
            var own = FundingFigures.Partner(table, grant, StatedFigureKind.OwnFunding);
            if (own is null || FundingFigures.TotalFor(tables, grant) is not { } total)
            {
                continue;
            }
            var sum = own.Figure.Value + grant.Figure.Value;
            var tolerance = Math.Max(StatedTables.Tolerance(context.Profile, 2),
                StatedPrecision.Of(own.Figure.Text) + StatedPrecision.Of(grant.Figure.Text));
            if (Math.Abs(sum - total.Amount) <= tolerance)
            {
                continue;
            }
            var where = BudgetWords.Where(grant, budget);
            // Other income (fees) is not part of the funding rows: the plans state own funding + grant = total costs.
            var terms = new List<(Localized, decimal)> { (new("omarahoitus", "own funding"), own.Figure.Value), (new("valtionavustus", "state grant"), grant.Figure.Value) };
            var sumText = BudgetSay.Terms(terms, sum);
            var totalText = Say.Euros(total.Amount);
            yield return Found(
                context.Place(grant.Path, grant.Figure.Source, grant.Figure.Text, "budget"),
                new($"{where.Fi}: {sumText.Fi}, mutta kokonaiskustannukset ovat {totalText.Fi}.", $"{where.En}: {sumText.En}, but the total costs are {totalText.En}."),
                new("Korjaa omarahoitus tai avustus niin, että niiden summa on kokonaiskustannukset.", "Correct the own funding or the grant so that they add up to the total costs."));
        }
    }
}
