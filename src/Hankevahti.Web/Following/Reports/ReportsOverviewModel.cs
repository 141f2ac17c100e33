using Hankevahti.Checks.Profiles;
using Hankevahti.Following;
using Hankevahti.Storage.Projects;
using Hankevahti.People;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;

namespace Hankevahti.Web.Following.Reports;

/// <summary>One reporting period as the reports list shows it: its status report's status (overdue after the due date).</summary>
public sealed record PeriodLine(ProjectPeriod Period, PeriodStatus Status, PeriodStatus ClaimStatus);

/// <summary>
/// What the reports list and the overview show: the periods with their status, or why the project has none, and
/// the statuses of the claim from the start and of the final report.
/// </summary>
public sealed record ReportsOverviewModel(int ProjectId, string? ProfileName, IReadOnlyList<PeriodLine> Periods, string? Problem,
    VersionStatus? WholeClaim, VersionStatus? Final)
{
    /// <summary>The first period whose status report is still to be sent and has a due date, today or later.</summary>
    public PeriodLine? NextDue(DateOnly today) => Periods.FirstOrDefault(p => p.Status is PeriodStatus.Open or PeriodStatus.Returned && p.Period.Due >= today);

    public IEnumerable<PeriodLine> Overdue => Periods.Where(p => p.Status == PeriodStatus.Overdue);

    /// <summary>Reads the newest plan and the stored reports' statuses; null when there is no such project.</summary>
    public static async Task<ReportsOverviewModel?> LoadAsync(HankevahtiDb db, int projectId, DateOnly today, CancellationToken ct = default)
    {
        var latest = await db.LatestPlanAsync(projectId, ct);
        if (latest is null)
        {
            return null;
        }
        if (latest.Plan is not { } plan)
        {
            return new ReportsOverviewModel(projectId, null, [], latest.Error ?? "the project's plan cannot be read", null, null);
        }
        // The effective profile: with the due dates the programme's funder set (reporting_terms).
        var profile = await ReportingTerms.ProfileAsync(db, plan, ct);
        return Of(projectId, profile, ReportingCalendar.For(profile, plan.Project.Period), await PeriodReports.StatusesAsync(db, projectId, ct), today);
    }

    /// <summary>The periods' statuses from the stored reports' (kind, period, status), as of today.</summary>
    public static ReportsOverviewModel Of(int projectId, ProgrammeProfile profile, ReportingCalendarResult calendar,
        IReadOnlyList<(string Kind, string PeriodCode, VersionStatus Status)> stored, DateOnly today)
    {
        VersionStatus? StatusOf(ReportKind kind, string period) =>
            stored.FirstOrDefault(r => r.Kind == PeriodReports.KindName(kind) && r.PeriodCode == period) is { Kind: not null } row ? row.Status : null;
        var lines = calendar.Periods.Select(p => new PeriodLine(p,
            ReportingCalendar.StatusOf(p, StatusOf(ReportKind.Status, p.Code), today),
            ReportingCalendar.StatusOf(p with { Due = null }, StatusOf(ReportKind.Claim, p.Code), today))).ToList();
        return new ReportsOverviewModel(projectId, profile.Key, lines, calendar.Problem,
            StatusOf(ReportKind.Claim, ""), StatusOf(ReportKind.Final, ""));
    }
}
