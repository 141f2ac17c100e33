using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Goals;

/// <summary>
/// Indicator rows that are only a name: no baseline, no target, no method or data source. Such a row
/// cannot be followed at all; it is reported here rather than as a missing target or baseline.
/// </summary>
public sealed class IndicatorsWithNoValuesRule : Rule
{
    public override string Code => "HV-IND-005";
    public override FindingSeverity Severity => FindingSeverity.Warning;
    public override Localized Title => new("Mittarilla ei ole arvoja", "Indicators with no values");
    public override Localized Explanation => new(
        "Mittaririvillä on vain nimi: ei lähtötasoa, tavoitearvoa, mittaustapaa eikä tietolähdettä. Kyllä/ei- ja itsearviointimittareita ei lueta mukaan, koska niiden nimi kertoo jo mitattavan asian. Havainnot kootaan osittain.",
        "The indicator row is only a name: no baseline, target, method or data source. Yes/no and self-assessed indicators are left out, as their name already says what is measured. Findings are grouped by work part.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        foreach (var group in IndicatorGroup.Of(context, Selected))
        {
            var count = group.Items.Count;
            yield return Found(
                group.Place(context),
                new($"{group.Owner.Fi}: {WorkNames.CountFi(count, "mittarilla", "mittarilla")} ei ole lähtötasoa, tavoitearvoa, mittaustapaa eikä tietolähdettä: {group.List().Fi}.",
                    $"{group.Owner.En}: {WorkNames.CountEn(count, "indicator has", "indicators have")} no baseline, target, method or data source: {group.List().En}."),
                new("Täydennä mittareille lähtötaso, tavoitearvo ja mistä tieto saadaan (esim. potilastietojärjestelmä, kysely), tai poista mittarit, joita ei aiota seurata.",
                    "Give the indicators a baseline, a target and where the data comes from (e.g. patient records, a survey), or drop those that will not be followed."));
        }
    }

    private static bool Selected(Indicator indicator) =>
        !IndicatorFacts.IsQualitative(indicator) && !IndicatorFacts.HasTarget(indicator)
        && !IndicatorFacts.HasBaseline(indicator) && !IndicatorFacts.HasMeasure(indicator);
}
