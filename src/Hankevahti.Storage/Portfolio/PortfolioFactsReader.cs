using Hankevahti.Following;
using Hankevahti.People;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Storage.Projects;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Portfolio;

/// <summary>One project's planned budget and actual spend of one organisation (null: the plan names none) and year (null: no year).</summary>
internal sealed record MoneySlice(string? Organisation, int? Year, decimal Budget, decimal Actual);

internal sealed record ReportState(string Period, VersionStatus? Status);

/// <summary>What the database answers for the projects in scope, keyed by project id.</summary>
internal sealed record PortfolioFacts(
    IReadOnlyList<PortfolioProject> Projects,
    IReadOnlyDictionary<int, List<MoneySlice>> Money,
    IReadOnlyDictionary<int, (decimal? Grant, decimal? Own)> Funding,
    IReadOnlyDictionary<int, decimal> Forecasts,
    IReadOnlyDictionary<int, int> Pending,
    IReadOnlyDictionary<int, List<ReportState>> StatusReports,
    IReadOnlyDictionary<int, List<string>> Organisations,
    IReadOnlyDictionary<int, PlanFacts> Plans,
    IReadOnlyDictionary<int, List<MeasuredValue>> Values,
    IReadOnlyDictionary<int, List<ActionProgress>> Actions,
    IReadOnlyDictionary<int, List<RiskAssessment>> Risks,
    IReadOnlyDictionary<int, HashSet<string>> Dismissed)
{
    /// <summary>The programmes' due dates set by their funders (reporting_terms), applied when reports are counted overdue.</summary>
    public ReportingTermSet Terms { get; init; } = ReportingTermSet.None;
}

/// <summary>
/// Reads the portfolio's facts with one query per table, each restricted to the projects in scope by a subquery
/// (never a list of ids, which would grow with the portfolio) and summed by the database where it is money; the
/// ledger from its sums (<see cref="LedgerSums"/>) and the rows added since they were last caught up.
/// </summary>
internal static class PortfolioFactsReader
{
    private const string Planned = "planned";

