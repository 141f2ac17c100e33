using Hankevahti.Following;
using Hankevahti.Following.Ledger;
using Hankevahti.Plans;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hankevahti.Storage.Following;

/// <summary>
/// An organisation's saved mapping of its ledger (cost_mappings): account ranges to cost categories and cost
/// centres (or project codes) to work parts. Mapping a cost centre also moves the organisation's rows already
/// stored with it to the part, in the same transaction, so a cost centre mapped after the import counts there.
/// </summary>
public static class CostMappings
{
    public const string AuditAction = "costs.mapping";

    /// <summary>The organisation's saved mapping over the default chart of accounts.</summary>
    public static async Task<LedgerMapping> MappingAsync(HankevahtiDb db, int projectId, string organisation, CancellationToken ct = default)
    {
        var rows = await ListAsync(db, projectId, organisation, ct);
        var ranges = new List<AccountRange>();
        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            if (row.Kind == MappingFile.Account && FollowUpNames.ParseCategory(row.Target) is { } category && AccountRange.Parse(row.SourceValue, category) is { } range)
            {
                ranges.Add(range);
            }
            else if (row.Kind == MappingFile.CostCentre)
            {
                parts[row.SourceValue] = row.Target;
            }
        }
        return new LedgerMapping(ranges, parts);
    }

    public static Task<List<CostMappingRow>> ListAsync(HankevahtiDb db, int projectId, string organisation, CancellationToken ct = default) =>
        db.CostMappings.AsNoTracking().Where(m => m.ProjectId == projectId && m.Organisation == organisation)
            .OrderBy(m => m.Kind).ThenBy(m => m.SourceValue).ToListAsync(ct);

    /// <summary>Saves a cost centre → work part mapping (part null or empty: removes it) and moves the stored rows.</summary>
    public static Task<int> SaveCostCentreAsync(HankevahtiDb db, int projectId, string organisation, string costCentre, string? partCode, CancellationToken ct = default) =>
        SaveAsync(db, projectId, organisation, MappingFile.CostCentre, costCentre.Trim(), string.IsNullOrWhiteSpace(partCode) ? null : partCode.Trim(), ct);

    /// <summary>Saves an account range → category mapping (applies to later imports; stored rows keep their category).</summary>
    public static Task<int> SaveAccountsAsync(HankevahtiDb db, int projectId, string organisation, AccountRange range, CancellationToken ct = default) =>
        SaveAsync(db, projectId, organisation, MappingFile.Account, range.ToString(), FollowUpNames.Category(range.Category), ct);

    /// <summary>Upserts (or with a null target deletes) one mapping; returns how many stored rows moved to the part.</summary>
    private static async Task<int> SaveAsync(HankevahtiDb db, int projectId, string organisation, string kind, string source, string? target, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var existing = await db.CostMappings.SingleOrDefaultAsync(m => m.ProjectId == projectId && m.Organisation == organisation && m.Kind == kind && m.SourceValue == source, ct);
            var before = existing?.Target;
            if (target is null)
            {
                if (existing is not null)
                {
                    db.CostMappings.Remove(existing);
                }
            }
            else if (existing is null)
            {
                db.CostMappings.Add(new CostMappingRow
                {
                    ProjectId = projectId, Organisation = organisation, Kind = kind, SourceValue = source, Target = target,
                    UpdatedBy = db.Actor.UserName, UpdatedAt = SqlValues.Now(),
                });
            }
            else
            {
                existing.Target = target;
                existing.UpdatedBy = db.Actor.UserName;
                existing.UpdatedAt = SqlValues.Now();
            }
            await db.SaveChangesAsync(ct);
            var moved = 0;
            if (kind == MappingFile.CostCentre)
            {
                moved = await db.ActualCosts.Where(c => c.ProjectId == projectId && c.Organisation == organisation && c.CostCentre == source)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.PartCode, target), ct);
            }
            await AuditLog.AppendAsync(db, new AuditEvent(AuditAction, AuditOutcomes.Done, projectId, Item: $"{organisation}: {kind} {source}",
                Before: before, After: target), ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
            return moved;
        });
    }
}
