using Hankevahti.Following;
using Hankevahti.People;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Following;

/// <summary>What became of a change to a report: done, or why not.</summary>
public enum ReportChangeOutcome { Done, Stale, NotAllowed, ReasonMissing, SnapshotMissing }

/// <summary>A change's outcome with the report as it now stands (the newer one when the change was stale).</summary>
public sealed record ReportChange(ReportChangeOutcome Outcome, PeriodReportRow? Report);

/// <summary>
/// The reports to the funder as stored (period_reports): the manager's narrative, saved with revision checks so
/// that two people writing at once never overwrite each other unseen; submitting stores the report as it was
/// submitted (snapshot_json), a funder official approves it or returns it with a reason, and a returned report is
/// edited and submitted again. Every change writes its audit row in the same transaction.
/// </summary>
public static class PeriodReports
{
    /// <summary>The stored name of a report kind: "status", "claim", "final".</summary>
    public static string KindName(ReportKind kind) => kind.ToString().ToLowerInvariant();

    public static ReportKind? ParseKind(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "status" => ReportKind.Status,
        "claim" => ReportKind.Claim,
        "final" => ReportKind.Final,
        _ => null,
    };

    /// <summary>The final report and a claim from the start have no period: stored as "".</summary>
    public static string PeriodKey(string? periodCode) => periodCode?.Trim() ?? "";

    public static Task<PeriodReportRow?> FindAsync(HankevahtiDb db, int projectId, ReportKind kind, string? periodCode, CancellationToken ct = default)
    {
        var kindName = KindName(kind);
        var period = PeriodKey(periodCode);
        return db.PeriodReports.AsNoTracking().SingleOrDefaultAsync(r => r.ProjectId == projectId && r.Kind == kindName && r.PeriodCode == period, ct);
    }

    /// <summary>Each stored report's kind, period and status, without its narrative and snapshot (what lists need).</summary>
    public static async Task<IReadOnlyList<(string Kind, string PeriodCode, VersionStatus Status)>> StatusesAsync(HankevahtiDb db, int projectId, CancellationToken ct = default) =>
        (await db.PeriodReports.AsNoTracking().Where(r => r.ProjectId == projectId).Select(r => new { r.Kind, r.PeriodCode, r.Status }).ToListAsync(ct))
            .Select(r => (r.Kind, r.PeriodCode, VersionStatuses.Parse(r.Status))).ToList();

    public static Task<List<PeriodReportRow>> ListAsync(HankevahtiDb db, int projectId, CancellationToken ct = default) =>
        db.PeriodReports.AsNoTracking().Where(r => r.ProjectId == projectId).OrderBy(r => r.Kind).ThenBy(r => r.PeriodCode).ToListAsync(ct);

    /// <summary>
    /// Saves the narrative when <paramref name="revision"/> is the stored one (0 for a report not yet stored).
    /// A submitted or approved report is not edited: what the funder has is what it was sent.
    /// </summary>
    public static async Task<ReportChange> SaveNarrativeAsync(HankevahtiDb db, int projectId, ReportKind kind, string? periodCode,
        Hankevahti.Following.Reports.Narrative narrative, int revision, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var kindName = KindName(kind);
        var period = PeriodKey(periodCode);
        var row = await db.PeriodReports.SingleOrDefaultAsync(r => r.ProjectId == projectId && r.Kind == kindName && r.PeriodCode == period, ct);
        if ((row?.Revision ?? 0) != revision)
        {
            await tx.RollbackAsync(ct);
            return new ReportChange(ReportChangeOutcome.Stale, Detached(db, row));
        }
        if (row is not null && VersionStatuses.Parse(row.Status) is VersionStatus.Submitted or VersionStatus.Approved)
        {
            await tx.RollbackAsync(ct);
            return new ReportChange(ReportChangeOutcome.NotAllowed, Detached(db, row));
        }
        var before = row is null ? null : Summary(row);
        if (row is null)
        {
            row = new PeriodReportRow { ProjectId = projectId, Kind = kindName, PeriodCode = period, Revision = 0 };
            db.PeriodReports.Add(row);
        }
        row.DoneText = Clean(narrative.Done);
        row.Deviations = Clean(narrative.Deviations);
        row.NextPeriod = Clean(narrative.NextPeriod);
        row.UpdatedBy = db.Actor.UserName;
        row.UpdatedAt = SqlValues.Now();
        row.Revision = revision + 1;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another writer saved first (the revision moved, or the first save of the report was made twice).
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return new ReportChange(ReportChangeOutcome.Stale, await FindAsync(db, projectId, kind, periodCode, ct));
        }
        await AuditLog.AppendAsync(db, new AuditEvent("report.save", ProjectId: projectId, Item: Item(kindName, period), Before: before, After: Summary(row)), ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new ReportChange(ReportChangeOutcome.Done, await FindAsync(db, projectId, kind, periodCode, ct));
    }

