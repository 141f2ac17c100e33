using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Budgets;

/// <summary>
/// HV-FUNDING-002: the own funding and grant shares the plan states are the programme's. A programme with fixed
/// shares (RRF and Tulevaisuuden sote-keskus: grant 100 %): more grant or less own funding is an error, the other
/// way round a warning to confirm. A programme with a ceiling (Rakenneuudistus: grant at most 80 %): only a grant
/// above it is an error.
/// </summary>
public sealed class FundingShareMatchesProfileRule : Rule
{
    private const decimal Exact = 0.0005m;

    public override string Code => "HV-FUNDING-002";
    public override FindingSeverity Severity => FindingSeverity.Error;
    public override Localized Title => new("Rahoitusosuus poikkeaa ohjelman ehdoista", "Funding share differs from the programme's");
    public override Localized Explanation => new(
        "Suunnitelman omarahoitus- ja avustusosuuksien on vastattava rahoitusohjelman ehtoja (esim. RRF-hankkeissa valtionavustus 100 %, rakenneuudistushankkeissa valtionavustus enintään 80 %).",
        "The plan's own funding and grant shares must be those of the funding programme (for RRF, state grant 100 %; for the structural reform, state grant at most 80 %).");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var rules = context.Profile.Funding;
        var budget = context.Plan.Budget;
        var tables = new StatedTables(budget);
        var stated = tables.Figures.Where(f => f.Kind is StatedFigureKind.OwnFundingShare or StatedFigureKind.GrantShare).ToList();
        foreach (var figure in stated)
        {
            var own = figure.Kind == StatedFigureKind.OwnFundingShare;
            if ((Check(own, figure.Figure.Value, own ? rules.OwnFundingShare : rules.GrantShare, context.Profile)
                ?? Ceiling(own, figure.Figure.Value, context)) is { } result)
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
            if ((Check(own, value, own ? rules.OwnFundingShare : rules.GrantShare, context.Profile)
                ?? Ceiling(own, value, context)) is { } result)
            {
                yield return Found(context.Place(path, budget.Funding.Source, null, "budget"), result.Message, result.Hint, result.Severity);
            }
        }
    }

    /// <summary>
    /// A programme with a ceiling ("at most 80 %"): only a grant share above it, or with no other income an own
    /// share below what is left, is wrong; asking for less is the applicant's choice and gives nothing.
    /// </summary>
    private static (Localized Message, Localized Hint, FindingSeverity Severity)? Ceiling(bool own, decimal value, CheckContext context)
    {
        if (FundingFigures.CeilingBound(context.Profile, context.Plan, own) is not { } bound || !FundingFigures.Breaks(value, bound.Share, bound.AtMost, Exact))
        {
            return null;
        }
        var programme = context.Profile.Name.ToLocalized();
        var hint = new Localized("Korjaa rahoitusosuudet ohjelman ehtojen mukaisiksi.", "Correct the shares to the programme's terms.");
        var (v, r) = (Say.Share(value), Say.Share(bound.Share));
        if (!own)
        {
            return (new($"Avustusosuus on {v.Fi}, mutta ohjelmassa {programme.Fi} avustus voi kattaa enintään {r.Fi} kustannuksista.",
                $"Grant share is {v.En}, but in the programme {programme.En} the grant may cover at most {r.En} of the costs."), hint, FindingSeverity.Error);
        }
        var max = Say.Share(1m - bound.Share);
        return (new($"Omarahoitusosuus on {v.Fi}, mutta ohjelmassa {programme.Fi} avustus kattaa enintään {max.Fi}, joten omarahoitusta on oltava vähintään {r.Fi}.",
            $"Own funding share is {v.En}, but in the programme {programme.En} the grant covers at most {max.En}, so own funding must be at least {r.En}."), hint, FindingSeverity.Error);
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
