using Hankevahti.Checks.Profiles;
using Hankevahti.Following;
using Hankevahti.Import;
using Hankevahti.People;
using Hankevahti.Plans;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Following;

/// <summary>A programme's reporting periods made into a project's: codes, cut ends, due dates, and refused profiles.</summary>
public class ReportingCalendarTests
{
    private static ReportingPeriod Rule(string from, string to, string? due = null, int? dueDays = null) =>
        new() { Name = new LocalizedText { Fi = from + "–" + to, En = from + "–" + to }, From = from, To = to, ReportDue = due, ReportDueDays = dueDays };

    private static ProgrammeProfile Profile(params ReportingPeriod[] rules) => new() { Key = "test", ReportingPeriods = [.. rules] };

    private static DateRange Dates(string start, string end) => new() { Start = DateOnly.Parse(start), End = DateOnly.Parse(end) };

    private static ProgrammeProfile Months() =>
        Profile([.. Enumerable.Range(1, 12).Select(m => Rule($"{m:00}-01", $"{m:00}-{DateTime.DaysInMonth(2024, m):00}"))]);

    public static TheoryData<string, ProgrammeProfile, string, string, string> Calendars() => new()
    {
        // Half-years (RRF): a project starting mid-period gets that period cut to its start, code kept.
        { "half-years, started mid-period", Profile(Rule("01-01", "06-30"), Rule("07-01", "12-31")), "2024-03-15", "2025-12-31", "2024-H1 2024-03-15..2024-06-30 | 2024-H2 2024-07-01..2024-12-31 | 2025-H1 2025-01-01..2025-06-30 | 2025-H2 2025-07-01..2025-12-31" },
        // Calendar years (most STM programmes), ending before the year does.
        { "years, ended mid-year", Profile(Rule("01-01", "12-31")), "2022-03-01", "2023-08-31", "2022 2022-03-01..2022-12-31 | 2023 2023-01-01..2023-08-31" },
        // Quarters: codes Q1–Q4.
        { "quarters", Profile(Rule("01-01", "03-31"), Rule("04-01", "06-30"), Rule("07-01", "09-30"), Rule("10-01", "12-31")), "2026-09-01", "2027-01-15", "2026-Q3 2026-09-01..2026-09-30 | 2026-Q4 2026-10-01..2026-12-31 | 2027-Q1 2027-01-01..2027-01-15" },
        // Months (Hankesalkku-style monthly tracking), with February of a leap year whole.
        { "months over a leap February", Months(), "2024-01-20", "2024-03-10", "2024-01 2024-01-20..2024-01-31 | 2024-02 2024-02-01..2024-02-29 | 2024-03 2024-03-01..2024-03-10" },
        // A period over the turn of the year (a school year): no standard code, so numbered within the year it starts.
        { "school years", Profile(Rule("08-01", "07-31")), "2025-01-01", "2026-12-31", "2024-P1 2025-01-01..2025-07-31 | 2025-P1 2025-08-01..2026-07-31 | 2026-P1 2026-08-01..2026-12-31" },
        // A project of one day still has its period.
        { "one day", Profile(Rule("01-01", "12-31")), "2026-05-05", "2026-05-05", "2026 2026-05-05..2026-05-05" },
    };

    [Theory, MemberData(nameof(Calendars))]
    public void Periods_run_from_the_projects_start_to_its_end(string why, ProgrammeProfile profile, string start, string end, string expected)
    {
        var result = ReportingCalendar.For(profile, Dates(start, end));

        Assert.True(result.Problem is null, why + ": " + result.Problem);
        Assert.Equal(expected, string.Join(" | ", result.Periods.Select(p => $"{p.Code} {p.Start:yyyy-MM-dd}..{p.End:yyyy-MM-dd}")));
    }

