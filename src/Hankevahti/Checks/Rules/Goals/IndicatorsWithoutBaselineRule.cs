using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Goals;

/// <summary>
/// Measured indicators with a numeric target but no baseline: the target says where to go but not from
/// where. A remark only, because for a new thing (modules made, people trained) the start is plainly zero.
/// </summary>
public sealed class IndicatorsWithoutBaselineRule : Rule
{
    public override string Code => "HV-IND-002";
    public override FindingSeverity Severity => FindingSeverity.Info;
    public override Localized Title => new("Mittarilta puuttuu lähtötaso", "Indicators without a baseline");
    public override Localized Explanation => new(
        "Määrälliselle mittarille on annettu tavoitearvo mutta ei lähtötasoa, joten muutosta ei voi arvioida. Kyllä/ei- ja itsearviointimittarit sekä sanalliset tavoitteet eivät tarvitse lähtötasoa. Havainnot kootaan osittain.",
        "A measured indicator has a target value but no baseline, so the change cannot be judged. Yes/no and self-assessed indicators and targets in words need none. Findings are grouped by work part.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        foreach (var group in IndicatorGroup.Of(context, Selected))
        {
            var count = group.Items.Count;
            yield return Found(
                group.Place(context),
                new($"{group.Owner.Fi}: {WorkNames.CountFi(count, "mittarilla", "mittarilla")} on tavoitearvo mutta ei lähtötasoa: {group.List().Fi}.",
                    $"{group.Owner.En}: {WorkNames.CountEn(count, "indicator has", "indicators have")} a target but no baseline: {group.List().En}."),
                new("Merkitse lähtötaso ja sen vuosi (uudelle asialle 0), jotta tavoitteen muutos näkyy.",
                    "Give the baseline and its year (0 for something new), so that the change the target asks for shows."));
        }
    }

    private static bool Selected(Indicator indicator) =>
        !IndicatorFacts.IsQualitative(indicator) && (indicator.Targets ?? []).Any(t => t?.Value is not null)
        && !IndicatorFacts.HasBaseline(indicator);
}
