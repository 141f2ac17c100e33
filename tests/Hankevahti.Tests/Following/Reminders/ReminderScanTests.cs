using Hankevahti.Checks;
using Hankevahti.Following;
using Hankevahti.Following.Reminders;
using Hankevahti.People;

namespace Hankevahti.Tests.Following.Reminders;

/// <summary>Which reminders are due on a day, and to whom: the rules as a table.</summary>
public class ReminderScanTests
{
    private static readonly Recipient Manager = new("m", "manager@example.fi", "Maija");
    private static readonly Recipient Funder = new("f", "funder@example.fi", "Frans");

    // 2026-H1 ended 30.6., its report due 31.8.; 2026-H2 ends 31.12., due 28.2.2027.
    private static readonly ProjectPeriod H1 = Period("2026-H1", "2026-01-01", "2026-06-30", "2026-08-31");
    private static readonly ProjectPeriod H2 = Period("2026-H2", "2026-07-01", "2026-12-31", "2027-02-28");
    // A programme that sets no due date: the period's end is what the reminder waits for.
    private static readonly ProjectPeriod Year = Period("2026", "2026-01-01", "2026-12-31", null);

    private static ProjectPeriod Period(string code, string start, string end, string? due) =>
        new(code, new Localized(code, code), DateOnly.Parse(start), DateOnly.Parse(end), DateOnly.Parse(start), DateOnly.Parse(end),
            due is null ? null : DateOnly.Parse(due));

    private static ReminderProject Project(
        IReadOnlyList<ProjectPeriod>? periods = null,
        IReadOnlyList<ReportState>? reports = null,
        IReadOnlyList<ValueState>? values = null,
        string? status = "running",
        IReadOnlyList<Recipient>? managers = null,
        IReadOnlyList<Recipient>? funders = null) =>
        new(7, "Hanke", status, periods ?? [H1], reports ?? [], values ?? [], managers ?? [Manager], funders ?? [Funder]);

