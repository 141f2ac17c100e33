using Hankevahti.Plans;

namespace Hankevahti.Tests.Checks.Schedules;

/// <summary>Small made-up plans for the schedule rules: one work package with its section, in a project of 2026–2027.</summary>
internal static class SchedulePlans
{
    public static readonly DateRange Period = new() { Start = new DateOnly(2026, 9, 1), End = new DateOnly(2027, 12, 31), Text = "09/2026–12/2027" };

    public static WorkAction Action(string code, params SchedulePeriod[] periods) => new()
    {
        Code = code,
        Title = "Toimenpide " + code,
        Schedule = periods.Length == 0 ? new Hankevahti.Plans.Schedule() : new Hankevahti.Plans.Schedule { Status = ScheduleStatus.Known, Periods = [.. periods] },
    };

    public static WorkAction Unknown(string code, int table) => new()
    {
        Code = code,
        Title = "Toimenpide " + code,
        Schedule = new Hankevahti.Plans.Schedule { Status = ScheduleStatus.Unknown, Source = new SourceRef { Line = 40, EndLine = 45, Table = table } },
    };

    public static SchedulePeriod Months(string label, int year, int from, int to, PeriodGranularity granularity = PeriodGranularity.Bimonth) =>
        new() { Label = label, Granularity = granularity, Start = new DateOnly(year, from, 1), End = new DateOnly(year, to, DateTime.DaysInMonth(year, to)) };

    /// <summary>A plan whose work package 1 starts at line 10 with a section of its own, whose text is <paramref name="sectionText"/>.</summary>
    public static Plan With(IEnumerable<WorkAction> actions, string? sectionText = null, IEnumerable<Section>? subsections = null) => new()
    {
        Project = new Project { Name = "Testihanke", Period = Period },
        Sections =
        [
            new Section
            {
                Number = "1",
                Title = "Työpaketti 1: Palvelupolut",
                Kind = "workPackage",
                Text = sectionText ?? "",
                Source = new SourceRef { Line = 10 },
                Children = subsections?.ToList() ?? [],
            },
        ],
        Work =
        [
            new WorkPart
            {
                Code = "1",
                Kind = WorkPartKind.WorkPackage,
                KindLabel = "Työpaketti",
                Title = "Palvelupolut",
                Source = new SourceRef { Line = 10 },
                Actions = actions.ToList(),
            },
        ],
    };
}
