using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Goals;

/// <summary>
/// Targets set for a year before the project starts or after it ends: the project can neither reach
/// nor report them, and a year typed wrong is the usual cause.
/// </summary>
public sealed class TargetsOutsidePeriodRule : Rule
{
    public override string Code => "HV-IND-003";
    public override FindingSeverity Severity => FindingSeverity.Warning;
    public override Localized Title => new("Tavoitevuosi hankekauden ulkopuolella", "Targets outside the project period");
    public override Localized Explanation => new(
        "Mittarin tavoitearvo on asetettu vuodelle, joka on ennen hankkeen alkua tai sen päättymisen jälkeen. Hanke ei voi raportoida sellaisen tavoitteen toteutumista.",
        "An indicator's target is set for a year before the project starts or after it ends; the project cannot report on it.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var period = context.Plan.Project?.Period;
        var first = period?.Start?.Year;
        var last = period?.End?.Year;
        if (first is null && last is null)
        {
            return [];
        }
        bool Outside(IndicatorValue? t) => t?.Year is { } year && (year < first || year > last);
        var findings = new List<Finding>();
        foreach (var group in IndicatorGroup.Of(context, i => (i.Targets ?? []).Any(Outside)))
        {
            var items = group.Items
                .Select(x => $"{IndicatorFacts.Label(x.Indicator, group.Part?.Part.Code ?? group.Code)} ({string.Join(", ", x.Indicator.Targets.Where(Outside).Select(t => t.Year).Distinct())})")
                .ToList();
            var list = WorkNames.List(items, 6);
            var (i, indicator) = (group.Items[0].Index, group.Items[0].Indicator);
            var target = indicator.Targets.First(Outside);
            var span = PeriodText(period!);
            findings.Add(Found(
                context.Place($"indicators[{i}].targets[{indicator.Targets.IndexOf(target)}]", target.Source ?? indicator.Source, target.Text ?? indicator.Name, "monitoring", "goals"),
                new($"{group.Owner.Fi}: tavoitevuosi on hankekauden {span} ulkopuolella: {list.Fi}.",
                    $"{group.Owner.En}: the target year lies outside the project period {span}: {list.En}."),
                new("Korjaa tavoitevuosi hankekaudelle tai kerro, miten tavoitteen toteutuminen todennetaan hankkeen jälkeen.",
                    "Set the target for a year of the project, or say how it will be verified after the project.")));
        }
        return findings;
    }

    private static string PeriodText(DateRange period) =>
        !string.IsNullOrWhiteSpace(period.Text) ? period.Text.Trim()
        : $"{(period.Start is { } s ? Say.Date(s) : "")}–{(period.End is { } e ? Say.Date(e) : "")}";
}
