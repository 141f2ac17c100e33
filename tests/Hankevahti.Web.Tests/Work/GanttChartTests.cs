using Hankevahti.Plans;
using Hankevahti.Web.Plans.Work;

namespace Hankevahti.Web.Tests.Work;

/// <summary>The Gantt chart's layout: the axis' scale and span, where bars and today's line fall, and what cannot be drawn.</summary>
public sealed class GanttChartTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static SchedulePeriod Period(string? start, string? end, string label = "") =>
        new() { Label = label, Start = start is null ? null : D(start), End = end is null ? null : D(end) };

    private static WorkAction Action(string code, params SchedulePeriod[] periods) =>
        new() { Code = code, Title = "t " + code, Schedule = new Schedule { Status = periods.Length > 0 ? ScheduleStatus.Known : ScheduleStatus.None, Periods = [.. periods] } };

    private static Plan PlanOf(string? start, string? end, params WorkPart[] parts) => new()
    {
        Project = new Project { Period = start is null && end is null ? null : new DateRange { Start = start is null ? null : D(start), End = end is null ? null : D(end) } },
        Work = [.. parts],
    };

    /// <summary>A two-year project (2026–2027) with one action in Q1 2026.</summary>
    private static Plan TwoYears() => PlanOf("2026-01-01", "2027-12-31",
        new WorkPart { Code = "1", Title = "One", Actions = [Action("1.A", Period("2026-01-01", "2026-03-31", "2026 Q1"))] });

    public static TheoryData<string, string, string, GanttScale> Scales => new()
    {
        // One month: months.
        { "one month", "2026-03-01", "2026-03-31", GanttScale.Months },
        // Two calendar years are 24 months: months.
        { "two years", "2026-01-01", "2027-12-31", GanttScale.Months },
        // Exactly 36 months is the longest span shown in months.
        { "36 months", "2026-01-01", "2028-12-31", GanttScale.Months },
        // 37 months would make the chart too wide: quarters.
        { "37 months", "2026-01-01", "2029-01-15", GanttScale.Quarters },
        // A span across year ends counts calendar months, not days: Nov 2026–Oct 2029 is 36 months.
        { "36 across years", "2026-11-20", "2029-10-02", GanttScale.Months },
        // Five years: quarters.
        { "five years", "2025-01-01", "2029-12-31", GanttScale.Quarters },
    };

    [Theory]
    [MemberData(nameof(Scales))]
    public void The_span_chooses_months_or_quarters(string name, string from, string to, GanttScale expected) =>
        Assert.True(expected == GanttChart.DefaultScale(D(from), D(to)), name);

    public static TheoryData<string?, GanttScale?> ScaleTexts => new()
    {
        // The two words the page's links send.
        { "months", GanttScale.Months },
        { "quarters", GanttScale.Quarters },
        // Case and spaces from a hand-typed address are forgiven.
        { " Quarters ", GanttScale.Quarters },
        // Anything else lets the span choose.
        { "weeks", null },
        { null, null },
    };

    [Theory]
    [MemberData(nameof(ScaleTexts))]
    public void The_address_chooses_the_scale_or_leaves_it_to_the_span(string? text, GanttScale? expected) =>
        Assert.Equal(expected, GanttChart.ParseScale(text));

    [Fact]
    public void In_months_the_axis_covers_the_project_and_a_quarter_long_bar_is_three_months_wide()
    {
        var chart = GanttChart.Build(TwoYears(), D("2026-05-15"));

        Assert.Equal(GanttScale.Months, chart.Scale);
        Assert.Equal(D("2026-01-01"), chart.From);
        Assert.Equal(D("2027-12-31"), chart.To);
        Assert.Equal(24, chart.Ticks.Count);
        Assert.Equal([2026, 2027], chart.Years.Select(y => y.Year));
        var bar = Assert.Single(chart.Rows).Bars.Single();
        Assert.Equal(GanttChart.LabelWidth, bar.X);
        Assert.Equal(3 * chart.MonthWidth, bar.Width, 6);
        // The project's period spans the whole axis.
        Assert.Equal(chart.PlotLeft, chart.ProjectStartX);
        Assert.Equal(chart.PlotRight, chart.ProjectEndX!.Value, 6);
    }

    [Fact]
    public void In_quarters_the_axis_starts_at_a_quarter_and_a_bar_falls_on_its_months()
    {
        // The earliest date is in February: the axis starts at the beginning of its quarter.
        var plan = PlanOf("2026-02-15", "2030-06-30",
            new WorkPart { Code = "1", Actions = [Action("1.A", Period("2026-04-01", "2026-06-30"))] });

        var chart = GanttChart.Build(plan, D("2026-05-15"));

        Assert.Equal(GanttScale.Quarters, chart.Scale);
        Assert.Equal(D("2026-01-01"), chart.From);
        Assert.Equal(D("2030-06-30"), chart.To);
        Assert.Equal(18, chart.Ticks.Count);
        Assert.Equal([1, 2, 3, 4], chart.Ticks.Take(4).Select(t => t.Number));
        var bar = chart.Rows.Single().Bars.Single();
        Assert.Equal(chart.PlotLeft + 3 * chart.MonthWidth, bar.X, 6);
        Assert.Equal(3 * chart.MonthWidth, bar.Width, 6);
    }

    [Fact]
    public void A_requested_scale_wins_over_the_span()
    {
        var chart = GanttChart.Build(TwoYears(), D("2026-05-15"), GanttScale.Quarters);

        Assert.Equal(GanttScale.Quarters, chart.Scale);
        Assert.Equal(8, chart.Ticks.Count);
    }

    [Fact]
    public void A_bar_starting_mid_month_starts_at_its_day()
    {
        // 16 June is 15 days into a 30-day month: half a month from the month's start.
        var plan = PlanOf("2026-01-01", "2026-12-31",
            new WorkPart { Code = "1", Actions = [Action("1.A", Period("2026-06-16", "2026-06-30"))] });

        var bar = GanttChart.Build(plan, D("2026-01-01")).Rows.Single().Bars.Single();

        Assert.Equal(GanttChart.LabelWidth + 5.5 * 30, bar.X, 6);
        Assert.Equal(15, bar.Width, 6);
    }

    public static TheoryData<string, string, bool> Todays => new()
    {
        // A day inside the project: the line is drawn.
        { "inside", "2026-05-15", true },
        // The axis' first day still shows the line.
        { "first day", "2026-01-01", true },
        // And its last day.
        { "last day", "2027-12-31", true },
        // Before the axis: no line; the description says so instead.
        { "before", "2025-12-31", false },
        // After the project has ended.
        { "after", "2028-01-01", false },
    };

    [Theory]
    [MemberData(nameof(Todays))]
    public void Todays_line_is_drawn_only_when_today_is_on_the_axis(string name, string today, bool drawn)
    {
        var chart = GanttChart.Build(TwoYears(), D(today));

        Assert.True(drawn == chart.TodayX.HasValue, name);
        if (chart.TodayX is { } x)
        {
            Assert.Equal(chart.X(D(today)), x);
            Assert.InRange(x, chart.PlotLeft, chart.PlotRight);
        }
    }

    [Fact]
    public void Actions_without_a_drawable_period_are_listed_as_unscheduled()
    {
        var part = new WorkPart
        {
            Code = "2",
            Actions =
            [
                // Drawn: one period with both dates (the undated one beside it is left out).
                Action("2.A", Period("2026-02-01", "2026-02-28"), Period(null, null, "syksy")),
                // No periods at all.
                Action("2.B"),
                // The plan had a schedule but its marks were lost.
                new WorkAction { Code = "2.C", Schedule = new Schedule { Status = ScheduleStatus.Unknown } },
                // Only a start date.
                Action("2.D", Period("2026-03-01", null)),
                // Dates the wrong way round.
                Action("2.E", Period("2026-05-01", "2026-04-01")),
            ],
        };

        var chart = GanttChart.Build(PlanOf(null, null, part), D("2026-02-10"));

        Assert.Equal(["2.A"], chart.Rows.Select(r => r.Code));
        Assert.Single(chart.Rows[0].Bars);
        Assert.Equal(["2.B", "2.C", "2.D", "2.E"], chart.Unscheduled.Select(u => u.Code));
        Assert.Equal(ScheduleStatus.Unknown, chart.Unscheduled[1].Status);
        Assert.Equal("work[0].actions[2]", chart.Unscheduled[1].Path);
        // Without a project period the axis is the bars' own months.
        Assert.Equal((D("2026-02-01"), D("2026-02-28")), (chart.From, chart.To));
        Assert.Null(chart.ProjectStartX);
    }

    [Fact]
    public void Nothing_drawable_gives_an_empty_chart_with_every_action_unscheduled()
    {
        var chart = GanttChart.Build(PlanOf("2026-01-01", "2026-12-31", new WorkPart { Code = "1", Actions = [Action("1.A"), Action("1.B")] }), D("2026-05-01"));

        Assert.True(chart.IsEmpty);
        Assert.Equal(2, chart.Unscheduled.Count);
    }

    [Fact]
    public void Rows_are_grouped_under_their_part_in_the_trees_order()
    {
        var plan = PlanOf("2026-01-01", "2026-12-31",
            new WorkPart
            {
                Code = "1",
                Actions = [Action("1.A", Period("2026-01-01", "2026-01-31"))],
                Children =
                [
                    new WorkPart { Code = "1.1", Actions = [Action("1.1.A", Period("2026-02-01", "2026-02-28")), Action("1.1.B", Period("2026-03-01", "2026-03-31"))] },
                    // A part without a dated action gets no heading line.
                    new WorkPart { Code = "1.2", Actions = [Action("1.2.A")] },
                ],
            });

        var chart = GanttChart.Build(plan, D("2026-01-01"));

        Assert.Equal(["1", "1.A", "1.1", "1.1.A", "1.1.B"], chart.Lines.Select(l => l.Code));
        Assert.Equal([true, false, true, false, false], chart.Lines.Select(l => l.IsPart));
        Assert.Equal("work[0].children[0].actions[1]", chart.Lines[^1].Path);
        // Each line sits one line below the previous, under the axis.
        Assert.Equal(Enumerable.Range(0, 5).Select(i => GanttChart.AxisHeight + i * GanttChart.LineHeight), chart.Lines.Select(l => l.Y));
        Assert.Equal(GanttChart.AxisHeight + 5 * GanttChart.LineHeight + GanttChart.BottomPad, chart.Height);
    }
}
