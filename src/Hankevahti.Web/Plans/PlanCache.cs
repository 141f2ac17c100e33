using System.Collections.Concurrent;
using Hankevahti.Checks;
using Hankevahti.Json;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Findings;
using Hankevahti.Storage.Projects;
using Hankevahti.Web.Projects;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Plans;

/// <summary>
/// Reads a project's newest plan and its check report, keeping both in memory by stored version. A
/// stored version never changes, so nothing needs invalidating: a save makes a new version, which is
/// read and checked by the request that saved it (<see cref="Remember"/>), or on the first request that
/// shows it when another process saved it ("re-checked after every save"). Reading a large plan and
/// running every rule takes tens of milliseconds.
/// </summary>
/// <remarks>
/// Which version is a project's newest (and the project row, and its list of versions) can change at
/// any time, also from another process such as the CLI. That is kept too, but only together with the
/// database's change stamp (<see cref="DatabaseChanges"/>) taken before it was read: a request whose
/// stamp is the same uses it without a query, any commit anywhere makes the next request read afresh.
/// On the benchmark's whole-plan page the queries were most of the server's work.
/// </remarks>
public sealed class PlanCache(DatabaseChanges changes)
{
    // Enough for every plan a team works on at once; beyond it the cache starts over rather than grows.
    private const int MaxVersions = 256;
    private const int MaxHeads = 1024;

    private sealed record Entry(Hankevahti.Plans.Plan? Plan, string? Error, CheckReport? Report)
    {
        public PlanViews Views { get; } = new();

        /// <summary>Each finding's key (<see cref="FindingKey.ForAll"/>), by reference: two findings may be equal records.</summary>
        public IReadOnlyDictionary<Finding, string> Keys { get; } = LoadedPlan.KeysOf(Report);
    }

    /// <summary>
    /// What a project's pages need to know before the plan: the row (shared by every request that
    /// reads it: never changed), its newest version (VersionId 0 when it has none) and, once asked
    /// for, all its versions; and the project's dismissed findings, which change without a new version.
    /// </summary>
    private sealed record Head(string Stamp, ProjectRow Project, int VersionId, int Number, DateTimeOffset SavedAt, IReadOnlyList<StoredVersion>? Versions,
        IReadOnlyDictionary<string, FindingDismissalRow> Dismissals);

    private readonly ConcurrentDictionary<int, Lazy<Entry>> entries = new();
    private readonly ConcurrentDictionary<int, Head> heads = new();

    /// <summary>The project and its newest version, or null when there is no such project.</summary>
    public async Task<LoadedPlan?> LatestAsync(HankevahtiDb db, int projectId, CancellationToken ct = default)
    {
        var head = await HeadAsync(db, projectId, ct);
        if (head is null)
        {
            return null;
        }
        if (head.VersionId == 0)
        {
            return new LoadedPlan(head.Project, 0, head.SavedAt, null, null, null, Dismissals: head.Dismissals);
        }
        if (!entries.TryGetValue(head.VersionId, out var entry))
        {
            var json = await db.PlanVersions.AsNoTracking().Where(v => v.Id == head.VersionId).Select(v => v.PlanJson).SingleAsync(ct);
            if (entries.Count >= MaxVersions)
            {
                entries.Clear();
            }
            entry = entries.GetOrAdd(head.VersionId, _ => new Lazy<Entry>(() => Read(json, projectId, head.Number)));
        }
        var e = entry.Value;
        return new LoadedPlan(head.Project, head.Number, head.SavedAt, e.Plan, e.Error, e.Report, e.Views, e.Keys, head.Dismissals);
    }

    /// <summary>
    /// Reads and checks a version just saved, so that the checks run in the request that saved it and
    /// not in the first one to show it (for a large plan that was seconds).
    /// </summary>
    public void Remember(PlanVersionRow version)
    {
        if (entries.Count >= MaxVersions)
        {
            entries.Clear();
        }
        var entry = new Lazy<Entry>(() => Read(version.PlanJson, version.ProjectId, version.Number));
        _ = entries.GetOrAdd(version.Id, entry).Value;
    }

    /// <summary>A project's stored versions, newest first (empty when there is no such project).</summary>
    public async Task<IReadOnlyList<StoredVersion>> VersionsAsync(HankevahtiDb db, int projectId, CancellationToken ct = default)
    {
        var stamp = await changes.StampAsync(ct);
        if (stamp is not null && heads.TryGetValue(projectId, out var head) && head.Stamp == stamp && head.Versions is { } known)
        {
            return known;
        }
        var rows = await db.PlanVersions.AsNoTracking()
            .Where(v => v.ProjectId == projectId)
            .OrderByDescending(v => v.Number)
            .Select(v => new { v.Number, v.SavedAt, v.Origin, v.Note, v.Status, v.StatusReason, v.StatusBy, v.StatusAt })
            .ToListAsync(ct);
        var versions = rows.Select(v => new StoredVersion(v.Number, v.SavedAt, v.Origin, v.Note,
            Hankevahti.People.VersionStatuses.Parse(v.Status), v.StatusReason, v.StatusBy, v.StatusAt)).ToList();
        if (stamp is not null && heads.TryGetValue(projectId, out var current) && current.Stamp == stamp)
        {
            heads.TryUpdate(projectId, current with { Versions = versions }, current);
        }
        return versions;
    }

    private async Task<Head?> HeadAsync(HankevahtiDb db, int projectId, CancellationToken ct)
    {
        // The stamp is taken before the reads: a commit that lands while they run changes the next stamp,
        // so what they read is never kept past it.
        var stamp = await changes.StampAsync(ct);
        if (stamp is not null && heads.TryGetValue(projectId, out var known) && known.Stamp == stamp)
        {
            return known;
        }
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == projectId, ct);
        if (project is null)
        {
            heads.TryRemove(projectId, out _);
            return null;
        }
        var latest = await db.PlanVersions.AsNoTracking()
            .Where(v => v.ProjectId == projectId)
            .OrderByDescending(v => v.Number)
            .Select(v => new { v.Id, v.Number, v.SavedAt })
            .FirstOrDefaultAsync(ct);
        var dismissals = await db.DismissalsOfAsync(projectId, ct);
        var head = latest is null
            ? new Head(stamp ?? "", project, 0, 0, project.UpdatedAt, null, dismissals)
            : new Head(stamp ?? "", project, latest.Id, latest.Number, latest.SavedAt, null, dismissals);
        if (stamp is not null)
        {
            if (heads.Count >= MaxHeads)
            {
                heads.Clear();
            }
            heads[projectId] = head;
        }
        return head;
    }

    private static Entry Read(string json, int projectId, int number)
    {
        var read = PlanJson.Deserialize(json, $"project {projectId} version {number}");
        return read.Plan is { } plan ? new Entry(plan, null, PlanChecker.Check(plan)) : new Entry(null, read.Error, null);
    }
}
