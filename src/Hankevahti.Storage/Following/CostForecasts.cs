using Hankevahti.Following;
using Hankevahti.Plans;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Following;

/// <summary>A forecast to the end for a work part (null: the whole project) and category; a null amount clears it.</summary>
public sealed record CostForecastInput(string? PartCode, CostCategory Category, decimal? Amount, string? Note);

/// <summary>
/// The forecasts of costs to the end (cost_forecasts): the total a part and category is expected to cost by the
/// project's end, actual included. Saved together in one transaction with the audit row, after the project's row is locked.
/// </summary>
public static class CostForecasts
{
    public static async Task<CostSave> SaveAsync(HankevahtiDb db, int projectId, IReadOnlyList<CostForecastInput> forecasts, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await VersionApprovals.LockProjectAsync(db, projectId, ct))
        {
            await tx.RollbackAsync(ct);
            return new CostSave(CostSaveOutcome.NotFound);
        }
        var stored = await db.CostForecasts.Where(f => f.ProjectId == projectId).ToListAsync(ct);
        var now = SqlValues.Now();
        var before = new List<string>();
        var after = new List<string>();
        foreach (var input in forecasts.GroupBy(f => (Part: CostEntries.ApprovedBudgetPart(f.PartCode), f.Category)).Select(g => g.Last()))
        {
            var part = CostEntries.ApprovedBudgetPart(input.PartCode) ?? "";
            var category = FollowUpNames.Category(input.Category);
            var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
            var row = stored.SingleOrDefault(f => f.PartCode == part && f.Category == category);
            if ((row is null && input.Amount is null) || (row is not null && row.Amount == input.Amount && row.Note == note))
            {
                continue;
            }
            var name = $"{(part == "" ? "-" : part)}/{category}";
            before.Add($"{name} {CostEntries.Money(row?.Amount)}");
            after.Add($"{name} {CostEntries.Money(input.Amount)}");
            if (input.Amount is not { } amount)
            {
                db.CostForecasts.Remove(row!);
            }
            else if (row is null)
            {
                db.CostForecasts.Add(new CostForecastRow
                {
                    ProjectId = projectId, PartCode = part, Category = category, Amount = amount, Note = note,
                    UpdatedBy = db.Actor.UserName, UpdatedAt = now,
                });
            }
            else
            {
                row.Amount = amount;
                row.Note = note;
                row.UpdatedBy = db.Actor.UserName;
                row.UpdatedAt = now;
            }
        }
        if (after.Count > 0)
        {
            await db.SaveChangesAsync(ct);
            await AuditLog.AppendAsync(db, new AuditEvent("cost.forecast", ProjectId: projectId,
                Before: string.Join("; ", before), After: string.Join("; ", after)), ct);
        }
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new CostSave(CostSaveOutcome.Saved, after.Count);
    }
}