    [Fact]
    public void A_cut_period_says_so_and_keeps_the_programmes_dates()
    {
        var first = ReportingCalendar.For(Profile(Rule("01-01", "06-30"), Rule("07-01", "12-31")), Dates("2024-03-15", "2024-12-31")).Periods;

        Assert.True(first[0].Partial);
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 6, 30)), (first[0].PeriodStart, first[0].PeriodEnd));
        Assert.False(first[1].Partial);
    }

    public static TheoryData<string, ReportingPeriod, string, string?> DueDates() => new()
    {
        // A fixed date after the period (an annual report due by the end of March): the next year's.
        { "fixed date next year", Rule("01-01", "12-31", due: "03-31"), "2023-12-31", "2024-03-31" },
        // A fixed date later in the same year (the first half's report due in September).
        { "fixed date same year", Rule("01-01", "06-30", due: "09-30"), "2024-06-30", "2024-09-30" },
        // Days after the end, as some programmes write it.
        { "days after the end", Rule("01-01", "06-30", dueDays: 30), "2024-06-30", "2024-07-30" },
        // No rule: no due date, rather than a made-up one.
        { "no rule", Rule("01-01", "12-31"), "2024-12-31", null },
    };

    [Theory, MemberData(nameof(DueDates))]
    public void The_due_date_follows_the_profiles_rule(string why, ReportingPeriod rule, string periodEnd, string? expected)
    {
        var end = DateOnly.Parse(periodEnd);
        var profile = rule.From == "01-01" && rule.To == "06-30" ? Profile(rule, Rule("07-01", "12-31")) : Profile(rule);
        var period = ReportingCalendar.For(profile, Dates(end.AddDays(-1).ToString("yyyy-MM-dd"), periodEnd)).Periods.Single();

        Assert.True(expected == period.Due?.ToString("yyyy-MM-dd"), $"{why}: {period.Due}");
    }

    public static TheoryData<string, ProgrammeProfile, string> BrokenProfiles() => new()
    {
        // A day in two periods: its report would be asked twice.
        { "overlap", Profile(Rule("01-01", "07-01"), Rule("07-01", "12-31")), "01.07. is in more than one period" },
        // A day in none: its costs would belong to no report.
        { "gap", Profile(Rule("01-01", "06-29"), Rule("07-01", "12-31")), "30.06. is in no period" },
        // Leap day forgotten by a period that ends on 28 February.
        { "leap day", Profile(Rule("03-01", "02-28")), "29.02. is in no period" },
        // Written in another form than MM-DD.
        { "not a month-day", Profile(Rule("1.1.", "12-31")), "is not two month-days written MM-DD" },
        { "due not a month-day", Profile(Rule("01-01", "12-31", due: "31.3.")), "the due date '31.3.' is not a month-day" },
        { "none", Profile(), "there are none" },
    };

    [Theory, MemberData(nameof(BrokenProfiles))]
    public void A_profile_whose_periods_do_not_cover_the_year_once_is_refused_with_the_day(string why, ProgrammeProfile profile, string problem)
    {
        var result = ReportingCalendar.For(profile, Dates("2024-01-01", "2024-12-31"));

        Assert.Empty(result.Periods);
        Assert.True(result.Problem?.Contains(problem, StringComparison.Ordinal) == true, $"{why}: {result.Problem}");
    }

    [Fact]
    public void A_period_over_the_turn_of_the_year_covers_the_leap_day()
    {
        Assert.Equal((true, null), ReportingCalendar.Bounds(Profile(Rule("07-01", "06-30"))));
    }

    // The due-date rules are read from a profile file as written in docs/checks.md (an unknown property would be refused).
    [Fact]
    public void A_profile_file_gives_its_due_date_rules()
    {
        var (profile, error) = ProfileCatalog.Parse("""
            { "key": "x", "name": { "fi": "X", "en": "X" },
              "reportingPeriods": [ { "name": { "fi": "H1", "en": "H1" }, "from": "01-01", "to": "06-30", "reportDueDays": 45 },
                                    { "name": { "fi": "H2", "en": "H2" }, "from": "07-01", "to": "12-31", "reportDue": "02-15" } ] }
            """, "x.profile.json");

        Assert.Null(error);
        var periods = ReportingCalendar.For(profile!, Dates("2026-01-01", "2026-12-31")).Periods;
        Assert.Equal([new DateOnly(2026, 8, 14), new DateOnly(2027, 2, 15)], periods.Select(p => p.Due!.Value));
    }

    [Fact]
    public void Every_shipped_profile_covers_the_year_once() =>
        Assert.All(ProfileCatalog.All, p => Assert.Equal((p.Key, true, (string?)null), (p.Key, ReportingCalendar.Bounds(p).Ok, ReportingCalendar.Bounds(p).Problem)));

    // What the project lacks is said, not guessed: no periods without both ends, nor for reversed dates.
    [Theory]
    [InlineData(null, "2026-12-31", "no start and end date")]
    [InlineData("2026-01-01", null, "no start and end date")]
    [InlineData("2027-01-01", "2026-12-31", "ends (2026-12-31) before it starts (2027-01-01)")]
    public void Without_the_projects_dates_there_are_no_periods_and_the_reason(string? start, string? end, string problem)
    {
        var dates = new DateRange { Start = start is null ? null : DateOnly.Parse(start), End = end is null ? null : DateOnly.Parse(end) };
        var result = ReportingCalendar.For(ProfileCatalog.Generic, dates);

        Assert.Empty(result.Periods);
        Assert.Contains(problem, result.Problem);
    }

    public static TheoryData<string, VersionStatus?, string, PeriodStatus> Statuses() => new()
    {
        // Before the due date nothing is late.
        { "open", null, "2025-03-31", PeriodStatus.Open },
        // The day after the due date, without a report.
        { "overdue", null, "2025-04-01", PeriodStatus.Overdue },
        // A draft does not count as submitted.
        { "draft after due", VersionStatus.Draft, "2025-04-01", PeriodStatus.Overdue },
        // Once submitted, the report's own status, however late.
        { "submitted late", VersionStatus.Submitted, "2025-06-01", PeriodStatus.Submitted },
        { "returned", VersionStatus.Returned, "2025-06-01", PeriodStatus.Returned },
        { "approved", VersionStatus.Approved, "2026-01-01", PeriodStatus.Approved },
    };

    [Theory, MemberData(nameof(Statuses))]
    public void A_periods_status_comes_from_its_report_and_its_due_date(string why, VersionStatus? report, string today, PeriodStatus expected)
    {
        var period = ReportingCalendar.For(Profile(Rule("01-01", "12-31", due: "03-31")), Dates("2024-01-01", "2024-12-31")).Periods.Single();

        Assert.True(expected == ReportingCalendar.StatusOf(period, report, DateOnly.Parse(today)), why);
    }

    [Fact]
    public void A_period_without_a_due_date_is_never_overdue()
    {
        var period = ReportingCalendar.For(ProfileCatalog.Generic, Dates("2020-01-01", "2020-12-31")).Periods.Single();

        Assert.Equal(PeriodStatus.Open, ReportingCalendar.StatusOf(period, null, new DateOnly(2030, 1, 1)));
    }

    public static TheoryData<string> AllSeeds() => new(Seeds.All);

    // On real plans: the periods of the plan's own programme cover its dates day by day, without gaps or overlaps.
    [Theory, MemberData(nameof(AllSeeds))]
    public void A_real_plans_periods_cover_its_dates_without_gaps(string seed)
    {
        var plan = PlanImporter.ImportFile(Seeds.Path(seed)).Plan!;
        var result = ReportingCalendar.For(ProfileCatalog.For(plan), plan.Project.Period);
        if (plan.Project.Period is not { Start: { } start, End: { } end })
        {
            Assert.NotNull(result.Problem);
            return;
        }

        Assert.Null(result.Problem);
        Assert.Equal(start, result.Periods[0].Start);
        Assert.Equal(end, result.Periods[^1].End);
        Assert.All(result.Periods.Zip(result.Periods.Skip(1)), pair => Assert.Equal(pair.First.End.AddDays(1), pair.Second.Start));
        Assert.Equal(result.Periods.Count, result.Periods.Select(p => p.Code).Distinct().Count());
    }

    // A calendar kept from one profile gets another's due dates without being made again (the portfolio keeps
    // calendars per plan version and applies the funder's deadlines when counting): the same as made afresh, also over
    // the turn of the year and for a period the project covers only partly; a period no rule starts keeps its date.
    [Fact]
    public void Due_dates_of_another_profile_are_those_a_calendar_made_from_it_has()
    {
        var shipped = Profile(Rule("01-01", "06-30"), Rule("07-01", "12-31"));
        var set = Profile(Rule("01-01", "06-30", dueDays: 31), Rule("07-01", "12-31", due: "02-15"));
        var dates = Dates("2025-03-15", "2026-12-31");
        var kept = ReportingCalendar.For(shipped, dates).Periods;

        var applied = ReportingCalendar.WithDue(set, kept);

        Assert.Equal(ReportingCalendar.For(set, dates).Periods, applied);
        Assert.Equal([new DateOnly(2025, 7, 31), new DateOnly(2026, 2, 15), new DateOnly(2026, 7, 31), new DateOnly(2027, 2, 15)], applied.Select(p => p.Due!.Value));
        // A profile whose periods changed: the half-years starting 1 July match no rule and keep their due dates.
        var otherBounds = Profile(Rule("01-01", "03-31", due: "04-30"), Rule("04-01", "12-31"));
        Assert.Equal([new DateOnly(2026, 2, 15), new DateOnly(2027, 2, 15)],
            ReportingCalendar.WithDue(otherBounds, applied).Where(p => p.PeriodStart.Month == 7).Select(p => p.Due!.Value));
    }

    [Theory]
    // MM-DD, 29 February included (a leap year's day); anything else is not a month-day.
    [InlineData("01-31", true)]
    [InlineData("02-29", true)]
    [InlineData("02-30", false)]
    [InlineData("1-31", false)]
    [InlineData("31.01", false)]
    [InlineData(null, false)]
    public void Month_days_are_written_MM_DD(string? text, bool ok) => Assert.Equal(ok, ReportingCalendar.IsMonthDay(text));
}

