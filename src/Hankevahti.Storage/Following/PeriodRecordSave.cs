using Hankevahti.Following;
using Hankevahti.Following.Actions;
using Hankevahti.Plans;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Following;

/// <summary>
/// How one kind of per-period record is kept: what it says of which plan item, how it is checked and shown in
/// the audit log, and how it is written to its row (<see cref="ActionProgressStore"/>, <see cref="RiskAssessmentStore"/>).
/// </summary>
internal sealed record PeriodRecordKind<TRecord, TRow>(
    string AuditAction,
    Func<HankevahtiDb, DbSet<TRow>> Table,
    Func<Plan, IEnumerable<string>> ItemIds,
    Func<IReadOnlyList<TRecord>, IReadOnlySet<string>, IReadOnlyList<ProjectPeriod>, IReadOnlyList<FieldProblem>> Check,
    Func<TRecord, string> ItemOf,
    Func<TRecord, string> PeriodOf,
    Func<TRecord, string?> NoteOf,
    Func<TRecord, string?, string> DescribeRecord,
    Func<TRow, string> DescribeRow,
    Func<int, string, string, TRow> NewRow,
    Action<TRow, TRecord, string?> Apply)
    where TRow : class, IPeriodRecordRow;

/// <summary>
/// Saves records of plan items per period (one row per item and period, replaced when said again). A save is all
/// or nothing: every record is checked against the latest plan version's items and the project's periods first,
/// and each change writes its audit row in the same transaction.
/// </summary>
internal static class PeriodRecordSave
{
    public static async Task<ProgressSave> SaveAsync<TRecord, TRow>(HankevahtiDb db, int projectId, IReadOnlyList<TRecord> records,
        PeriodRecordKind<TRecord, TRow> kind, CancellationToken ct)
        where TRow : class, IPeriodRecordRow
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // The project's row is locked (PostgreSQL; SQLite's transaction holds the write lock) so two saves of
        // the same item and period are made one after the other: the second replaces the first, never fails
        // on the unique key, and the plan read below is the one the records are checked against.
        if (!await VersionApprovals.LockProjectAsync(db, projectId, ct) || await FollowedPlan.LoadAsync(db, projectId, ct) is not { } followed)
        {
            await tx.RollbackAsync(ct);
            return ProgressSave.NotFound;
        }
        var problems = kind.Check(records, kind.ItemIds(followed.Plan).ToHashSet(StringComparer.Ordinal), followed.Periods);
        if (problems.Count > 0)
        {
            await tx.RollbackAsync(ct);
            return new ProgressSave(ProgressSaveOutcome.Invalid, problems, 0);
        }
        var periods = records.Select(r => followed.Code(kind.PeriodOf(r))).Distinct().ToList();
        var stored = await kind.Table(db).Where(a => a.ProjectId == projectId && periods.Contains(a.PeriodCode)).ToListAsync(ct);
        var now = SqlValues.Now();
        var events = new List<AuditEvent>();
        foreach (var record in records)
        {
            var item = kind.ItemOf(record);
            var period = followed.Code(kind.PeriodOf(record));
            var note = FollowedPlan.Note(kind.NoteOf(record));
            var row = stored.FirstOrDefault(a => a.ItemId == item && a.PeriodCode == period);
            var before = row is null ? null : kind.DescribeRow(row);
            var after = kind.DescribeRecord(record, note);
            if (before == after)
            {
                continue;
            }
            if (row is null)
            {
                row = kind.NewRow(projectId, item, period);
                kind.Table(db).Add(row);
                stored.Add(row);
            }
            kind.Apply(row, record, note);
            row.UpdatedBy = db.Actor.UserName;
            row.UpdatedAt = now;
            events.Add(new AuditEvent(kind.AuditAction, ProjectId: projectId, Item: $"{item} {period}", Before: before, After: after));
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
}
