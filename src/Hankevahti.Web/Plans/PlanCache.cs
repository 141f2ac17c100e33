using System.Collections.Concurrent;
using Hankevahti.Checks;
using Hankevahti.Json;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Plans;

/// <summary>
/// Reads a project's newest plan and its check report, keeping both in memory by stored version. A
/// stored version never changes, so nothing needs invalidating: a save makes a new version, which is
/// read and checked on its first request ("re-checked after every save"). Reading a large plan and
/// running every rule takes tens of milliseconds; a page served from here needs only two small queries.
/// </summary>
public sealed class PlanCache
{
    // Enough for every plan a team works on at once; beyond it the cache starts over rather than grows.
    private const int MaxVersions = 256;

    private sealed record Entry(Hankevahti.Plans.Plan? Plan, string? Error, CheckReport? Report)
    {
        public PlanViews Views { get; } = new();
    }

    private readonly ConcurrentDictionary<int, Lazy<Entry>> entries = new();

    /// <summary>The project and its newest version, or null when there is no such project.</summary>
    public async Task<LoadedPlan?> LatestAsync(HankevahtiDb db, int projectId, CancellationToken ct = default)
    {
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == projectId, ct);
        if (project is null)
        {
            return null;
        }
        var latest = await db.PlanVersions.AsNoTracking()
            .Where(v => v.ProjectId == projectId)
            .OrderByDescending(v => v.Number)
            .Select(v => new { v.Id, v.Number, v.SavedAt })
            .FirstOrDefaultAsync(ct);
        if (latest is null)
        {
            return new LoadedPlan(project, 0, project.UpdatedAt, null, null, null);
        }
        if (!entries.TryGetValue(latest.Id, out var entry))
        {
            var json = await db.PlanVersions.AsNoTracking().Where(v => v.Id == latest.Id).Select(v => v.PlanJson).SingleAsync(ct);
            if (entries.Count >= MaxVersions)
            {
                entries.Clear();
            }
            entry = entries.GetOrAdd(latest.Id, _ => new Lazy<Entry>(() => Read(json, projectId, latest.Number)));
        }
        var e = entry.Value;
        return new LoadedPlan(project, latest.Number, latest.SavedAt, e.Plan, e.Error, e.Report, e.Views);
    }

    private static Entry Read(string json, int projectId, int number)
    {
        var read = PlanJson.Deserialize(json, $"project {projectId} version {number}");
        return read.Plan is { } plan ? new Entry(plan, null, PlanChecker.Check(plan)) : new Entry(null, read.Error, null);
    }
}
