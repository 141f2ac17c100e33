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
            if (FundingFigures.TotalFor(tables, figure) is not { } total)
            {
                continue;
            }
            if (FundingFigures.ShareFor(tables, figure, plan, context.Profile) is not { } share)
            {
                if (OverCeiling(context, figure, total.Amount) is { } over)
                {
                    yield return over;
                }
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

    /// <summary>
    /// Where the programme sets only a ceiling and the plan states no share, the amount is checked against the
    /// ceiling: a grant above it, or (with no other income) own funding below the rest, is wrong.
    /// </summary>
    private Finding? OverCeiling(CheckContext context, TableFigure figure, decimal total)
    {
        var grant = figure.Kind == StatedFigureKind.Grant;
        if (FundingFigures.CeilingBound(context.Profile, context.Plan, own: !grant) is not { } share)
        {
            return null;
        }
        var tolerance = Math.Max(context.Profile.Funding.AmountTolerance, StatedPrecision.Of(figure.Figure.Text));
        var bound = Math.Round(total * share.Share, 2, MidpointRounding.AwayFromZero);
        if (!FundingFigures.Breaks(figure.Figure.Value, bound, share.AtMost, tolerance))
        {
            return null;
        }
        var where = BudgetWords.Where(figure, context.Plan.Budget);
        var (stated, of, b, pct) = (Say.Euros(figure.Figure.Value), Say.Euros(total), Say.Euros(bound), Say.Share(share.Share));
        var message = grant
            ? new Localized($"{where.Fi}: valtionavustus {stated.Fi}, mutta avustus voi kattaa enintään {pct.Fi} kokonaiskustannuksista {of.Fi} eli {b.Fi}.",
                $"{where.En}: state grant {stated.En}, but the grant may cover at most {pct.En} of the total costs {of.En}, that is {b.En}.")
            : new Localized($"{where.Fi}: omarahoitus {stated.Fi}, mutta sen on oltava vähintään {pct.Fi} kokonaiskustannuksista {of.Fi} eli {b.Fi}.",
                $"{where.En}: own funding {stated.En}, but it must be at least {pct.En} of the total costs {of.En}, that is {b.En}.");
        return Found(context.Place(figure.Path, figure.Figure.Source, figure.Figure.Text, "budget"), message,
            new("Korjaa rahoitus ohjelman ehtojen mukaiseksi.", "Correct the funding to the programme's terms."));
    }
}
