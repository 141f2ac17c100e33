using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Portfolio;

/// <summary>
/// What the portfolio keeps of one project on one day: its money slices, funding, forecast and organisations as read,
/// and its counts (indicators, actions, reports, risks, findings) computed by the plan's rules for that day. The
/// values, progress and assessments the counts came from are not kept: a national portfolio has a million of them.
/// </summary>
internal sealed record PortfolioEntry(
    PortfolioProject Project,
    List<MoneySlice> Money,
    (decimal? Grant, decimal? Own) Funding,
    decimal? Forecast,
    List<string> Organisations,
    ProjectCounts Counts);

internal sealed record ProjectCounts(int OnTrack, int Behind, int Late, int Overdue, int Pending, int HighRisks, int Errors, int Warnings, int Infos);

/// <summary>
/// Every project's entry of one read, in id order, the views already computed from it, and the projects' change
/// counters read before it (<see cref="ProjectChanges"/>): what a later read compares to know which projects to read again.
/// </summary>
internal sealed record PortfolioSnapshot(IReadOnlyList<PortfolioEntry> Entries)
{
    public IReadOnlyDictionary<int, long> Counters { get; init; } = new Dictionary<int, long>();

    // The views computed from this snapshot, by the exact set of projects in scope (compared in full, never by its hash
    // alone: one user's view must never be shown to another), the dimension and the filter. Grouping 10 000 entries and
    // listing the filters' choices was most of a warm page's CPU.
    private const int MaxViews = 256;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(long Hash, PortfolioDimension Dimension, PortfolioFilter Filter), (int[] Ids, PortfolioResult Result)> views = new();

    public PortfolioResult View(int[] ids, PortfolioDimension dimension, PortfolioFilter filter, Func<PortfolioResult> compute)
    {
        var hash = 17L;
        foreach (var id in ids)
        {
            hash = unchecked(hash * 31 + id);
        }
        var key = (hash, dimension, filter);
        if (views.TryGetValue(key, out var kept) && kept.Ids.AsSpan().SequenceEqual(ids))
        {
            return kept.Result;
        }
        var result = compute();
        if (views.Count >= MaxViews)
        {
            views.Clear();
        }
        views[key] = (ids, result);
        return result;
    }

    public static PortfolioSnapshot Of(PortfolioFacts facts, DateOnly today) => new(facts.Projects
        .Select(p => new PortfolioEntry(p, facts.Money.GetValueOrDefault(p.Id) ?? [], facts.Funding.GetValueOrDefault(p.Id),
            facts.Forecasts.TryGetValue(p.Id, out var f) ? f : null, facts.Organisations.GetValueOrDefault(p.Id) ?? [],
            PortfolioQuery.Counts(p.Id, facts, today)))
        .ToList());
}

/// <summary>
/// Keeps the whole database's portfolio snapshot for as long as the database's change stamp
/// (<see cref="DatabaseChanges"/>, taken by the caller before asking) and the day stay the same: every portfolio page
/// of a national portfolio (10 000 projects, a million values, five million ledger rows) would otherwise read and
/// judge all of it on every request. The snapshot holds every project; each request narrows it to the projects its
/// user may see (their ids, read in SQL), so one snapshot serves every user. A commit anywhere moves the stamp and the
/// next page reads afresh, so nothing shown is older than the last commit. Requests that arrive together while a
/// snapshot is being read wait for that one read rather than each starting its own.
/// </summary>
internal static class PortfolioSnapshots
{
    private sealed record Kept(string Stamp, DateOnly Day, Task<PortfolioSnapshot> Snapshot);

    /// <summary>Projects changed since the last read above which everything is read again: one query then beats many small ones.</summary>
    public const int RereadAllFrom = 2_000;

