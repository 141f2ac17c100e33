using System.Xml.Linq;
using Hankevahti.Following;
using Hankevahti.People;
using Hankevahti.Plans;
using static Hankevahti.Export.Iati.IatiXml;

namespace Hankevahti.Export.Iati;

/// <summary>
/// The results: one per goal that has indicators (the overall goal as an impact, an objective as an outcome),
/// and one "other" result for indicators no goal names. Each indicator carries its baseline and a period per
/// target year and per period with approved values; only approved values are actuals, as only they count in progress.
/// </summary>
internal static class IatiResults
{
    public static IEnumerable<XElement> Write(IatiProject project)
    {
        var plan = project.Plan;
        var indicators = plan.Indicators.Where(i => i.Id.Length > 0).ToDictionary(i => i.Id, StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var results = new List<XElement>();
        foreach (var goal in plan.Goals)
        {
            // An indicator goes under the first goal that names it: IATI has no way to share one between results.
            var own = goal.IndicatorIds.Where(id => indicators.ContainsKey(id) && used.Add(id)).Select(id => indicators[id]).ToList();
            if (own.Count == 0)
            {
                continue;
            }
            var title = Clean(goal.Text) is { Length: > 0 } text ? text : $"Tavoite {goal.Code ?? goal.Id}";
            results.Add(Result(goal.Level == GoalLevel.Overall ? IatiCodes.ResultImpact : IatiCodes.ResultOutcome, title, own, project));
        }
        var rest = plan.Indicators.Where(i => !used.Contains(i.Id)).ToList();
        if (rest.Count > 0)
        {
            results.Add(Result(IatiCodes.ResultOther, "Hankkeen muut mittarit", rest, project));
        }
        return results;
    }

    private static XElement Result(string type, string title, IEnumerable<Indicator> indicators, IatiProject project) =>
        new("result", new XAttribute("type", type), Texts("title", title), indicators.Select(i => Indicator(i, project)));

    private static XElement Indicator(Indicator indicator, IatiProject project)
    {
        var startYear = project.Plan.Project.Period?.Start?.Year;
        var baseline = indicator.Baseline is { } b && (b.Year ?? startYear) is int year and > 0 && (ValueText(b) is not null || Clean(b.Text).Length > 0)
            ? new XElement("baseline", new XAttribute("year", year), ValueAttribute(b), Comment(b.Text))
            : null;
        return new XElement("indicator",
            new XAttribute("measure", IatiCodes.Measure(indicator.Kind)),
            Texts("title", Clean(indicator.Name) is { Length: > 0 } name ? name : indicator.Id),
            baseline,
            Periods(indicator, project));
    }

    /// <summary>Targets and approved actuals gathered by their period's dates, so a year with both is one period.</summary>
    private static IEnumerable<XElement> Periods(Indicator indicator, IatiProject project)
    {
        var periods = new SortedDictionary<(DateOnly Start, DateOnly End), (List<XElement> Targets, List<XElement> Actuals)>();
        (List<XElement> Targets, List<XElement> Actuals) At((DateOnly, DateOnly) key) =>
            periods.TryGetValue(key, out var found) ? found : periods[key] = ([], []);

        foreach (var target in indicator.Targets)
        {
            if (TargetDates(target, project) is { } dates && (ValueText(target) is not null || Clean(target.Text).Length > 0))
            {
                At(dates).Targets.Add(new XElement("target", ValueAttribute(target), Comment(target.Text)));
            }
        }
        foreach (var value in project.FollowUp.Values.Where(v => v.IndicatorId == indicator.Id && v.Status == VersionStatus.Approved)
                     .OrderBy(v => v.Organisation, StringComparer.Ordinal))
        {
            if (PeriodDates(value.PeriodCode, project.Calendar) is not { } dates)
            {
                continue;
            }
            var number = value.Number is { } n ? Money(n) : value.YesNo is { } yes ? (yes ? "1" : "0") : null;
            At(dates).Actuals.Add(new XElement("actual",
                number is null ? null : new XAttribute("value", number),
                value.Organisation.Length == 0 ? null
                    : new XElement("dimension", new XAttribute("name", "organisaatio"), new XAttribute("value", Clean(value.Organisation))),
                Comment(value.Comment)));
        }
        return periods.Select(p => new XElement("period",
            Dated("period-start", p.Key.Start),
            Dated("period-end", p.Key.End),
            p.Value.Targets,
            p.Value.Actuals));
    }

    /// <summary>A target for a year is for that calendar year; one for a named period as the calendar says; one for neither is for the whole project.</summary>
    private static (DateOnly, DateOnly)? TargetDates(IndicatorValue target, IatiProject project)
    {
        if (target.Year is int year and >= 1 and <= 9999)
        {
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }
        if (target.Period is { } code && PeriodDates(code, project.Calendar) is { } dates)
        {
            return dates;
        }
        return project.Plan.Project.Period is { Start: { } start, End: { } end } && start <= end ? (start, end) : null;
    }

    /// <summary>A period code's dates: the project's own period when the calendar has it, else the code read as a calendar year, half, quarter or month.</summary>
    private static (DateOnly, DateOnly)? PeriodDates(string code, ReportingCalendarResult calendar)
    {
        if (calendar.Find(code) is { } period)
        {
            return (period.Start, period.End);
        }
        if (PeriodCodes.Parse(code) is not { } parsed)
        {
            return null;
        }
        var (months, first) = parsed.Length switch
        {
            PeriodLength.Year => (12, 1),
            PeriodLength.HalfYear => (6, parsed.Number == 1 ? 1 : 7),
            PeriodLength.Quarter => (3, (parsed.Number - 1) * 3 + 1),
            PeriodLength.Month => (1, parsed.Number),
            _ => (0, 0),
        };
        if (months == 0)
        {
            return null;
        }
        var start = new DateOnly(parsed.Year, first, 1);
        var last = start.AddMonths(months - 1);
        return (start, new DateOnly(last.Year, last.Month, DateTime.DaysInMonth(last.Year, last.Month)));
    }

    private static string? ValueText(IndicatorValue value) =>
        value.Value is { } n ? Money(n) : value.Achieved is { } yes ? (yes ? "1" : "0") : null;

    private static XAttribute? ValueAttribute(IndicatorValue value) => ValueText(value) is { } text ? new XAttribute("value", text) : null;

    /// <summary>The plan's own wording of a value ("alle 90 %"), kept beside the number read from it.</summary>
    private static XElement? Comment(string? text) => Clean(text) is { Length: > 0 } clean ? Texts("comment", clean) : null;
}
