using Hankevahti.Following;
using Hankevahti.Plans;

namespace Hankevahti.Web.Plans.Work;

public enum GanttScale { Months, Quarters }

/// <summary>One period of an action drawn as a bar from <see cref="X"/>, <see cref="Width"/> wide.</summary>
public sealed record GanttBar(string Label, DateOnly Start, DateOnly End, string? Note, double X, double Width);

/// <summary>
/// A line of the chart: a part's heading (no bars) or an action with its bars, at <see cref="Y"/> (top).
/// <see cref="Progress"/> is the action's status as followed (null when the chart is drawn without the follow-up);
/// <see cref="Baseline"/> the same action's bars in the approved version (empty without one, or when it lacks the action).
/// </summary>
public sealed record GanttLine(string Path, string Code, string Title, bool IsPart, string PartCode, double Y, IReadOnlyList<GanttBar> Bars, ScheduleStatus Status)
{
    public ActionStatus? Progress { get; init; }
    public IReadOnlyList<GanttBar> Baseline { get; init; } = [];

    /// <summary>The name as written beside the bars: long titles are cut, the bar's own title gives all of it.</summary>
    public string Label => GanttChart.Shorten($"{Code} {Title}".Trim(), IsPart ? 36 : 34);
}

/// <summary>A month or a quarter on the time axis; <see cref="Number"/> is 1–12 or 1–4.</summary>
public sealed record GanttTick(DateOnly Start, int Number, double X, double Width);

/// <summary>A year's stretch of the axis, for the year labels above the ticks.</summary>
public sealed record GanttYear(int Year, double X, double Width);

/// <summary>An action with no period that has both dates: it cannot be drawn and is listed instead.</summary>
public sealed record UnscheduledAction(string Path, string PartCode, string Code, string Title, ScheduleStatus Status);

/// <summary>
/// The schedule as a Gantt chart, laid out on the server (pixels in SVG user units): one line per action
/// that has a dated period, grouped under its part; the time axis in months or quarters; the project's
/// period; and today's line when today is on the axis. Periods lacking a date are not drawn, and an action
/// with none that is drawable is listed in <see cref="Unscheduled"/>.
/// </summary>
public sealed class GanttChart
{
    public const double LabelWidth = 260;
    public const double AxisHeight = 44;
    public const double LineHeight = 24;
    public const double BarHeight = 14;
    private const double RightPad = 16;
    public const double BottomPad = 20;

    /// <summary>Up to this many months the axis shows months; a longer span shows quarters so the chart stays readable.</summary>
    public const int MonthsUpTo = 36;

    private GanttChart(GanttScale scale, DateOnly from, DateOnly to, DateOnly today)
    {
        Scale = scale;
        From = from;
        To = to;
        Today = today;
        MonthWidth = scale == GanttScale.Months ? 30 : 16;
    }

    public GanttScale Scale { get; }

    /// <summary>The first and last day on the axis: whole months or quarters.</summary>
    public DateOnly From { get; }
    public DateOnly To { get; }
    public DateOnly Today { get; }
    public double MonthWidth { get; }

    public IReadOnlyList<GanttLine> Lines { get; private init; } = [];
    public IReadOnlyList<GanttLine> Rows => Lines.Where(l => !l.IsPart).ToList();
    public IReadOnlyList<UnscheduledAction> Unscheduled { get; private init; } = [];
    public IReadOnlyList<GanttTick> Ticks { get; private init; } = [];
    public IReadOnlyList<GanttYear> Years { get; private init; } = [];

    public DateOnly? ProjectStart { get; private init; }
    public DateOnly? ProjectEnd { get; private init; }
    public double? ProjectStartX => ProjectStart is { } s ? X(s) : null;
    public double? ProjectEndX => ProjectEnd is { } e ? X(e.AddDays(1)) : null;

    /// <summary>Where today's line is drawn; null when today is outside the axis.</summary>
    public double? TodayX => Today >= From && Today <= To ? X(Today) : null;

    /// <summary>True when an approved version was given: its bars are drawn thin under the current ones.</summary>
    public bool HasBaseline { get; private init; }

    /// <summary>True when the actions' statuses were given: the bars are coloured by status.</summary>
    public bool HasProgress { get; private init; }

    /// <summary>The current bar's top and height within a line: higher and thinner when a baseline bar goes under it.</summary>
    public double BarTop(GanttLine line) => line.Y + (HasBaseline ? 3 : (LineHeight - BarHeight) / 2);
    public double BarThickness => HasBaseline ? 11 : BarHeight;
    public double BaselineTop(GanttLine line) => line.Y + 16;
    public const double BaselineThickness = 5;

    /// <summary>Nothing to draw: no action has a period with both dates.</summary>
    public bool IsEmpty => Lines.Count == 0;

    public double PlotLeft => LabelWidth;
    public double PlotRight => X(To.AddDays(1));
    public double Width => Math.Ceiling(PlotRight + RightPad);
    public double Height => Math.Ceiling(AxisHeight + Lines.Count * LineHeight + BottomPad);

    /// <summary>The x of the start of a day.</summary>
    public double X(DateOnly date)
    {
        var months = (date.Year - From.Year) * 12 + date.Month - From.Month;
        var day = (date.Day - 1) / (double)DateTime.DaysInMonth(date.Year, date.Month);
        return PlotLeft + (months + day) * MonthWidth;
    }

    /// <summary>Months for a span of up to <see cref="MonthsUpTo"/> months, quarters for a longer one.</summary>
    public static GanttScale DefaultScale(DateOnly from, DateOnly to) =>
        (to.Year - from.Year) * 12 + to.Month - from.Month + 1 <= MonthsUpTo ? GanttScale.Months : GanttScale.Quarters;

