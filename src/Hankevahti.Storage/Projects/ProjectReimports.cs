using Hankevahti.Json;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Versions.Merge;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Projects;

/// <summary>
/// A document imported again as the next version of a project: merged with what was saved since the
/// last import (<see cref="PlanMerge"/>), so that corrections made in the web are kept.
/// </summary>
public static class ProjectReimports
{
    /// <summary>
    /// The merge of a new import into a project: base is the plan of the newest version imported from a
    /// document (as the document gave it, before any merge), ours the newest version. Null when there is no
    /// such project or its newest plan cannot be read (then the document simply replaces it).
    /// </summary>
    public static async Task<ReimportMerge?> MergeImportAsync(this HankevahtiDb db, int projectId, Plan imported, CancellationToken ct = default)
    {
        var latest = await db.LatestPlanAsync(projectId, ct);
        if (latest?.Plan is not { } ours)
        {
            return null;
        }
        var imports = await db.PlanVersions.AsNoTracking()
            .Where(v => v.ProjectId == projectId && (v.Origin == "import" || v.Origin.StartsWith("import:")))
            .OrderByDescending(v => v.Number)
            .Select(v => new { v.Number, v.PlanJson, v.ImportPlanJson })
            .FirstOrDefaultAsync(ct);
        Plan? @base = null;
        if (imports is not null)
        {
            @base = PlanJson.Deserialize(imports.ImportPlanJson ?? imports.PlanJson, $"project {projectId} version {imports.Number}").Plan;
        }
        var theirs = PlanMerge.Prepare(@base ?? ours, ours, imported);
        var result = PlanMerge.Merge(@base ?? ours, ours, theirs);
        return new ReimportMerge(projectId, latest.Version.Number, imports?.Number, theirs, result);
    }

    /// <summary>
    /// Saves a decided merge as the version after the one it was merged with; refused
    /// (<see cref="VersionSaveOutcome.Conflict"/>) when another version was saved meanwhile: merge again.
    /// The document's own plan is kept beside a merged one, as the base of the next re-import.
    /// </summary>
    public static Task<VersionSave> SaveMergeAsync(this HankevahtiDb db, ReimportMerge merge, MergeResult decided, string origin, string? note, ImportSource? source, CancellationToken ct = default)
    {
        if (!decided.IsResolved)
        {
            throw new InvalidOperationException("A merge with undecided conflicts cannot be saved; decide them first (PlanMerge.Resolve).");
        }
        var document = PlanJson.Serialize(merge.Imported);
        var merged = PlanJson.Serialize(decided.Plan);
        return db.AddVersionOnAsync(merge.ProjectId, merge.OursVersion, decided.Plan, origin, note, source, ct, merged == document ? null : document);
    }
}

/// <summary>A new import merged with a project's saved plan: the versions it was merged with, the import with the base's ids, and the merge.</summary>
/// <param name="OursVersion">The newest version's number when merged: the save is on it.</param>
/// <param name="BaseVersion">The number of the version imported before, the merge's base; null when none was (then the saved plan is the base).</param>
public sealed record ReimportMerge(int ProjectId, int OursVersion, int? BaseVersion, Plan Imported, MergeResult Result);
