using System.Globalization;
using Hankevahti.Following;
using Hankevahti.Following.Actions;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Following;

/// <summary>
/// Saves risks reassessed per period (risk_assessments): likelihood and impact 1–5 and a note, one row per risk
/// and period, replaced when assessed again. All or nothing, checked against the latest plan version's risks and
/// the project's periods, with an audit row per change in the same transaction (as <see cref="ActionProgressStore"/>).
/// </summary>
public static class RiskAssessmentStore
{
    public const string AuditAction = "risk.assess";

    public static async Task<ProgressSave> SaveRiskAssessmentsAsync(this HankevahtiDb db, int projectId, IReadOnlyList<RiskAssessment> records, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await VersionApprovals.LockProjectAsync(db, projectId, ct) || await FollowedPlan.LoadAsync(db, projectId, ct) is not { } followed)
        {
            await tx.RollbackAsync(ct);
            return ProgressSave.NotFound;
        }
        var riskIds = followed.Plan.Risks.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var problems = ProgressRules.Check(records, riskIds, followed.Periods);
        if (problems.Count > 0)
        {
            await tx.RollbackAsync(ct);
            return new ProgressSave(ProgressSaveOutcome.Invalid, problems, 0);
        }
        var periods = records.Select(r => followed.Code(r.PeriodCode)).Distinct().ToList();
        var stored = await db.RiskAssessments.Where(a => a.ProjectId == projectId && periods.Contains(a.PeriodCode)).ToListAsync(ct);
        var now = SqlValues.Now();
        var events = new List<AuditEvent>();
        foreach (var record in records)
        {
            var period = followed.Code(record.PeriodCode);
            var note = FollowedPlan.Note(record.Note);
            var row = stored.FirstOrDefault(a => a.RiskId == record.RiskId && a.PeriodCode == period);
            var before = row is null ? null : Describe(row.Likelihood, row.Impact, row.Note);
            var after = Describe(record.Likelihood, record.Impact, note);
            if (before == after)
            {
                continue;
            }
            if (row is null)
            {
                row = new RiskAssessmentRow { ProjectId = projectId, RiskId = record.RiskId, PeriodCode = period };
                db.RiskAssessments.Add(row);
                stored.Add(row);
            }
            row.Likelihood = record.Likelihood;
            row.Impact = record.Impact;
            row.Note = note;
            row.UpdatedBy = db.Actor.UserName;
            row.UpdatedAt = now;
            events.Add(new AuditEvent(AuditAction, ProjectId: projectId, Item: $"{record.RiskId} {period}", Before: before, After: after));
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

    /// <summary>"3×4=12: the note", as the audit log shows an assessment.</summary>
    public static string Describe(int likelihood, int impact, string? note) =>
        string.Create(CultureInfo.InvariantCulture, $"{likelihood}×{impact}={likelihood * impact}") + (note is null ? "" : ": " + note);
}
