using Hankevahti.Checks.Profiles;
using Hankevahti.Following;
using Hankevahti.Following.Costs;
using Hankevahti.People;
using Hankevahti.Plans;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Following;

/// <summary>A transfer asked for: from a part and/or category to another (a side's missing part or category is the other side's).</summary>
public sealed record TransferRequest(string? FromPart, string? ToPart, CostCategory? FromCategory, CostCategory? ToCategory, decimal Amount, string? Reason);

public enum TransferOutcome { Recorded, NotFound, ReasonMissing, NotPositive, SameCell, NotAllowed }

/// <summary>What became of a request or a decision: the transfer's id and status, and for a request why it needs approval or not.</summary>
public sealed record TransferResult(TransferOutcome Outcome, int? Id = null, VersionStatus? Status = null, TransferDecision? Decision = null);

/// <summary>
/// Budget transfers (budget_transfers): requested with a reason by those who record costs; at or under the programme
/// profile's threshold approved at once, over it (or when the profile sets none) submitted for a funder official to
/// approve or return with a reason. Only approved transfers change the budget costs are followed against.
/// </summary>
public static class BudgetTransfers
{
    /// <summary>
    /// Records a transfer. <paramref name="rules"/> gives the threshold for a plan; by default its programme profile's
    /// (tests and a future per-decision term give their own).
    /// </summary>
    public static async Task<TransferResult> RequestAsync(HankevahtiDb db, int projectId, TransferRequest request,
        Func<Plan, TransferRules?>? rules = null, CancellationToken ct = default)
    {
        var reason = request.Reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            return new TransferResult(TransferOutcome.ReasonMissing);
        }
        if (request.Amount <= 0m)
        {
            return new TransferResult(TransferOutcome.NotPositive);
        }
        var transfer = new RecordedTransfer(CostEntries.ApprovedBudgetPart(request.FromPart), CostEntries.ApprovedBudgetPart(request.ToPart),
            request.FromCategory, request.ToCategory, request.Amount, reason, VersionStatus.Submitted);
        if ((transfer.FromPart ?? transfer.ToPart) == (transfer.ToPart ?? transfer.FromPart)
            && (transfer.FromCategory ?? transfer.ToCategory) == (transfer.ToCategory ?? transfer.FromCategory))
        {
            return new TransferResult(TransferOutcome.SameCell);
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await VersionApprovals.LockProjectAsync(db, projectId, ct) || await db.LatestPlanAsync(projectId, ct) is not { Plan: { } plan })
        {
            await tx.RollbackAsync(ct);
            return new TransferResult(TransferOutcome.NotFound);
        }
        // The source's budget as approved so far, read under the lock: two requests at once are judged one after the other.
        var followUp = FollowUp.Empty with { Transfers = await LoadAsync(db, projectId, ct) };
        var budget = ApprovedBudget.Of(plan, followUp.Transfers);
        var decision = TransferApproval.Decide((rules ?? (p => ProfileCatalog.For(p).Transfers))(plan), request.Amount, ApprovedBudget.SourceBudget(budget.Cells, transfer));
        var status = decision.NeedsApproval ? VersionStatus.Submitted : VersionStatus.Approved;
        var now = SqlValues.Now();
        var row = new BudgetTransferRow
        {
            ProjectId = projectId, FromPart = transfer.FromPart, ToPart = transfer.ToPart,
            FromCategory = request.FromCategory is { } f ? FollowUpNames.Category(f) : null,
            ToCategory = request.ToCategory is { } t ? FollowUpNames.Category(t) : null,
            Amount = request.Amount, Reason = reason, Status = VersionStatuses.Name(status),
            RequestedBy = db.Actor.UserName, RequestedAt = now,
            StatusBy = decision.NeedsApproval ? null : db.Actor.UserName, StatusAt = decision.NeedsApproval ? null : now,
        };
        db.BudgetTransfers.Add(row);
        await db.SaveChangesAsync(ct);
        await AuditLog.AppendAsync(db, new AuditEvent("transfer.request", ProjectId: projectId, Item: $"transfer {row.Id}",
            After: $"{Describe(row)}: {VersionStatuses.Name(status)} ({decision.Reason})"), ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new TransferResult(TransferOutcome.Recorded, row.Id, status, decision);
    }

    /// <summary>
    /// A funder official's decision on a submitted transfer: approve, or return with a reason. The move follows
    /// <see cref="VersionStatuses.CanMove"/>; a transfer already decided (by another official a moment before) is refused.
    /// </summary>
    public static async Task<TransferResult> DecideAsync(HankevahtiDb db, int projectId, int transferId, VersionStatus to, string? reason,
        CancellationToken ct = default)
    {
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (to == VersionStatus.Returned && reason is null)
        {
            return new TransferResult(TransferOutcome.ReasonMissing);
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await VersionApprovals.LockProjectAsync(db, projectId, ct))
        {
            await tx.RollbackAsync(ct);
            return new TransferResult(TransferOutcome.NotFound);
        }
        var row = await db.BudgetTransfers.SingleOrDefaultAsync(t => t.ProjectId == projectId && t.Id == transferId, ct);
        if (row is null)
        {
            await tx.RollbackAsync(ct);
            return new TransferResult(TransferOutcome.NotFound);
        }
        var from = VersionStatuses.Parse(row.Status);
        if (to is not (VersionStatus.Approved or VersionStatus.Returned) || !VersionStatuses.CanMove(from, to))
        {
            await tx.RollbackAsync(ct);
            return new TransferResult(TransferOutcome.NotAllowed, row.Id, from);
        }
        row.Status = VersionStatuses.Name(to);
        row.StatusReason = to == VersionStatus.Returned ? reason : null;
        row.StatusBy = db.Actor.UserName;
        row.StatusAt = SqlValues.Now();
        await db.SaveChangesAsync(ct);
        await AuditLog.AppendAsync(db, new AuditEvent(to == VersionStatus.Approved ? "transfer.approve" : "transfer.return", ProjectId: projectId,
            Item: $"transfer {row.Id}", Before: VersionStatuses.Name(from),
            After: reason is not null && to == VersionStatus.Returned ? $"returned: {reason}" : VersionStatuses.Name(to)), ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new TransferResult(TransferOutcome.Recorded, row.Id, to);
    }

    /// <summary>The project's transfers as stored, oldest first, for the list on the costs page.</summary>
    public static Task<List<BudgetTransferRow>> ListAsync(HankevahtiDb db, int projectId, CancellationToken ct = default) =>
        db.BudgetTransfers.AsNoTracking().Where(t => t.ProjectId == projectId).OrderBy(t => t.Id).ToListAsync(ct);

    private static async Task<IReadOnlyList<RecordedTransfer>> LoadAsync(HankevahtiDb db, int projectId, CancellationToken ct) =>
        (await ListAsync(db, projectId, ct)).Select(t => new RecordedTransfer(t.FromPart, t.ToPart, FollowUpNames.ParseCategory(t.FromCategory),
            FollowUpNames.ParseCategory(t.ToCategory), t.Amount, t.Reason, VersionStatuses.Parse(t.Status))).ToList();

    private static string Describe(BudgetTransferRow t) =>
        $"{t.FromPart ?? "*"}/{t.FromCategory ?? "*"} → {t.ToPart ?? "*"}/{t.ToCategory ?? "*"} {CostEntries.Money(t.Amount)}";
}
