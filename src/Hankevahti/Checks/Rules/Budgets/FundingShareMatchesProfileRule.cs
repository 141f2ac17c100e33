using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Budgets;

/// <summary>
/// HV-FUNDING-002: the own funding and grant shares the plan states are the programme's (Rakenneuudistus
/// 20 % / 80 %, RRF 0 % / 100 %). More grant or less own funding than the programme allows is an error; the
/// other way round the plan asks for less than it could, which the applicant should confirm.
/// </summary>
public sealed class FundingShareMatchesProfileRule : Rule
{
    private const decimal Exact = 0.0005m;

    public override string Code => "HV-FUNDING-002";
    public override FindingSeverity Severity => FindingSeverity.Error;
    public override Localized Title => new("Rahoitusosuus poikkeaa ohjelman ehdoista", "Funding share differs from the programme's");
    public override Localized Explanation => new(
        "Suunnitelman omarahoitus- ja avustusosuuksien on vastattava rahoitusohjelman ehtoja (esim. rakenneuudistushankkeissa omarahoitus 20 % ja valtionavustus 80 %).",
        "The plan's own funding and grant shares must be those of the funding programme (for the structural reform, own funding 20 % and state grant 80 %).");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var rules = context.Profile.Funding;
        var budget = context.Plan.Budget;
        var tables = new StatedTables(budget);
        var stated = tables.Figures.Where(f => f.Kind is StatedFigureKind.OwnFundingShare or StatedFigureKind.GrantShare).ToList();
        foreach (var figure in stated)
        {
            var own = figure.Kind == StatedFigureKind.OwnFundingShare;
            if (Check(own, figure.Figure.Value, own ? rules.OwnFundingShare : rules.GrantShare, context.Profile) is { } result)
            {
                yield return Found(context.Place(figure.Path, figure.Figure.Source, figure.Figure.Text, "budget"), result.Message, result.Hint, result.Severity);
            }
        }
        // The plan-level shares are usually read from one of the stated ones; they are checked only when they add something.
        foreach (var (own, share, path) in new[] { (true, budget.Funding.OwnFundingShare, "budget.funding.ownFundingShare"), (false, budget.Funding.GrantShare, "budget.funding.grantShare") })
        {
            var kind = own ? StatedFigureKind.OwnFundingShare : StatedFigureKind.GrantShare;
            if (share is not { } value || stated.Any(f => f.Kind == kind && Math.Abs(f.Figure.Value - value) <= Exact))
            {
                continue;
            }
            if (Check(own, value, own ? rules.OwnFundingShare : rules.GrantShare, context.Profile) is { } result)
            {
                yield return Found(context.Place(path, budget.Funding.Source, null, "budget"), result.Message, result.Hint, result.Severity);
            }
        }
    }

    private static (Localized Message, Localized Hint, FindingSeverity Severity)? Check(bool own, decimal value, decimal? required, Profiles.ProgrammeProfile profile)
    {
        if (required is not { } need || Math.Abs(value - need) <= Exact)
        {
            return null;
        }
        var name = own ? new Localized("Omarahoitusosuus", "Own funding share") : new Localized("Avustusosuus", "Grant share");
        var programme = profile.Name.ToLocalized();
        var (v, r) = (Say.Share(value), Say.Share(need));
        var wrong = own ? value < need : value > need;
        var message = new Localized($"{name.Fi} on {v.Fi}, mutta ohjelmassa {programme.Fi} se on {r.Fi}.",
            $"{name.En} is {v.En}, but the programme {programme.En} sets it at {r.En}.");
        var hint = wrong
            ? new Localized("Korjaa rahoitusosuudet ohjelman ehtojen mukaisiksi.", "Correct the shares to the programme's terms.")
            : new Localized("Varmista haun ehdoista, että poikkeava osuus on tarkoituksellinen.", "Confirm in the call's terms that the different share is intended.");
        return (message, hint, wrong ? FindingSeverity.Error : FindingSeverity.Warning);
    }
}