    public static async Task<PortfolioFacts> ReadAsync(HankevahtiDb db, IQueryable<ProjectRow> scope, CancellationToken ct)
    {
        var projects = (await scope.AsNoTracking()
                .Select(p => new { p.Id, p.Name, p.Programme, p.ProgrammeKey, p.Regions, p.PeriodStart, p.PeriodEnd })
                .ToListAsync(ct))
            .Select(p => new PortfolioProject(p.Id, p.Name, ProgrammeCatalogue.Of(p.ProgrammeKey, p.Programme), ProjectRow.SplitRegions(p.Regions), p.PeriodStart, p.PeriodEnd))
            .OrderBy(p => p.Id)
            .ToList();

        var inScope = scope.Select(p => p.Id);
        // A query table's rows of each project's newest version are matched by a scalar subquery per row, which the
        // (project_id, number) index answers: matching them against a grouped list of the newest versions made
        // SQLite group plan_versions again for every row (seconds at 1 000 projects, hours at 10 000).
        var latest = db.PlanVersions.AsNoTracking().Where(v => inScope.Contains(v.ProjectId))
            .GroupBy(v => v.ProjectId).Select(g => new { ProjectId = g.Key, Number = g.Max(v => v.Number) });

        var budget = await db.PlanBudgetLines.AsNoTracking()
            .Where(l => l.Kind == Planned && inScope.Contains(l.ProjectId) && l.VersionNumber == db.PlanVersions.Where(v => v.ProjectId == l.ProjectId).Max(v => v.Number))
            .GroupBy(l => new { l.ProjectId, l.Organisation, l.Year })
            .Select(g => new { g.Key.ProjectId, g.Key.Organisation, g.Key.Year, Amount = g.Sum(l => l.Amount) })
            .ToListAsync(ct);
        // The ledger as summed per project × organisation × year up to the watermark (LedgerSums), and the rows above it.
        var through = await db.ActualCostSumsThrough.AsNoTracking().Where(t => t.Id == 1).Select(t => t.ThroughId).FirstOrDefaultAsync(ct);
        var kept = await db.ActualCostSums.AsNoTracking().Where(c => inScope.Contains(c.ProjectId))
            .Select(c => new { c.ProjectId, c.Organisation, c.Year, c.Amount })
            .ToListAsync(ct);
        // The rows above the watermark (few: LedgerSums folds them in once they are many) by id alone, summed and
        // narrowed to the scope here: with the scope's subquery or a GROUP BY in SQL, SQLite chose the ledger's unique
        // index and read every ledger row instead of the few above the mark.
        var ids = projects.Select(p => p.Id).ToHashSet();
        var since = (await db.ActualCosts.AsNoTracking().Where(c => c.Id > through)
                .Select(c => new { c.ProjectId, c.Organisation, c.BookedOn, c.Amount }).ToListAsync(ct))
            .Where(c => ids.Contains(c.ProjectId))
            .GroupBy(c => (c.ProjectId, c.Organisation, c.BookedOn.Year))
            .Select(g => new { g.Key.ProjectId, g.Key.Organisation, g.Key.Year, Amount = g.Sum(c => c.Amount) });
        var ledger = kept.Concat(since);
        var grid = await db.CostEntries.AsNoTracking().Where(c => inScope.Contains(c.ProjectId))
            .GroupBy(c => new { c.ProjectId, c.Organisation, c.Month })
            .Select(g => new { g.Key.ProjectId, g.Key.Organisation, g.Key.Month, Amount = g.Sum(c => c.Amount) })
            .ToListAsync(ct);
        var money = budget.Select(b => (b.ProjectId, Organisation: Name(b.Organisation), b.Year, Budget: b.Amount, Actual: 0m))
            .Concat(ledger.Select(l => (l.ProjectId, Organisation: Name(l.Organisation), Year: (int?)l.Year, Budget: 0m, Actual: l.Amount)))
            .Concat(grid.Select(g => (g.ProjectId, Organisation: Name(g.Organisation), Year: YearOf(g.Month), Budget: 0m, Actual: g.Amount)))
            .GroupBy(m => (m.ProjectId, m.Organisation, m.Year))
            .GroupBy(g => g.Key.ProjectId)
            .ToDictionary(p => p.Key, p => p.Select(g => new MoneySlice(g.Key.Organisation, g.Key.Year, g.Sum(m => m.Budget), g.Sum(m => m.Actual))).ToList());

        var funding = (await db.PlanFunding.AsNoTracking()
                .Where(f => inScope.Contains(f.ProjectId) && f.VersionNumber == db.PlanVersions.Where(v => v.ProjectId == f.ProjectId).Max(v => v.Number))
                .Select(f => new { f.ProjectId, f.GrantAmount, f.OwnFunding })
                .ToListAsync(ct))
            .ToDictionary(f => f.ProjectId, f => (f.GrantAmount, f.OwnFunding));
        var forecasts = (await db.CostForecasts.AsNoTracking().Where(f => inScope.Contains(f.ProjectId))
                .GroupBy(f => f.ProjectId).Select(g => new { g.Key, Amount = g.Sum(f => f.Amount) }).ToListAsync(ct))
            .ToDictionary(f => f.Key, f => f.Amount);
        var submitted = VersionStatuses.Name(VersionStatus.Submitted);
        var pending = (await db.PeriodReports.AsNoTracking().Where(r => inScope.Contains(r.ProjectId) && r.Status == submitted)
                .GroupBy(r => r.ProjectId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(r => r.Key, r => r.Count);
        var statusKind = PeriodReports.KindName(ReportKind.Status);
        var reports = (await db.PeriodReports.AsNoTracking().Where(r => inScope.Contains(r.ProjectId) && r.Kind == statusKind)
                .Select(r => new { r.ProjectId, r.PeriodCode, r.Status }).ToListAsync(ct))
            .GroupBy(r => r.ProjectId)
            .ToDictionary(g => g.Key, g => g.Select(r => new ReportState(r.PeriodCode, Reported(r.Status))).ToList());
        var organisations = (await db.PlanOrganisations.AsNoTracking()
                .Where(o => inScope.Contains(o.ProjectId) && o.VersionNumber == db.PlanVersions.Where(v => v.ProjectId == o.ProjectId).Max(v => v.Number))
                .Select(o => new { o.ProjectId, o.Name }).ToListAsync(ct))
            .GroupBy(o => o.ProjectId).ToDictionary(g => g.Key, g => g.Select(o => o.Name).ToList());

        var plans = await PlansAsync(db, await latest.ToListAsync(ct) is var l ? l.Select(v => (v.ProjectId, v.Number)).ToList() : [], ct);

        var approved = VersionStatuses.Name(VersionStatus.Approved);
        var values = (await db.IndicatorValues.AsNoTracking().Where(v => inScope.Contains(v.ProjectId) && v.Status == approved)
                .Select(v => new { v.ProjectId, v.IndicatorId, v.PeriodCode, v.Organisation, v.NumberValue, v.YesNo }).ToListAsync(ct))
            .GroupBy(v => v.ProjectId)
            .ToDictionary(g => g.Key, g => g.Select(v => new MeasuredValue(v.IndicatorId, v.PeriodCode, v.Organisation, v.NumberValue, v.YesNo, null, VersionStatus.Approved, null)).ToList());
        var actions = (await db.ActionProgress.AsNoTracking().Where(a => inScope.Contains(a.ProjectId))
                .Select(a => new { a.ProjectId, a.ActionId, a.PeriodCode, a.Status, a.PercentDone }).ToListAsync(ct))
            .GroupBy(a => a.ProjectId)
            .ToDictionary(g => g.Key, g => g.Select(a => new ActionProgress(a.ActionId, a.PeriodCode, FollowUpNames.ParseAction(a.Status) ?? ActionStatus.NotStarted, a.PercentDone, null)).ToList());
        var risks = (await db.RiskAssessments.AsNoTracking().Where(r => inScope.Contains(r.ProjectId))
                .Select(r => new { r.ProjectId, r.RiskId, r.PeriodCode, r.Likelihood, r.Impact }).ToListAsync(ct))
            .GroupBy(r => r.ProjectId)
            .ToDictionary(g => g.Key, g => g.Select(r => new RiskAssessment(r.RiskId, r.PeriodCode, r.Likelihood, r.Impact, null)).ToList());
        var dismissed = (await db.FindingDismissals.AsNoTracking().Where(d => inScope.Contains(d.ProjectId))
                .Select(d => new { d.ProjectId, d.FindingKey }).ToListAsync(ct))
            .GroupBy(d => d.ProjectId)
            .ToDictionary(g => g.Key, g => g.Select(d => d.FindingKey).ToHashSet(StringComparer.Ordinal));

        // The due dates are read with the other facts, never kept in PlanFacts: a funder may set them any day.
        var terms = await ReportingTerms.LoadAsync(db, ct);
        return new PortfolioFacts(projects, money, funding, forecasts, pending, reports, organisations, plans, values, actions, risks, dismissed) { Terms = terms };
    }

    // The plan facts of each project's newest version: from the process's cache, reading only the JSON of versions not yet seen.
    private static async Task<Dictionary<int, PlanFacts>> PlansAsync(HankevahtiDb db, List<(int ProjectId, int Number)> latest, CancellationToken ct)
    {
        // Versions never change: only a version not yet seen by this process is read (once; later pages use the cache).
        // The facts are taken as read or kept here, never looked up again: the cache may start over meanwhile.
        var database = db.Database.GetConnectionString() ?? "";
        var facts = new Dictionary<int, PlanFacts>();
        foreach (var (projectId, number) in latest)
        {
            facts[projectId] = PlanFacts.Kept(database, projectId, number)
                ?? PlanFacts.Remember(database, projectId, number, await db.PlanVersions.AsNoTracking()
                    .Where(v => v.ProjectId == projectId && v.Number == number).Select(v => v.PlanJson).SingleAsync(ct));
        }
        return facts;
    }

    // A draft report is not yet a report: its period is open (or overdue) until it is submitted.
    private static VersionStatus? Reported(string status) => VersionStatuses.Parse(status) is var s && s == VersionStatus.Draft ? null : s;

    private static string? Name(string? organisation) => string.IsNullOrWhiteSpace(organisation) ? null : organisation.Trim();

    private static int? YearOf(string month) =>
        month.Length >= 4 && int.TryParse(month.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;
}
