using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Budgets;

/// <summary>
/// HV-FUNDING-003: a stated own funding or grant amount is its share of the total (20 % of 936 000 € is
/// 187 200 €). Plans round to the euro, so the profile's tolerance applies.
/// </summary>
public sealed class FundingAmountMatchesShareRule : Rule
{
    public override string Code => "HV-FUNDING-003";
    public override FindingSeverity Severity => FindingSeverity.Error;
    public override Localized Title => new("Rahoitusosuuden summa ei vastaa osuutta", "Funding amount does not match its share");
    public override Localized Explanation => new(
        "Ilmoitetun omarahoituksen ja valtionavustuksen on oltava rahoitusosuus kokonaiskustannuksista (esim. 20 % ja 80 %). Väärin laskettu summa johtaa väärään avustuspäätökseen.",
        "The stated own funding and state grant must be their shares of the total costs (such as 20 % and 80 %). A wrongly computed amount leads to a wrong grant decision.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var plan = context.Plan;
        var tables = new StatedTables(plan.Budget);
        foreach (var figure in tables.Figures.Where(f => f.Kind is StatedFigureKind.OwnFunding or StatedFigureKind.Grant))
        {
            if (FundingFigures.ShareFor(tables, figure, plan, context.Profile) is not { } share
                || FundingFigures.TotalFor(tables, figure) is not { } total)
            {
                continue;
            }
            var expected = Math.Round(total.Amount * share, 2, MidpointRounding.AwayFromZero);
            var tolerance = Math.Max(context.Profile.Funding.AmountTolerance, StatedPrecision.Of(figure.Figure.Text));
            if (Math.Abs(expected - figure.Figure.Value) <= tolerance)
            {
                continue;
            }
            var where = BudgetWords.Where(figure, plan.Budget);
            var name = figure.Kind == StatedFigureKind.OwnFunding ? new Localized("omarahoitus", "own funding") : new Localized("valtionavustus", "state grant");
            var (stated, pct, of, exp) = (Say.Euros(figure.Figure.Value), Say.Share(share), Say.Euros(total.Amount), Say.Euros(expected));
            yield return Found(
                context.Place(figure.Path, figure.Figure.Source, figure.Figure.Text, "budget"),
                new($"{where.Fi}: {name.Fi} {stated.Fi}, mutta {pct.Fi} kokonaiskustannuksista {of.Fi} on {exp.Fi}.",
                    $"{where.En}: {name.En} {stated.En}, but {pct.En} of the total costs {of.En} is {exp.En}."),
                new("Laske rahoitusosuus kokonaiskustannuksista uudelleen ja korjaa summa.", "Compute the share of the total costs again and correct the amount."));
        }
    }
}