    public static TheoryData<string, ReminderProject, string, string> Cases() => new()
    {
        // Nothing recorded and the due date far away: nothing to remind of.
        { "due date 62 days away", Project(), "2026-06-30", "" },
        // 14 days before the due date (the default) the manager is reminded; a day earlier not yet.
        { "15 days before", Project(), "2026-08-16", "" },
        { "14 days before", Project(), "2026-08-17", "report_due status:2026-H1 Upcoming → manager@example.fi" },
        // On the due date it is still upcoming, the day after overdue: a subject of its own, so it goes again.
        { "on the due date", Project(), "2026-08-31", "report_due status:2026-H1 Upcoming → manager@example.fi" },
        { "a day late", Project(), "2026-09-01", "report_due status:2026-H1:overdue Overdue → manager@example.fi" },
        // A draft report is not yet submitted: still due.
        { "draft report", Project(reports: [new("status", "2026-H1", VersionStatus.Draft, 3)]), "2026-09-01", "report_due status:2026-H1:overdue Overdue → manager@example.fi" },
        // Submitted: nothing for the manager, the funder is reminded it waits.
        { "submitted report", Project(reports: [new("status", "2026-H1", VersionStatus.Submitted, 4)]), "2026-09-01", "report_waiting status:2026-H1@4 → funder@example.fi" },
        // Approved: nobody is reminded.
        { "approved report", Project(reports: [new("status", "2026-H1", VersionStatus.Approved, 5)]), "2026-09-01", "" },
        // Returned: the managers are told it came back (not also that it is due).
        { "returned report", Project(reports: [new("status", "2026-H1", VersionStatus.Returned, 5, "luvut puuttuvat")]), "2026-09-01", "report_returned status:2026-H1@5 → manager@example.fi" },
        // A claim waiting is reminded like a status report; claims themselves are not reminded as due.
        { "submitted claim", Project(reports: [new("claim", "", VersionStatus.Submitted, 2)]), "2026-03-01", "report_waiting claim:@2 → funder@example.fi" },
        // Without a due date, the report is reminded once the period has ended, not before.
        { "no due date, period running", Project(periods: [Year]), "2026-12-31", "" },
        { "no due date, period ended", Project(periods: [Year]), "2027-01-01", "report_due status:2026 PeriodEnded → manager@example.fi" },
        // A plan not being carried out has no reports due; what waits for the funder is still reminded.
        { "closed project", Project(status: "closed", values: [new("i1", "2026-H1", "", VersionStatus.Submitted, 2)]), "2026-09-01", "value_waiting value:i1:2026-H1:@2 → funder@example.fi" },
        { "draft plan", Project(status: "draft"), "2026-09-01", "" },
        // An old row without a status counts as running.
        { "no status stored", Project(status: null), "2026-09-01", "report_due status:2026-H1:overdue Overdue → manager@example.fi" },
        // Values: submitted to the funders, returned to the managers, drafts and approved ones to nobody.
        { "values by status", Project(periods: [], values:
            [
                new("i1", "2026-H1", "", VersionStatus.Submitted, 2),
                new("i2", "2026-H1", "Kunta", VersionStatus.Returned, 3, "väärä yksikkö"),
                new("i3", "2026-H1", "", VersionStatus.Draft, 1),
                new("i4", "2026-H1", "", VersionStatus.Approved, 3),
            ]), "2026-09-01",
            "value_waiting value:i1:2026-H1:@2 → funder@example.fi | value_returned value:i2:2026-H1:Kunta@3 → manager@example.fi" },
        // No funder official for the programme: nobody to send the waiting value to, so it is left out.
        { "no funder official", Project(periods: [], funders: [], values: [new("i1", "2026-H1", "", VersionStatus.Submitted, 2)]), "2026-09-01", "" },
        // Two managers: one reminder with both.
        { "two managers", Project(managers: [Manager, new("m2", "second@example.fi", null)]), "2026-08-20", "report_due status:2026-H1 Upcoming → manager@example.fi, second@example.fi" },
        // Two periods: the first overdue, the second not yet due.
        { "two periods", Project(periods: [H1, H2]), "2026-12-20", "report_due status:2026-H1:overdue Overdue → manager@example.fi" },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Reminders_due_on_a_day_go_to_the_people_responsible(string why, ReminderProject project, string today, string expected)
    {
        var reminders = ReminderScan.Due([project], DateOnly.Parse(today));

        Assert.True(expected == Describe(reminders), $"{why}: expected [{expected}], got [{Describe(reminders)}]");
    }

    // Reminders:DaysBefore moves the day the first reminder goes.
    [Theory]
    [InlineData(0, "2026-08-30", "")]
    [InlineData(0, "2026-08-31", "report_due status:2026-H1 Upcoming → manager@example.fi")]
    [InlineData(30, "2026-08-01", "report_due status:2026-H1 Upcoming → manager@example.fi")]
    public void Days_before_is_configurable(int daysBefore, string today, string expected)
    {
        Assert.Equal(expected, Describe(ReminderScan.Due([Project()], DateOnly.Parse(today), daysBefore)));
    }

    // A value returned and submitted again is waiting again: its revision makes it a new subject, sent again.
    [Fact]
    public void A_value_submitted_again_is_a_new_subject()
    {
        var first = ReminderScan.Due([Project(values: [new("i1", "2026-H1", "", VersionStatus.Submitted, 2)])], new DateOnly(2026, 7, 1));
        var again = ReminderScan.Due([Project(values: [new("i1", "2026-H1", "", VersionStatus.Submitted, 4)])], new DateOnly(2026, 7, 1));

        Assert.NotEqual(Assert.Single(first).Subject, Assert.Single(again).Subject);
    }

    private static string Describe(IEnumerable<Reminder> reminders) => string.Join(" | ", reminders.Select(r =>
        $"{r.KindName} {r.Subject}" + (r.Stage is { } s ? $" {s}" : "") + " → " + string.Join(", ", r.Recipients.Select(p => p.Email))));
}