    /// <summary>"months" or "quarters" from the address; null (the default) for anything else.</summary>
    public static GanttScale? ParseScale(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "months" => GanttScale.Months,
        "quarters" => GanttScale.Quarters,
        _ => null,
    };

    /// <param name="progress">The actions' statuses by action id, as followed: the bars are coloured by them.</param>
    /// <param name="baseline">The approved version's plan: each action's approved bars are drawn under its current ones (by action id).</param>
    public static GanttChart Build(Plan plan, DateOnly today, GanttScale? scale = null,
        IReadOnlyDictionary<string, ActionStatus>? progress = null, Plan? baseline = null)
    {
        var approved = baseline is null ? new Dictionary<string, List<SchedulePeriod>>()
            : WorkTree.Walk(baseline.Work).SelectMany(w => w.Part.Actions)
                .Where(a => a.Id.Length > 0)
                .GroupBy(a => a.Id, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Schedule.Periods.Where(Drawable).ToList(), StringComparer.Ordinal);
        var actions = new List<(PartPlace Place, WorkPart Part, int Index, WorkAction Action, List<SchedulePeriod> Periods)>();
        var unscheduled = new List<UnscheduledAction>();
        foreach (var (place, part, _) in WorkTree.Walk(plan.Work))
        {
            for (var i = 0; i < part.Actions.Count; i++)
            {
                var action = part.Actions[i];
                var periods = action.Schedule.Periods.Where(Drawable).ToList();
                if (periods.Count > 0)
                {
                    actions.Add((place, part, i, action, periods));
                }
                else
                {
                    unscheduled.Add(new UnscheduledAction(place.ActionPath(i), part.Code, action.Code, action.Title, action.Schedule.Status));
                }
            }
        }

        var period = plan.Project.Period;
        var dates = actions.SelectMany(a => a.Periods).SelectMany(p => new[] { p.Start!.Value, p.End!.Value })
            .Concat(new[] { period?.Start, period?.End }.OfType<DateOnly>())
            // The approved bars of the actions drawn widen the axis, so a baseline that ran later is still seen.
            .Concat(actions.SelectMany(a => approved.GetValueOrDefault(a.Action.Id) ?? []).SelectMany(p => new[] { p.Start!.Value, p.End!.Value }))
            .ToList();
        if (actions.Count == 0)
        {
            return new GanttChart(scale ?? GanttScale.Months, today, today, today) { Unscheduled = unscheduled };
        }

        var first = dates.Min();
        var last = dates.Max();
        var chosen = scale ?? DefaultScale(first, last);
        var unitMonths = chosen == GanttScale.Months ? 1 : 3;
        var from = new DateOnly(first.Year, (first.Month - 1) / unitMonths * unitMonths + 1, 1);
        var lastUnit = new DateOnly(last.Year, (last.Month - 1) / unitMonths * unitMonths + 1, 1);
        var to = lastUnit.AddMonths(unitMonths).AddDays(-1);

        var chart = new GanttChart(chosen, from, to, today);
        var lines = new List<GanttLine>();
        PartPlace? group = null;
        foreach (var (place, part, index, action, periods) in actions)
        {
            if (!place.Equals(group))
            {
                group = place;
                lines.Add(new GanttLine(place.Path, part.Code, part.Title, IsPart: true, part.Code, Y(lines.Count), [], ScheduleStatus.None));
            }
            lines.Add(new GanttLine(place.ActionPath(index), action.Code, action.Title, IsPart: false, part.Code, Y(lines.Count), Bars(chart, periods), action.Schedule.Status)
            {
                Progress = progress is not null && progress.TryGetValue(action.Id, out var status) ? status : progress is null ? null : ActionStatus.NotStarted,
                Baseline = Bars(chart, approved.GetValueOrDefault(action.Id) ?? []),
            });
        }

        var ticks = new List<GanttTick>();
        for (var start = from; start <= to; start = start.AddMonths(unitMonths))
        {
            var number = chosen == GanttScale.Months ? start.Month : (start.Month - 1) / 3 + 1;
            ticks.Add(new GanttTick(start, number, chart.X(start), chart.X(start.AddMonths(unitMonths)) - chart.X(start)));
        }
        var years = Enumerable.Range(from.Year, to.Year - from.Year + 1)
            .Select(y =>
            {
                var left = chart.X(new DateOnly(y, 1, 1) < from ? from : new DateOnly(y, 1, 1));
                var right = chart.X(new DateOnly(y, 12, 31) > to ? to.AddDays(1) : new DateOnly(y + 1, 1, 1));
                return new GanttYear(y, left, right - left);
            })
            .ToList();

        return new GanttChart(chosen, from, to, today)
        {
            Lines = lines,
            Unscheduled = unscheduled,
            Ticks = ticks,
            Years = years,
            ProjectStart = period?.Start,
            ProjectEnd = period?.End,
            HasBaseline = baseline is not null,
            HasProgress = progress is not null,
        };
    }

    private static List<GanttBar> Bars(GanttChart chart, IEnumerable<SchedulePeriod> periods) =>
        periods.Select(p => new GanttBar(p.Label, p.Start!.Value, p.End!.Value, p.Note, chart.X(p.Start!.Value), chart.X(p.End!.Value.AddDays(1)) - chart.X(p.Start!.Value)))
            .ToList();

    /// <summary>A period is drawn when both its dates are known and in order.</summary>
    public static bool Drawable(SchedulePeriod period) =>
        period.Start is { } start && period.End is { } end && end >= start;

    public static string Shorten(string text, int max) =>
        text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";

    private static double Y(int line) => AxisHeight + line * LineHeight;
}
