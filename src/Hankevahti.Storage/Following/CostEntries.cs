using System.Globalization;
using Hankevahti.Following;
using Hankevahti.Following.Costs;
using Hankevahti.Plans;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Following;

/// <summary>One cell of the costs grid: a work part (null: the project as a whole) and category; a null amount clears the cell.</summary>
public sealed record CostEntryInput(string? PartCode, CostCategory Category, decimal? Amount);

public enum CostSaveOutcome { Saved, NotFound, OutsideOrganisation }

/// <summary>What became of a save: how many cells changed.</summary>
public sealed record CostSave(CostSaveOutcome Outcome, int Changed = 0);

/// <summary>
/// Costs entered by hand in the grid (cost_entries): one organisation's month at a time, per work part × category.
/// A save is one transaction with its audit row, made after the project's row is locked, so saves of the same cell
/// by many clients at once are made one after another: the last writer's amount stands and no save is half made.
/// </summary>
public static class CostEntries
{
    /// <summary>
    /// Saves <paramref name="organisation"/>'s costs of <paramref name="month"/>. <paramref name="ownOrganisation"/> is
    /// the co-implementer's organisation when a co-implementer saves: another organisation's month is then refused,
    /// and the refusal written to the audit log.
    /// </summary>
    public static async Task<CostSave> SaveMonthAsync(HankevahtiDb db, int projectId, string organisation, DateOnly month,
        IReadOnlyList<CostEntryInput> cells, string? ownOrganisation = null, CancellationToken ct = default)
    {
        organisation = organisation.Trim();
        var monthText = MonthText(month);
        if (ownOrganisation is not null && !OrganisationName.Same(ownOrganisation, organisation))
        {
            if (await db.Projects.AnyAsync(p => p.Id == projectId, ct))
            {
                await AuditLog.AppendAsync(db, new AuditEvent("cost.entry", AuditOutcomes.Refused, projectId, Item: $"{organisation} {monthText}",
                    After: $"outside the organisation {ownOrganisation}"), ct);
            }
            return new CostSave(CostSaveOutcome.OutsideOrganisation);
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await VersionApprovals.LockProjectAsync(db, projectId, ct))
        {
            await tx.RollbackAsync(ct);
            return new CostSave(CostSaveOutcome.NotFound);
        }
        var stored = await db.CostEntries.Where(e => e.ProjectId == projectId && e.Organisation == organisation && e.Month == monthText).ToListAsync(ct);
        var now = SqlValues.Now();
        var before = new List<string>();
        var after = new List<string>();
        // The same cell twice in one form (a forged or doubled row): the last one counts, as it would typed in order.
        foreach (var cell in cells.GroupBy(c => (Part: ApprovedBudgetPart(c.PartCode), c.Category)).Select(g => g.Last()))
        {
            var part = ApprovedBudgetPart(cell.PartCode) ?? "";
            var category = FollowUpNames.Category(cell.Category);
            var row = stored.SingleOrDefault(e => e.PartCode == part && e.Category == category);
            if (row?.Amount == cell.Amount || (row is null && cell.Amount is null))
            {
                continue;
            }
            var name = $"{(part == "" ? "-" : part)}/{category}";
            before.Add($"{name} {Money(row?.Amount)}");
            after.Add($"{name} {Money(cell.Amount)}");
            if (cell.Amount is not { } amount)
            {
                db.CostEntries.Remove(row!);
            }
            else if (row is null)
            {
                db.CostEntries.Add(new CostEntryRow
                {
                    ProjectId = projectId, Organisation = organisation, PartCode = part, Category = category, Month = monthText,
                    Amount = amount, UpdatedBy = db.Actor.UserName, UpdatedAt = now,
                });
            }
            else
            {
                row.Amount = amount;
                row.UpdatedBy = db.Actor.UserName;
                row.UpdatedAt = now;
            }
        }
        if (after.Count > 0)
        {
            await db.SaveChangesAsync(ct);
            await AuditLog.AppendAsync(db, new AuditEvent("cost.entry", ProjectId: projectId, Item: $"{organisation} {monthText}",
                Before: string.Join("; ", before), After: string.Join("; ", after)), ct);
        }
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new CostSave(CostSaveOutcome.Saved, after.Count);
    }

    /// <summary>An organisation's entered costs of a month, for the grid.</summary>
    public static async Task<IReadOnlyList<CostEntryInput>> MonthAsync(HankevahtiDb db, int projectId, string organisation, DateOnly month,
        CancellationToken ct = default)
    {
        var monthText = MonthText(month);
        var rows = await db.CostEntries.AsNoTracking()
            .Where(e => e.ProjectId == projectId && e.Organisation == organisation.Trim() && e.Month == monthText).ToListAsync(ct);
        return rows.Select(r => new CostEntryInput(ApprovedBudgetPart(r.PartCode), FollowUpNames.ParseCategory(r.Category) ?? CostCategory.Other, r.Amount))
            .ToList();
    }

    public static string MonthText(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    internal static string Money(decimal? amount) => amount?.ToString("0.00", CultureInfo.InvariantCulture) ?? "–";

    internal static string? ApprovedBudgetPart(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim();
}
