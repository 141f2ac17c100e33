using System.Globalization;
using Hankevahti.Checks;
using Hankevahti.Checks.Profiles;
using Hankevahti.People;
using Hankevahti.Plans;

namespace Hankevahti.Following;

/// <summary>
/// One reporting period of a project: the programme's period (<see cref="Code"/>, its whole dates) cut to the
/// project's own dates (<see cref="Start"/>, <see cref="End"/>), and when its report is due if the programme says.
/// </summary>
public sealed record ProjectPeriod(string Code, Localized Name, DateOnly Start, DateOnly End, DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly? Due)
{
    /// <summary>True when the project starts or ends inside the period, so it covers only part of it.</summary>
    public bool Partial => Start != PeriodStart || End != PeriodEnd;

    public bool Contains(DateOnly day) => day >= Start && day <= End;
}

/// <summary>Where a period's report stands; overdue is a report not yet submitted after its due date.</summary>
public enum PeriodStatus { Open, Submitted, Approved, Returned, Overdue }

/// <summary>The project's periods, or why there are none (the plan gives no start or end date, the profile's periods are broken).</summary>
public sealed record ReportingCalendarResult(IReadOnlyList<ProjectPeriod> Periods, string? Problem)
{
    /// <summary>The period a code names ("2026-H2"), or null when the project has no such period.</summary>
    public ProjectPeriod? Find(string? code) =>
        code is null ? null : Periods.FirstOrDefault(p => string.Equals(p.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// Makes a programme's reporting periods (month-day bounds that repeat every year, from the profile) into a
/// project's real periods from its start to its end. A period the project covers only partly is cut to the
/// project's dates but keeps its code. A profile whose periods overlap or leave days of the year uncovered is
/// refused with the reason, so a report is never asked for twice nor a month left out.
/// </summary>
public static class ReportingCalendar
{
    public static ReportingCalendarResult For(ProgrammeProfile profile, DateRange? project)
    {
        if (project?.Start is not { } start || project.End is not { } end)
        {
            return new([], "the plan gives no start and end date for the project, so its reporting periods cannot be made");
        }
        if (end < start)
        {
            return new([], $"the project ends ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd})");
        }
        if (Bounds(profile) is { Problem: { } problem })
        {
            return new([], $"the reporting periods of the programme profile {profile.Key}: {problem}");
        }
        var periods = new List<ProjectPeriod>();
        // From the year before the start: a period of the profile may run over the turn of the year.
        for (var year = start.Year - 1; year <= end.Year; year++)
        {
            for (var i = 0; i < profile.ReportingPeriods.Count; i++)
            {
                var rule = profile.ReportingPeriods[i];
                var (from, to) = Whole(rule, year);
                if (to < start || from > end)
                {
                    continue;
                }
                periods.Add(new ProjectPeriod(PeriodCodes.Code(from, to, i + 1), rule.Name.ToLocalized(),
                    from < start ? start : from, to > end ? end : to, from, to, Due(rule, to)));
            }
        }
        return new(periods.OrderBy(p => p.Start).ToList(), null);
    }

    /// <summary>
    /// The status of a period's report: as its report says once submitted; before that open, or overdue when the
    /// due date has passed. Without a due date a period is never overdue: the programme has not said when.
    /// </summary>
    public static PeriodStatus StatusOf(ProjectPeriod period, VersionStatus? report, DateOnly today) => report switch
    {
        VersionStatus.Submitted => PeriodStatus.Submitted,
        VersionStatus.Approved => PeriodStatus.Approved,
        VersionStatus.Returned => PeriodStatus.Returned,
        _ when period.Due is { } due && today > due => PeriodStatus.Overdue,
        _ => PeriodStatus.Open,
    };

    /// <summary>Checks that the profile's periods cover every day of a year once; the problem when they do not.</summary>
    public static (bool Ok, string? Problem) Bounds(ProgrammeProfile profile)
    {
        if (profile.ReportingPeriods.Count == 0)
        {
            return (false, "there are none");
        }
        // 2024 is a leap year: a profile that forgets 29 February is caught.
        var covered = new int[366];
        foreach (var rule in profile.ReportingPeriods)
        {
            if (MonthDay(rule.From) is null || MonthDay(rule.To) is null)
            {
                return (false, $"'{rule.From}'–'{rule.To}' is not two month-days written MM-DD");
            }
            if (rule.ReportDue is { } dueText && MonthDay(dueText) is null)
            {
                return (false, $"the due date '{dueText}' is not a month-day written MM-DD");
            }
            var from = MonthDay(rule.From)!.Value;
            var to = MonthDay(rule.To)!.Value;
            // Month-days of a leap year, so that 29 February is counted whichever way the period runs.
            for (var d = new DateOnly(2024, 1, 1); d.Year == 2024; d = d.AddDays(1))
            {
                var md = (d.Month, d.Day);
                var inside = from.CompareTo(to) <= 0
                    ? md.CompareTo(from) >= 0 && md.CompareTo(to) <= 0
                    : md.CompareTo(from) >= 0 || md.CompareTo(to) <= 0;
                covered[d.DayOfYear - 1] += inside ? 1 : 0;
            }
        }
        if (Array.FindIndex(covered, c => c > 1) is var twice and >= 0)
        {
            return (false, $"{Day(twice)} is in more than one period");
        }
        if (Array.FindIndex(covered, c => c == 0) is var none and >= 0)
        {
            return (false, $"{Day(none)} is in no period");
        }
        return (true, null);
    }

    private static string Day(int dayOfLeapYear) => new DateOnly(2024, 1, 1).AddDays(dayOfLeapYear).ToString("dd.MM.", CultureInfo.InvariantCulture);

    // The rule's period that starts in `year`: ends in the next year when its end comes before its start in the calendar.
    private static (DateOnly From, DateOnly To) Whole(ReportingPeriod rule, int year)
    {
        var (fromMonth, fromDay) = MonthDay(rule.From)!.Value;
        var (toMonth, toDay) = MonthDay(rule.To)!.Value;
        var from = On(year, fromMonth, fromDay);
        var toYear = (toMonth, toDay).CompareTo((fromMonth, fromDay)) < 0 ? year + 1 : year;
        return (from, On(toYear, toMonth, toDay));
    }

    /// <summary>
    /// The periods again with their due dates as <paramref name="profile"/>'s rules give them: a calendar made (and
    /// kept) from the shipped profile gets the due dates the funder set since (Storage's ReportingTerms) without being
    /// made again. A period is matched to its rule by the month-day it starts on; one no rule starts (the profile
    /// changed) keeps its date.
    /// </summary>
    public static IReadOnlyList<ProjectPeriod> WithDue(ProgrammeProfile profile, IReadOnlyList<ProjectPeriod> periods) =>
        periods.Select(p => profile.ReportingPeriods.FirstOrDefault(r => MonthDay(r.From) is { } from && On(p.PeriodStart.Year, from.Month, from.Day) == p.PeriodStart) is { } rule
            ? p with { Due = Due(rule, p.PeriodEnd) }
            : p).ToList();

    /// <summary>True when <paramref name="text"/> is a month-day written MM-DD that some year has (29 February is one).</summary>
    public static bool IsMonthDay(string? text) => MonthDay(text) is not null;

    // The due date: the first ReportDue month-day after the period's end, else ReportDueDays after it, else none.
    private static DateOnly? Due(ReportingPeriod rule, DateOnly periodEnd)
    {
        if (rule.ReportDue is { } text && MonthDay(text) is var (month, day))
        {
            var due = On(periodEnd.Year, month, day);
            return due > periodEnd ? due : On(periodEnd.Year + 1, month, day);
        }
        return rule.ReportDueDays is { } days ? periodEnd.AddDays(days) : null;
    }

    // 29 February in a year without one is the 28th: the period still ends with the month.
    private static DateOnly On(int year, int month, int day) => new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));

    /// <summary>A month-day written MM-DD that some year has (29 February is one), or null.</summary>
    public static (int Month, int Day)? MonthDay(string? text)
    {
        if (text is not { Length: 5 } || text[2] != '-'
            || !int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2024, month))
        {
            return null;
        }
        return (month, day);
    }
}
