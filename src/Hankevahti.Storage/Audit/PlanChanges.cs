using Hankevahti.Json;
using Hankevahti.Plans;
using Hankevahti.Versions.Diff;

namespace Hankevahti.Storage.Audit;

/// <summary>What a saved version changed, for its audit entry: the items changed (by id) and the diff as JSON, before and after in one.</summary>
internal static class PlanChanges
{
    // An entry names at most this many items; the diff beside it has them all.
    private const int MaxItems = 200;

    /// <param name="origin">How the version came to be ("edit", "import", "restore"): the action is "plan.ORIGIN".</param>
    public static AuditEvent Saved(string origin, int projectId, int number, string? previousJson, Plan plan)
    {
        var action = "plan." + origin;
        var previous = previousJson is null ? null : PlanJson.Deserialize(previousJson).Plan;
        if (previous is null)
        {
            return new AuditEvent(action, ProjectId: projectId, VersionNumber: number);
        }
        var diff = PlanDiff.Compare(previous, plan);
        var items = diff.Parts
            .SelectMany(p => p.Added.Select(a => a.Id).Concat(p.Removed.Select(r => r.Id)).Concat(p.Changed.Select(c => c.Id)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var item = items.Count == 0 ? null : string.Join(",", items.Take(MaxItems)) + (items.Count > MaxItems ? $",… ({items.Count})" : "");
        return new AuditEvent(action, ProjectId: projectId, VersionNumber: number, Item: item,
            After: DiffJson.Serialize(diff, projectId, number - 1, number));
    }
}