    // Per database (one process may read two); one snapshot each, replaced when the stamp or the day moves on.
    private static readonly Dictionary<string, Kept> ByDatabase = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    public static async Task<PortfolioSnapshot> GetAsync(DatabaseSettings settings, string stamp, DateOnly today)
    {
        Task<PortfolioSnapshot> task;
        lock (Gate)
        {
            if (ByDatabase.TryGetValue(settings.ConnectionString, out var kept) && kept.Stamp == stamp && kept.Day == today && !kept.Snapshot.IsFaulted && !kept.Snapshot.IsCanceled)
            {
                task = kept.Snapshot;
            }
            else
            {
                // Read on a context of its own and without the caller's cancellation: other requests wait for the same read.
                // The day's earlier snapshot, when there is one, is the start: only the projects changed since are read.
                var earlier = kept is not null && kept.Day == today && kept.Snapshot.IsCompletedSuccessfully ? kept.Snapshot.Result : null;
                task = Task.Run(() => ReadAsync(settings, today, earlier));
                ByDatabase[settings.ConnectionString] = new Kept(stamp, today, task);
            }
        }
        return await task;
    }

    /// <summary>Whether the snapshot of this stamp and day is kept and its read has finished.</summary>
    public static bool IsRead(DatabaseSettings settings, string stamp, DateOnly today)
    {
        lock (Gate)
        {
            return ByDatabase.TryGetValue(settings.ConnectionString, out var kept) && kept.Stamp == stamp && kept.Day == today && kept.Snapshot.IsCompletedSuccessfully;
        }
    }

    /// <summary>Ledger rows above the sums' watermark from which a read folds them in first (<see cref="LedgerSums"/>).</summary>
    public const int CatchUpFrom = 10_000;

    private static async Task<PortfolioSnapshot> ReadAsync(DatabaseSettings settings, DateOnly today, PortfolioSnapshot? earlier)
    {
        await using var db = HankevahtiDb.Create(settings);
        await CatchUpAsync(db);
        // The counters first: a project written after them is read now and again next time, never missed.
        var counters = await ProjectChanges.ReadAsync(db, CancellationToken.None);
        if (earlier is not null && ProjectChanges.Changed(earlier.Counters, counters) is { } changed && changed.Count < RereadAllFrom)
        {
            if (changed.Count == 0)
            {
                // A write the portfolio does not read (an account, a member, a reminder sent): the same figures, views and all.
                return earlier;
            }
            var ids = changed.ToList();
            var fresh = PortfolioSnapshot.Of(await PortfolioFactsReader.ReadAsync(db, db.Projects.Where(p => ids.Contains(p.Id)), CancellationToken.None), today);
            var entries = earlier.Entries.Where(e => !changed.Contains(e.Project.Id)).Concat(fresh.Entries).OrderBy(e => e.Project.Id).ToList();
            return new PortfolioSnapshot(entries) { Counters = counters };
        }
        return PortfolioSnapshot.Of(await PortfolioFactsReader.ReadAsync(db, db.Projects, CancellationToken.None), today) with { Counters = counters };
    }

    // Imports add ledger rows above the watermark, which every read sums again until they are folded into the sums:
    // once they are many, this read folds them in (one short write). A read that cannot (the database is busy) sums them.
    private static async Task CatchUpAsync(HankevahtiDb db)
    {
        try
        {
            var through = await db.ActualCostSumsThrough.AsNoTracking().Where(t => t.Id == 1).Select(t => t.ThroughId).FirstOrDefaultAsync();
            if (await db.ActualCosts.Where(c => c.Id > through).Take(CatchUpFrom).CountAsync() < CatchUpFrom)
            {
                return;
            }
            await db.Database.OpenConnectionAsync();
            var connection = db.Database.GetDbConnection();
            await using var tx = await connection.BeginTransactionAsync();
            await LedgerSums.CatchUpAsync(connection, tx, CancellationToken.None);
            await tx.CommitAsync();
        }
        catch (System.Data.Common.DbException)
        {
        }
    }

    /// <summary>The ids of the projects in a scope, read in SQL.</summary>
    public static async Task<HashSet<int>> IdsAsync(IQueryable<ProjectRow> scope, CancellationToken ct) =>
        (await scope.AsNoTracking().Select(p => p.Id).ToListAsync(ct)).ToHashSet();
}
