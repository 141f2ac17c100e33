using Hankevahti.Following;
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

    public static async Task<ReportsOverviewModel?> LoadAsync(HankevahtiDb db, int projectId, DateOnly today, CancellationToken ct = default)
    {
        var source = await ReportSources.LoadAsync(db, projectId, today, ct);
        if (source.NotFound)
        {
            return null;
        }
        var stored = await PeriodReports.ListAsync(db, projectId, ct);
        VersionStatus? StatusOf(Hankevahti.Following.ReportKind kind, string period) =>
            stored.FirstOrDefault(r => r.Kind == PeriodReports.KindName(kind) && r.PeriodCode == period) is { } row ? VersionStatuses.Parse(row.Status) : null;
        if (source.Input is not { } input)
        {
            return new ReportsOverviewModel(projectId, null, [], source.Problem, null, null);
        }
        var lines = input.Calendar.Periods.Select(p => new PeriodLine(p,
            ReportingCalendar.StatusOf(p, StatusOf(ReportKind.Status, p.Code), today),
            ReportingCalendar.StatusOf(p with { Due = null }, StatusOf(ReportKind.Claim, p.Code), today))).ToList();
        return new ReportsOverviewModel(projectId, input.Profile.Key, lines, input.Calendar.Problem,
            StatusOf(ReportKind.Claim, ""), StatusOf(ReportKind.Final, ""));
    }
}