    /// <summary>
    /// Moves a report: submit (from draft or returned, with the report as submitted), approve or return (from
    /// submitted; a return says why). A report never saved is stored when it is submitted, its narrative empty.
    /// </summary>
    public static async Task<ReportChange> MoveAsync(HankevahtiDb db, int projectId, ReportKind kind, string? periodCode, VersionStatus to,
        string? reason, string? snapshotJson, CancellationToken ct = default)
    {
        reason = Clean(reason);
        if (to == VersionStatus.Returned && reason is null)
        {
            return new ReportChange(ReportChangeOutcome.ReasonMissing, await FindAsync(db, projectId, kind, periodCode, ct));
        }
        if (to == VersionStatus.Submitted && string.IsNullOrWhiteSpace(snapshotJson))
        {
            return new ReportChange(ReportChangeOutcome.SnapshotMissing, await FindAsync(db, projectId, kind, periodCode, ct));
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await Hankevahti.Storage.Projects.VersionApprovals.LockProjectAsync(db, projectId, ct))
        {
            await tx.RollbackAsync(ct);
            return new ReportChange(ReportChangeOutcome.NotAllowed, null);
        }
        var kindName = KindName(kind);
        var period = PeriodKey(periodCode);
        var row = await db.PeriodReports.SingleOrDefaultAsync(r => r.ProjectId == projectId && r.Kind == kindName && r.PeriodCode == period, ct);
        var from = row is null ? VersionStatus.Draft : VersionStatuses.Parse(row.Status);
        if (!VersionStatuses.CanMove(from, to))
        {
            await tx.RollbackAsync(ct);
            return new ReportChange(ReportChangeOutcome.NotAllowed, Detached(db, row));
        }
        if (row is null)
        {
            row = new PeriodReportRow { ProjectId = projectId, Kind = kindName, PeriodCode = period, Revision = 0, UpdatedAt = SqlValues.Now() };
            db.PeriodReports.Add(row);
        }
        row.Status = VersionStatuses.Name(to);
        // A reason belongs to a return; a later move clears it, so the page never shows an old reason as current.
        row.StatusReason = to == VersionStatus.Returned ? reason : null;
        row.StatusBy = db.Actor.UserName;
        row.StatusAt = SqlValues.Now();
        if (to == VersionStatus.Submitted)
        {
            row.SnapshotJson = snapshotJson;
        }
        row.Revision++;
        await db.SaveChangesAsync(ct);
        await AuditLog.AppendAsync(db, new AuditEvent(ActionOf(to), ProjectId: projectId, Item: Item(kindName, period),
            Before: VersionStatuses.Name(from), After: reason is not null ? $"{VersionStatuses.Name(to)}: {reason}" : VersionStatuses.Name(to)), ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new ReportChange(ReportChangeOutcome.Done, await FindAsync(db, projectId, kind, periodCode, ct));
    }

    /// <summary>The audit action of a move: "report.submit", "report.approve", "report.return".</summary>
    public static string ActionOf(VersionStatus to) => to switch
    {
        VersionStatus.Submitted => "report.submit",
        VersionStatus.Approved => "report.approve",
        VersionStatus.Returned => "report.return",
        _ => "report.draft",
    };

    private static string Item(string kind, string period) => period.Length == 0 ? kind : $"{kind}:{period}";

    private static string Summary(PeriodReportRow row) =>
        $"revision {row.Revision}: {Length(row.DoneText)} / {Length(row.Deviations)} / {Length(row.NextPeriod)} characters";

    private static int Length(string? text) => text?.Length ?? 0;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static PeriodReportRow? Detached(HankevahtiDb db, PeriodReportRow? row)
    {
        if (row is not null)
        {
            db.Entry(row).State = EntityState.Detached;
        }
        return row;
    }
}
