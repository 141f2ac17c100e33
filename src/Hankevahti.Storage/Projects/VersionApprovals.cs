using System.Text.Json;
using Hankevahti.Plans;
using Hankevahti.People;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hankevahti.Storage.Projects;

/// <summary>
/// Moving a stored version through the funder's approval (docs/approval.md): the project manager submits the
/// newest version, a funder official approves or returns it. Only the version's status columns change; its
/// plan never does, so an approved version stays exactly what was approved and any later edit is a new draft.
/// </summary>
public static class VersionApprovals
{
    /// <summary>
    /// Moves version <paramref name="number"/> of a project to <paramref name="to"/>, with the audit entry, in one
    /// transaction. The project's row is locked first (PostgreSQL; SQLite's transaction holds the write lock from
    /// its start), so two decisions at once are made one after another and the second sees the first's outcome.
    /// </summary>
    public static async Task<VersionMove> MoveVersionAsync(this HankevahtiDb db, int projectId, int number, VersionStatus to, string? reason, CancellationToken ct = default)
    {
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await LockProjectAsync(db, projectId, ct))
        {
            await tx.RollbackAsync(ct);
            return new VersionMove(VersionMoveOutcome.NotFound, VersionStatus.Draft);
        }
        var versions = await db.PlanVersions.AsNoTracking().Where(v => v.ProjectId == projectId)
            .Select(v => new { v.Number, v.Status }).ToListAsync(ct);
        var version = versions.SingleOrDefault(v => v.Number == number);
        if (version is null)
        {
            await tx.RollbackAsync(ct);
            return new VersionMove(VersionMoveOutcome.NotFound, VersionStatus.Draft);
        }
        var from = VersionStatuses.Parse(version.Status);
        var refusal = Refusal(from, to, number, versions.Max(v => v.Number),
            versions.Where(v => v.Number != number && VersionStatuses.Parse(v.Status) == VersionStatus.Submitted).Select(v => (int?)v.Number).FirstOrDefault(),
            reason);
        if (refusal is not null)
        {
            await tx.RollbackAsync(ct);
            return refusal;
        }
        // The WHERE names the statuses the move may start from: a move that another transaction already made
        // (were the lock ever missing) changes no row, and is refused rather than made twice.
        var allowedFrom = Enum.GetValues<VersionStatus>().Where(s => VersionStatuses.CanMove(s, to)).Select(VersionStatuses.Name).ToList();
        var now = SqlValues.Now();
        var connection = db.Database.GetDbConnection();
        await using (var update = connection.CreateCommand())
        {
            update.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            var names = allowedFrom.Select((_, i) => $"@f{i}").ToList();
            update.CommandText = "UPDATE plan_versions SET status = @to, status_reason = @r, status_by = @by, status_at = @at " +
                $"WHERE project_id = @p AND number = @n AND status IN ({string.Join(", ", names)})";
            SqlValues.Add(update, "@to", VersionStatuses.Name(to));
            // A reason belongs to a return; a later move clears it, so the page never shows an old reason as current.
            SqlValues.Add(update, "@r", to == VersionStatus.Returned ? reason! : DBNull.Value);
            SqlValues.Add(update, "@by", (object?)db.Actor.UserName ?? DBNull.Value);
            SqlValues.Add(update, "@at", SqlValues.Timestamp(db, now));
            SqlValues.Add(update, "@p", projectId);
            SqlValues.Add(update, "@n", number);
            for (var i = 0; i < allowedFrom.Count; i++)
            {
                SqlValues.Add(update, names[i], allowedFrom[i]);
            }
            if (await update.ExecuteNonQueryAsync(ct) != 1)
            {
                await tx.RollbackAsync(ct);
                return new VersionMove(VersionMoveOutcome.NotAllowed, from);
            }
        }
        await UpdateProjectStatusAsync(db, projectId, now, ct);
        await AuditLog.AppendAsync(db, new AuditEvent(ActionOf(to), ProjectId: projectId, VersionNumber: number,
            Before: VersionStatuses.Name(from), After: reason is not null && to == VersionStatus.Returned ? $"{VersionStatuses.Name(to)}: {reason}" : VersionStatuses.Name(to)), ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new VersionMove(VersionMoveOutcome.Moved, to);
    }

    /// <summary>The audit action of a move: "version.submit", "version.approve", "version.return".</summary>
    public static string ActionOf(VersionStatus to) => to switch
    {
        VersionStatus.Submitted => "version.submit",
        VersionStatus.Approved => "version.approve",
        VersionStatus.Returned => "version.return",
        _ => "version.draft",
    };

    /// <summary>
    /// Why a move is refused, or null when it may be made. The rules beyond <see cref="VersionStatuses.CanMove"/>:
    /// only the newest version is submitted (an older one would ask the funder to approve what the plan no longer
    /// is), one version waits for a decision at a time, and a return says why.
    /// </summary>
    public static VersionMove? Refusal(VersionStatus from, VersionStatus to, int number, int newest, int? otherWaiting, string? reason)
    {
        if (!VersionStatuses.CanMove(from, to))
        {
            return new VersionMove(VersionMoveOutcome.NotAllowed, from);
        }
        if (to == VersionStatus.Submitted && number != newest)
        {
            return new VersionMove(VersionMoveOutcome.NotNewest, from, Newest: newest);
        }
        if (to == VersionStatus.Submitted && otherWaiting is { } waiting)
        {
            return new VersionMove(VersionMoveOutcome.AnotherWaiting, from, Waiting: waiting);
        }
        if (to == VersionStatus.Returned && string.IsNullOrWhiteSpace(reason))
        {
            return new VersionMove(VersionMoveOutcome.ReasonMissing, from);
        }
        return null;
    }