/// <summary>Period codes as the CLI and files write them: read back to the same period, and nothing else read.</summary>
public class PeriodCodeTests
{
    public static TheoryData<string, string, string, string> Codes() => new()
    {
        // Each standard length, written by Code and read back.
        { "year", "2026-01-01", "2026-12-31", "2026" },
        { "first half", "2026-01-01", "2026-06-30", "2026-H1" },
        { "second half", "2026-07-01", "2026-12-31", "2026-H2" },
        { "fourth quarter", "2026-10-01", "2026-12-31", "2026-Q4" },
        { "a month", "2026-11-01", "2026-11-30", "2026-11" },
        // Six months not starting in January or July are not a half-year of the calendar.
        { "six months from March", "2026-03-01", "2026-08-31", "2026-P2" },
        // Three months not on a quarter's bounds.
        { "three months from February", "2026-02-01", "2026-04-30", "2026-P2" },
    };

    [Theory, MemberData(nameof(Codes))]
    public void A_code_names_its_period_and_reads_back(string why, string start, string end, string code)
    {
        Assert.True(code == PeriodCodes.Code(DateOnly.Parse(start), DateOnly.Parse(end), 2), why);
        Assert.NotNull(PeriodCodes.Parse(code));
    }

    // What a person may type: case and spaces do not matter; a number out of range or another form is not a code.
    [Theory]
    [InlineData(" 2026-h2 ", true)]
    [InlineData("2026-q1", true)]
    [InlineData("2026-12", true)]
    [InlineData("2026-H3", false)]
    [InlineData("2026-Q0", false)]
    [InlineData("2026-13", false)]
    [InlineData("2026-00", false)]
    [InlineData("1989", false)]
    [InlineData("H2/2026", false)]
    [InlineData("2026-H", false)]
    [InlineData("", false)]
    public void Only_codes_are_read(string text, bool isCode) => Assert.Equal(isCode, PeriodCodes.Parse(text) is not null);
}
