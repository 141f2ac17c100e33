using Hankevahti.People;

namespace Hankevahti.Following.Reminders;

/// <summary>What a reminder is about; who gets it follows from the kind (<see cref="ReminderScan"/>).</summary>
public enum ReminderKind
{
    /// <summary>A period's status report is due soon, overdue, or (without a due date) its period has ended: to the managers.</summary>
    ReportDue,
    /// <summary>A measured value submitted and waiting for approval: to the funder officials of the programme.</summary>
    ValueWaiting,
    /// <summary>A report submitted and waiting for approval: to the funder officials.</summary>
    ReportWaiting,
    /// <summary>A value the funder returned: to the managers, who correct and submit it again.</summary>
    ValueReturned,
    /// <summary>A report the funder returned: to the managers.</summary>
    ReportReturned,
}

/// <summary>Where a due report stands against its date, for the reminder's wording.</summary>
public enum DueStage
{
    /// <summary>Due within the days configured.</summary>
    Upcoming,
    /// <summary>The due date has passed.</summary>
    Overdue,
    /// <summary>The programme sets no due date, and the period has ended.</summary>
    PeriodEnded,
}

/// <summary>The kinds' words in reminders_sent.kind.</summary>
public static class ReminderKinds
{
    public static string Name(ReminderKind kind) => kind switch
    {
        ReminderKind.ReportDue => "report_due",
        ReminderKind.ValueWaiting => "value_waiting",
        ReminderKind.ReportWaiting => "report_waiting",
        ReminderKind.ValueReturned => "value_returned",
        _ => "report_returned",
    };
}

/// <summary>A person a reminder goes to. <see cref="Language"/> is "fi", "sv" or "en" when the person has chosen one; else null.</summary>
public sealed record Recipient(string UserId, string Email, string? Name, string? Language = null);

/// <summary>
/// One reminder: what it is about (<see cref="Subject"/>, unique within the project and kind, so that it is sent once
/// per person), to whom, and what its text says. <see cref="ReportKind"/> is a report's kind ("status"); for a value,
/// <see cref="IndicatorId"/> and <see cref="Organisation"/> ('' for the project as a whole).
/// </summary>
public sealed record Reminder(
    int ProjectId,
    string ProjectName,
    ReminderKind Kind,
    string Subject,
    IReadOnlyList<Recipient> Recipients,
    string PeriodCode,
    string? ReportKind = null,
    DateOnly? Due = null,
    DueStage? Stage = null,
    string? IndicatorId = null,
    string? Organisation = null,
    string? Reason = null)
{
    public string KindName => ReminderKinds.Name(Kind);

    /// <summary>Whether the reminder concerns the person: the in-app list shows only those.</summary>
    public bool Concerns(string userId) => Recipients.Any(r => r.UserId == userId);

    /// <summary>For equality in tests and logs: a reminder is what it is about and to whom.</summary>
    public override string ToString() => $"{ProjectId} {KindName} {Subject} → {string.Join(", ", Recipients.Select(r => r.Email))}";
}

/// <summary>A project as the reminders see it: its periods and what is recorded, and the people responsible.</summary>
/// <param name="Status">The plan's status as stored ("running"); null on old rows.</param>
/// <param name="Managers">The project's managers (accounts not disabled).</param>
/// <param name="FunderOfficials">The funder officials of the project's programme (accounts not disabled).</param>
public sealed record ReminderProject(
    int Id,
    string Name,
    string? Status,
    IReadOnlyList<ProjectPeriod> Periods,
    IReadOnlyList<ReportState> Reports,
    IReadOnlyList<ValueState> Values,
    IReadOnlyList<Recipient> Managers,
    IReadOnlyList<Recipient> FunderOfficials);

/// <summary>
/// A report's status. <see cref="Revision"/> is the row's revision: a report returned and submitted again is
/// a new thing to remind of, so the revision is part of the reminder's subject.
/// </summary>
public sealed record ReportState(string Kind, string PeriodCode, VersionStatus Status, int Revision, string? Reason = null);

/// <summary>A measured value's status; <see cref="Revision"/> as for <see cref="ReportState"/>.</summary>
public sealed record ValueState(string IndicatorId, string PeriodCode, string Organisation, VersionStatus Status, int Revision, string? Reason = null);
