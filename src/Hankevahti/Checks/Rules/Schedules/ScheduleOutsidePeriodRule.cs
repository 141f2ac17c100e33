using Hankevahti.Checks.Rules.Goals;
using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Schedules;

/// <summary>
/// Action periods outside the project period, one finding per work part. A period wholly before the
/// start or after the end contradicts the plan (error); a month-exact period that runs over an end is a
/// warning. Coarse periods (a quarter, a year) that merely overlap an end are how plans write, not errors.
/// </summary>
public sealed class ScheduleOutsidePeriodRule : Rule
{
    public override string Code => "HV-SCHED-003";
    public override FindingSeverity Severity => FindingSeverity.Error;
    public override Localized Title => new("Aikataulu hankekauden ulkopuolella", "Schedule outside the project period");
    public override Localized Explanation => new(
        "Toimenpiteen ajanjakso on ennen hankkeen alkua tai sen päättymisen jälkeen. Kokonaan hankekauden ulkopuolinen jakso on virhe; kuukauden tarkkuudella annettu jakso, joka ulottuu hankekauden alun tai lopun yli, on varoitus.",
        "An action's period falls before the project starts or after it ends. A period wholly outside the project is an error; a period given by month that runs over the project's start or end is a warning.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var period = context.Plan.Project?.Period;
        DateOnly? from = period?.Start is { } s ? new DateOnly(s.Year, s.Month, 1) : null;
        DateOnly? to = period?.End is { } e ? new DateOnly(e.Year, e.Month, DateTime.DaysInMonth(e.Year, e.Month)) : null;
        if (from is null && to is null)
        {
            yield break;
        }
        foreach (var entry in context.Work)
        {
            var outside = new List<(WorkAction Action, int Index, int PeriodIndex, SchedulePeriod Period, bool Wholly)>();
            var actions = entry.Part.Actions ?? [];
            for (var i = 0; i < actions.Count; i++)
            {
                var periods = actions[i]?.Schedule?.Periods ?? [];
                for (var p = 0; p < periods.Count; p++)
                {
                    if (periods[p] is not { } sp || (sp.Start ?? sp.End) is not { } start || (sp.End ?? sp.Start) is not { } end)
                    {
                        continue;
                    }
                    var wholly = end < from || start > to;
                    var over = start < from || end > to;
                    if (wholly || (over && sp.Granularity is PeriodGranularity.Month or PeriodGranularity.Bimonth))
                    {
                        outside.Add((actions[i], i, p, sp, wholly));
                    }
                }
            }
            if (outside.Count == 0)
            {
                continue;
            }
            var owner = WorkNames.Part(entry.Part);
            var list = WorkNames.List(outside.Select(x => $"{ActionsWithoutScheduleRule.Name(x.Action)} ({Label(x.Period)})").ToList(), 8);
            var span = Span(period!);
            var first = outside[0];
            yield return Found(
                context.Place($"{entry.Path}.actions[{first.Index}].schedule.periods[{first.PeriodIndex}]", first.Period.Source ?? first.Action.Schedule.Source ?? first.Action.Source, first.Period.Label, "schedule"),
                new($"{owner.Fi}: aikataulu on hankekauden {span} ulkopuolella: {list.Fi}.",
                    $"{owner.En}: the schedule lies outside the project period {span}: {list.En}."),
                new("Sovita toimenpiteiden aikataulu hankekauteen tai korjaa hankekausi.", "Fit the actions' schedule into the project period, or correct the period."),
                outside.Any(x => x.Wholly) ? FindingSeverity.Error : FindingSeverity.Warning);
        }
    }

    private static string Label(SchedulePeriod p) =>
        !string.IsNullOrWhiteSpace(p.Label) ? p.Label.Trim() : $"{(p.Start is { } s ? Say.Date(s) : "")}–{(p.End is { } e ? Say.Date(e) : "")}";

    private static string Span(DateRange period) =>
        !string.IsNullOrWhiteSpace(period.Text) ? period.Text.Trim()
        : $"{(period.Start is { } s ? Say.Date(s) : "")}–{(period.End is { } e ? Say.Date(e) : "")}";
}