    /// <summary>The number of the project's latest approved version, or null when none is approved.</summary>
    public static Task<int?> ApprovedVersionAsync(this HankevahtiDb db, int projectId, CancellationToken ct = default) =>
        db.PlanVersions.AsNoTracking()
            .Where(v => v.ProjectId == projectId && v.Status == "approved")
            .MaxAsync(v => (int?)v.Number, ct);

    /// <summary>
    /// The project's status as the projects table shows it: the plan's own status, except that the approval of its
    /// versions says whether it is submitted or approved. A plan that says running, closed or cancelled says more
    /// than the approval does and is kept; an approved version makes the project approved, a version waiting for a
    /// decision (with none approved yet) submitted. Without either the plan's own word stands, also "approved" or
    /// "submitted" in a plan imported from a document written before the project was in Hankevahti.
    /// </summary>
    public static ProjectStatus ProjectStatusOf(ProjectStatus planStatus, IEnumerable<string> versionStatuses)
    {
        if (planStatus is ProjectStatus.Running or ProjectStatus.Closed or ProjectStatus.Cancelled)
        {
            return planStatus;
        }
        var statuses = versionStatuses.Select(VersionStatuses.Parse).ToHashSet();
        if (statuses.Contains(VersionStatus.Approved))
        {
            return ProjectStatus.Approved;
        }
        if (statuses.Contains(VersionStatus.Submitted))
        {
            return ProjectStatus.Submitted;
        }
        return planStatus;
    }

    /// <summary>The statuses of a project's versions, for <see cref="ProjectStatusOf"/>.</summary>
    internal static Task<List<string>> VersionStatusesAsync(HankevahtiDb db, int projectId, CancellationToken ct) =>
        db.PlanVersions.AsNoTracking().Where(v => v.ProjectId == projectId).Select(v => v.Status).Distinct().ToListAsync(ct);

    /// <summary>
    /// Locks the project's row for the rest of the transaction on PostgreSQL; false when there is no such project.
    /// On SQLite the transaction already holds the database's write lock.
    /// </summary>
    internal static async Task<bool> LockProjectAsync(HankevahtiDb db, int projectId, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        cmd.CommandText = db.Database.IsNpgsql() ? "SELECT id FROM projects WHERE id = @p FOR UPDATE" : "SELECT id FROM projects WHERE id = @p";
        SqlValues.Add(cmd, "@p", projectId);
        var found = await cmd.ExecuteScalarAsync(ct);
        return found is not null and not DBNull;
    }

    private static async Task UpdateProjectStatusAsync(HankevahtiDb db, int projectId, DateTimeOffset now, CancellationToken ct)
    {
        var latestJson = await db.PlanVersions.AsNoTracking().Where(v => v.ProjectId == projectId)
            .OrderByDescending(v => v.Number).Select(v => v.PlanJson).FirstAsync(ct);
        var status = ProjectStatusOf(PlanStatusOf(latestJson), await VersionStatusesAsync(db, projectId, ct));
        var project = await db.Projects.SingleAsync(p => p.Id == projectId, ct);
        project.Status = ProjectPlans.StatusName(status);
        project.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
    }

    // Only the one field is needed: reading the whole plan of a large project for it would take tens of milliseconds.
    private static ProjectStatus PlanStatusOf(string planJson)
    {
        try
        {
            using var document = JsonDocument.Parse(planJson);
            return document.RootElement.TryGetProperty("project", out var project) && project.ValueKind == JsonValueKind.Object
                && project.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.String
                && ProjectPlans.ParseStatus(status.GetString()) is { } parsed
                ? parsed
                : ProjectStatus.Draft;
        }
        catch (JsonException)
        {
            return ProjectStatus.Draft;
        }
    }
}

/// <summary>What became of a move of a version's status.</summary>
public enum VersionMoveOutcome
{
    Moved,
    NotFound,
    /// <summary>The version's status does not allow the move (<see cref="VersionMove.Current"/> says what it is).</summary>
    NotAllowed,
    /// <summary>A submit of a version that is not the project's newest (<see cref="VersionMove.Newest"/>).</summary>
    NotNewest,
    /// <summary>A submit while another version waits for a decision (<see cref="VersionMove.Waiting"/>).</summary>
    AnotherWaiting,
    /// <summary>A return without a reason.</summary>
    ReasonMissing,
}

/// <summary>The outcome of <see cref="VersionApprovals.MoveVersionAsync"/>: the version's status after it (the new one when moved).</summary>
public sealed record VersionMove(VersionMoveOutcome Outcome, VersionStatus Current, int? Newest = null, int? Waiting = null);
