using System.Globalization;
using Hankevahti.Following;
using Hankevahti.Following.Actions;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Following;

/// <summary>
/// Saves what is said of actions per period (action_progress): one row per action and period, replaced when
/// said again. A save is all or nothing: every record is checked against the latest plan version's actions and
/// the project's periods first, and a change writes its audit row in the same transaction.
/// </summary>
public static class ActionProgressStore
{
    public const string AuditAction = "action.progress";

    public static async Task<ProgressSave> SaveActionProgressAsync(this HankevahtiDb db, int projectId, IReadOnlyList<ActionProgress> records, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // The project's row is locked (PostgreSQL; SQLite's transaction holds the write lock) so two saves of
        // the same action and period are made one after the other: the second replaces the first, never fails
        // on the unique key, and the plan read below is the one the records are checked against.
        if (!await VersionApprovals.LockProjectAsync(db, projectId, ct) || await FollowedPlan.LoadAsync(db, projectId, ct) is not { } followed)
        {
            await tx.RollbackAsync(ct);
            return ProgressSave.NotFound;
        }
        var actionIds = PlannedActions.Of(followed.Plan).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var problems = ProgressRules.Check(records, actionIds, followed.Periods);
        if (problems.Count > 0)
        {
            await tx.RollbackAsync(ct);
            return new ProgressSave(ProgressSaveOutcome.Invalid, problems, 0);
        }
        var periods = records.Select(r => followed.Code(r.PeriodCode)).Distinct().ToList();
        var stored = await db.ActionProgress.Where(a => a.ProjectId == projectId && periods.Contains(a.PeriodCode)).ToListAsync(ct);
        var now = SqlValues.Now();
        var events = new List<AuditEvent>();
        foreach (var record in records)
        {
            var period = followed.Code(record.PeriodCode);
            var status = FollowUpNames.Action(record.Status);
            var note = FollowedPlan.Note(record.Note);
            var row = stored.FirstOrDefault(a => a.ActionId == record.ActionId && a.PeriodCode == period);
            var before = row is null ? null : Describe(row.Status, row.PercentDone, row.Note);
            var after = Describe(status, record.PercentDone, note);
            if (before == after)
            {
                continue;
            }
            if (row is null)
            {
                row = new ActionProgressRow { ProjectId = projectId, ActionId = record.ActionId, PeriodCode = period };
                db.ActionProgress.Add(row);
                stored.Add(row);
            }
            row.Status = status;
            row.PercentDone = record.PercentDone;
            row.Note = note;
            row.UpdatedBy = db.Actor.UserName;
            row.UpdatedAt = now;
            events.Add(new AuditEvent(AuditAction, ProjectId: projectId, Item: $"{record.ActionId} {period}", Before: before, After: after));
        }
        await db.SaveChangesAsync(ct);
        foreach (var e in events)
        {
            await AuditLog.AppendAsync(db, e, ct);
        }
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new ProgressSave(ProgressSaveOutcome.Saved, [], events.Count);
    }

    /// <summary>"in_progress 40%: the note", as the audit log shows a record.</summary>
    public static string Describe(string status, int? percent, string? note) =>
        status + (percent is { } p ? " " + p.ToString(CultureInfo.InvariantCulture) + "%" : "") + (note is null ? "" : ": " + note);
}
