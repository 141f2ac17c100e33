using Hankevahti.People;

namespace Hankevahti.Following.Reminders;

/// <summary>
/// Which reminders are due on a day, from what is recorded: a pure function, so the rules are tested as a table
/// and the sender, the in-app list and the command line all see the same reminders.
/// </summary>
public static class ReminderScan
{
    /// <summary>How many days before a report's due date its reminder goes, unless configured (Reminders:DaysBefore).</summary>
    public const int DefaultDaysBefore = 14;

    /// <summary>The report whose being due is reminded of: each period's status report.</summary>
    public const string StatusReport = "status";

    // A plan in these statuses is not being carried out, so no report of it is due.
    private static readonly HashSet<string> NotRunning = new(StringComparer.OrdinalIgnoreCase) { "draft", "submitted", "closed", "cancelled" };

    /// <summary>
    /// The reminders due on <paramref name="today"/>, in a stable order (project, kind, subject). A reminder without
    /// anyone to send it to (a project with no manager, a programme with no funder official) is left out: nobody
    /// could act on it.
    /// </summary>
    public static IReadOnlyList<Reminder> Due(IEnumerable<ReminderProject> projects, DateOnly today, int daysBefore = DefaultDaysBefore)
    {
        var all = new List<Reminder>();
        foreach (var project in projects)
        {
            all.AddRange(ReportsDue(project, today, daysBefore));
            all.AddRange(Waiting(project));
            all.AddRange(Returned(project));
        }
        return all.Where(r => r.Recipients.Count > 0)
            .OrderBy(r => r.ProjectId).ThenBy(r => r.Kind).ThenBy(r => r.Subject, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<Reminder> ReportsDue(ReminderProject project, DateOnly today, int daysBefore)
    {
        if (project.Status is { } status && NotRunning.Contains(status))
        {
            yield break;
        }
        foreach (var period in project.Periods)
        {
            var report = project.Reports.FirstOrDefault(r => r.Kind == StatusReport && r.PeriodCode == period.Code);
            // Submitted or approved: nothing for the manager to do. Returned: the returned reminder says it.
            if (report is { Status: VersionStatus.Submitted or VersionStatus.Approved or VersionStatus.Returned })
            {
                continue;
            }
            DueStage? stage = period.Due switch
            {
                { } due when today > due => DueStage.Overdue,
                { } due when today >= due.AddDays(-daysBefore) => DueStage.Upcoming,
                null when today > period.End => DueStage.PeriodEnded,
                _ => null,
            };
            if (stage is not { } s)
            {
                continue;
            }
            // Overdue is a subject of its own: the manager reminded before the date is reminded again after it.
            var subject = $"{StatusReport}:{period.Code}" + (s == DueStage.Overdue ? ":overdue" : "");
            yield return new Reminder(project.Id, project.Name, ReminderKind.ReportDue, subject, project.Managers, period.Code,
                ReportKind: StatusReport, Due: period.Due ?? period.End, Stage: s);
        }
    }

    private static IEnumerable<Reminder> Waiting(ReminderProject project)
    {
        foreach (var value in project.Values.Where(v => v.Status == VersionStatus.Submitted))
        {
            yield return new Reminder(project.Id, project.Name, ReminderKind.ValueWaiting, ValueSubject(value), project.FunderOfficials,
                value.PeriodCode, IndicatorId: value.IndicatorId, Organisation: value.Organisation);
        }
        foreach (var report in project.Reports.Where(r => r.Status == VersionStatus.Submitted))
        {
            yield return new Reminder(project.Id, project.Name, ReminderKind.ReportWaiting, ReportSubject(report), project.FunderOfficials,
                report.PeriodCode, ReportKind: report.Kind);
        }
    }

    private static IEnumerable<Reminder> Returned(ReminderProject project)
    {
        foreach (var value in project.Values.Where(v => v.Status == VersionStatus.Returned))
        {
            yield return new Reminder(project.Id, project.Name, ReminderKind.ValueReturned, ValueSubject(value), project.Managers,
                value.PeriodCode, IndicatorId: value.IndicatorId, Organisation: value.Organisation, Reason: value.Reason);
        }
        foreach (var report in project.Reports.Where(r => r.Status == VersionStatus.Returned))
        {
            yield return new Reminder(project.Id, project.Name, ReminderKind.ReportReturned, ReportSubject(report), project.Managers,
                report.PeriodCode, ReportKind: report.Kind, Reason: report.Reason);
        }
    }

    // The revision makes a value submitted again after a return a new subject: it is waiting again.
    private static string ValueSubject(ValueState v) => $"value:{v.IndicatorId}:{v.PeriodCode}:{v.Organisation}@{v.Revision}";

    private static string ReportSubject(ReportState r) => $"{r.Kind}:{r.PeriodCode}@{r.Revision}";
}
