using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hankevahti.Storage.Findings;

/// <summary>Dismissing a finding, restoring it, and reading a project's dismissals.</summary>
public static class FindingDismissals
{
    /// <summary>A reason is a sentence or a short paragraph, not a document.</summary>
    public const int MaxReasonLength = 1000;

    /// <summary>
    /// Dismisses the finding with <paramref name="findingKey"/> in a project. A finding already dismissed
    /// stays as it was (the first reason and date are kept), also when two dismissals arrive at once: the
    /// unique (project_id, finding_key) index turns the second insert into nothing, not into an error.
    /// </summary>
    public static async Task<DismissOutcome> DismissFindingAsync(this HankevahtiDb db, int projectId, string findingKey, string ruleCode, string reason, int versionNumber, string? dismissedBy = null, CancellationToken ct = default)
    {
        if (!await db.Projects.AnyAsync(p => p.Id == projectId, ct))
        {
            return DismissOutcome.NotFound;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var connection = db.Database.GetDbConnection();
        {
            await using var cmd = connection.CreateCommand();
            cmd.Transaction = tx.GetDbTransaction();
            cmd.CommandText =
                "INSERT INTO finding_dismissals (project_id, finding_key, rule_code, reason, dismissed_by, dismissed_at, version_number) " +
                "VALUES (@p, @k, @c, @r, @by, @at, @v) ON CONFLICT (project_id, finding_key) DO NOTHING";
            SqlValues.Add(cmd, "@p", projectId);
            SqlValues.Add(cmd, "@k", findingKey);
            SqlValues.Add(cmd, "@c", ruleCode);
            SqlValues.Add(cmd, "@r", reason);
            SqlValues.Add(cmd, "@by", (object?)dismissedBy ?? DBNull.Value);
            SqlValues.Add(cmd, "@at", SqlValues.Timestamp(db, SqlValues.Now()));
            SqlValues.Add(cmd, "@v", versionNumber);
            if (await cmd.ExecuteNonQueryAsync(ct) != 1)
            {
                await tx.RollbackAsync(ct);
                return DismissOutcome.AlreadyDismissed;
            }
        }
        await AuditLog.AppendAsync(db, new AuditEvent("finding.dismiss", ProjectId: projectId, VersionNumber: versionNumber, Item: findingKey, After: $"{ruleCode}: {reason}"), ct);
        await tx.CommitAsync(ct);
        return DismissOutcome.Dismissed;
    }

    /// <summary>Makes a dismissed finding open again; true when it was dismissed. Restoring what is not dismissed is no error.</summary>
    public static async Task<bool> RestoreFindingAsync(this HankevahtiDb db, int projectId, string findingKey, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var reason = await db.FindingDismissals.Where(d => d.ProjectId == projectId && d.FindingKey == findingKey).Select(d => d.RuleCode + ": " + d.Reason).FirstOrDefaultAsync(ct);
        if (reason is null || await db.FindingDismissals.Where(d => d.ProjectId == projectId && d.FindingKey == findingKey).ExecuteDeleteAsync(ct) == 0)
        {
            await tx.RollbackAsync(ct);
            return false;
        }
        await AuditLog.AppendAsync(db, new AuditEvent("finding.restore", ProjectId: projectId, Item: findingKey, Before: reason), ct);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>A project's dismissals by finding key (also of findings no longer in the newest version).</summary>
    public static async Task<IReadOnlyDictionary<string, FindingDismissalRow>> DismissalsOfAsync(this HankevahtiDb db, int projectId, CancellationToken ct = default) =>
        await db.FindingDismissals.AsNoTracking().Where(d => d.ProjectId == projectId).ToDictionaryAsync(d => d.FindingKey, StringComparer.Ordinal, ct);
}

/// <summary>What became of a dismissal.</summary>
public enum DismissOutcome { Dismissed, AlreadyDismissed, NotFound }
