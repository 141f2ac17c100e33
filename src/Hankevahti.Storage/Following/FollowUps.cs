using Hankevahti.Following;
using Hankevahti.People;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Following;

/// <summary>Reads what is recorded about a running project into the core's <see cref="FollowUp"/>.</summary>
public static class FollowUps
{
    public static async Task<FollowUp> LoadAsync(HankevahtiDb db, int projectId, CancellationToken ct = default)
    {
        var values = await db.IndicatorValues.AsNoTracking().Where(v => v.ProjectId == projectId)
            .OrderBy(v => v.IndicatorId).ThenBy(v => v.PeriodCode).ThenBy(v => v.Organisation).ToListAsync(ct);
        var costs = await CostsAsync(db, projectId, ct);
        var forecasts = await db.CostForecasts.AsNoTracking().Where(f => f.ProjectId == projectId).ToListAsync(ct);
        var transfers = await db.BudgetTransfers.AsNoTracking().Where(t => t.ProjectId == projectId).OrderBy(t => t.Id).ToListAsync(ct);
        var actions = await db.ActionProgress.AsNoTracking().Where(a => a.ProjectId == projectId)
            .OrderBy(a => a.ActionId).ThenBy(a => a.PeriodCode).ToListAsync(ct);
        var risks = await db.RiskAssessments.AsNoTracking().Where(r => r.ProjectId == projectId)
            .OrderBy(r => r.RiskId).ThenBy(r => r.PeriodCode).ToListAsync(ct);
        return new FollowUp(
            values.Select(v => new MeasuredValue(v.IndicatorId, v.PeriodCode, v.Organisation, v.NumberValue, v.YesNo, v.Comment,
                VersionStatuses.Parse(v.Status), v.StatusReason)).ToList(),
            costs,
            forecasts.Select(f => new CostForecast(Part(f.PartCode), Category(f.Category), f.Amount, f.Note)).ToList(),
            transfers.Select(t => new RecordedTransfer(t.FromPart, t.ToPart, FollowUpNames.ParseCategory(t.FromCategory),
                FollowUpNames.ParseCategory(t.ToCategory), t.Amount, t.Reason, VersionStatuses.Parse(t.Status))).ToList(),
            actions.Select(a => new ActionProgress(a.ActionId, a.PeriodCode, FollowUpNames.ParseAction(a.Status) ?? ActionStatus.NotStarted,
                a.PercentDone, a.Note)).ToList(),
            risks.Select(r => new RiskAssessment(r.RiskId, r.PeriodCode, r.Likelihood, r.Impact, r.Note)).ToList());
    }

    /// <summary>
    /// The ledger's rows and the grid's entries summed per organisation × work part × category × month, by the
    /// database (a ledger may have a hundred thousand rows; they are not read one by one).
    /// </summary>
    public static async Task<IReadOnlyList<CostAmount>> CostsAsync(HankevahtiDb db, int projectId, CancellationToken ct = default)
    {
        var ledger = await db.ActualCosts.AsNoTracking().Where(c => c.ProjectId == projectId)
            .GroupBy(c => new { c.Organisation, c.PartCode, c.Category, c.BookedOn.Year, c.BookedOn.Month })
            .Select(g => new { g.Key.Organisation, g.Key.PartCode, g.Key.Category, g.Key.Year, g.Key.Month, Amount = g.Sum(c => c.Amount) })
            .ToListAsync(ct);
        var entries = await db.CostEntries.AsNoTracking().Where(c => c.ProjectId == projectId).ToListAsync(ct);
        var all = ledger.Select(c => (c.Organisation, Part: Part(c.PartCode), Category: Category(c.Category), Month: new DateOnly(c.Year, c.Month, 1), c.Amount))
            .Concat(entries.Select(e => (e.Organisation, Part: Part(e.PartCode), Category: Category(e.Category), Month: MonthOf(e.Month), e.Amount)));
        return all.GroupBy(c => (c.Organisation, c.Part, c.Category, c.Month))
            .Select(g => new CostAmount(g.Key.Organisation, g.Key.Part, g.Key.Category, g.Key.Month, g.Sum(c => c.Amount)))
            .OrderBy(c => c.Month).ThenBy(c => c.Organisation, StringComparer.Ordinal).ThenBy(c => c.PartCode, StringComparer.Ordinal)
            .ThenBy(c => c.Category).ToList();
    }

    private static string? Part(string? code) => string.IsNullOrEmpty(code) ? null : code;

    // A category name the code does not know (written by a later version) counts as Other rather than being lost.
    private static CostCategory Category(string name) => FollowUpNames.ParseCategory(name) ?? CostCategory.Other;

    private static DateOnly MonthOf(string month) =>
        DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", out var day) ? day : DateOnly.MinValue;
}
