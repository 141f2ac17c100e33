using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Goals;

/// <summary>
/// Measured indicators with no target value: without one nobody can tell at the end whether the goal was
/// reached. Rows that give nothing at all are left to <see cref="IndicatorsWithNoValuesRule"/>.
/// </summary>
public sealed class IndicatorsWithoutTargetRule : Rule
{
    public override string Code => "HV-IND-001";
    public override FindingSeverity Severity => FindingSeverity.Warning;
    public override Localized Title => new("Mittarilta puuttuu tavoitearvo", "Indicators without a target");
    public override Localized Explanation => new(
        "Määrällisellä mittarilla (lukumäärä, osuus, euroa, päiviä) pitää olla tavoitearvo, jotta tavoitteen toteutuminen voidaan arvioida. Kyllä/ei- ja itsearviointimittarit sekä sanalliset tavoitteet eivät tarvitse lukua. Havainnot kootaan osittain.",
        "A measured indicator (count, share, euros, days) needs a target value so that reaching the goal can be judged. Yes/no and self-assessed indicators and targets in words need no number. Findings are grouped by work part.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        foreach (var group in IndicatorGroup.Of(context, Selected))
        {
            var count = group.Items.Count;
            yield return Found(
                group.Place(context),
                new($"{group.Owner.Fi}: {WorkNames.CountFi(count, "määrällisellä mittarilla", "määrällisellä mittarilla")} ei ole tavoitearvoa: {group.List().Fi}.",
                    $"{group.Owner.En}: {WorkNames.CountEn(count, "measured indicator has", "measured indicators have")} no target value: {group.List().En}."),
                new("Merkitse kullekin mittarille tavoitearvo ja vuosi, johon mennessä se saavutetaan (esim. 4 hyvinvointialuetta 12/2027).",
                    "Give each indicator a target value and the year by which it is reached (e.g. 4 wellbeing services counties by 12/2027)."));
        }
    }

    private static bool Selected(Indicator indicator) =>
        !IndicatorFacts.IsQualitative(indicator) && !IndicatorFacts.HasTarget(indicator)
        && (IndicatorFacts.HasBaseline(indicator) || IndicatorFacts.HasMeasure(indicator));
}
