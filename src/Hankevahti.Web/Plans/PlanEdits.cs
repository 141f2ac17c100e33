using Hankevahti.Json;
using Hankevahti.People;
using Hankevahti.Storage.Audit;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;

namespace Hankevahti.Web.Plans;

/// <summary>What became of an edit: saved as a new version, or why not.</summary>
public enum EditOutcome { Saved, NotFound, Conflict, Unreadable, OutsideShare }

public sealed record EditResult(EditOutcome Outcome, int Version);

/// <summary>
/// Saves an edit of a plan as its next version. The form carries the version it was made on; if
/// someone saved in between, the edit is refused (<see cref="EditOutcome.Conflict"/>) rather than
/// silently overwriting their change, and the page shows the newer plan with the user's input kept.
/// </summary>
public static class PlanEdits
{
    /// <param name="share">
    /// For a co-implementer, its organisation's share of the plan: an edit that changes anything else is refused
    /// (<see cref="EditOutcome.OutsideShare"/>) and the attempt goes into the audit trail. Null for those who may change the whole plan.
    /// </param>
    public static async Task<EditResult> SaveAsync(HankevahtiDb db, PlanCache cache, int projectId, int baseVersion, Func<Plan, Plan> change, string note, CancellationToken ct = default,
        Func<Plan, OrganisationShare>? share = null)
    {
        var loaded = await cache.LatestAsync(db, projectId, ct);
        if (loaded is null)
        {
            return new EditResult(EditOutcome.NotFound, 0);
        }
        // A quick refusal for the common case; the store refuses the rest (a save that commits meanwhile).
        if (loaded.Version != baseVersion)
        {
            return new EditResult(EditOutcome.Conflict, loaded.Version);
        }
        if (loaded.Plan is null)
        {
            return new EditResult(EditOutcome.Unreadable, loaded.Version);
        }
        // The cached plan is shared by every request: change() must return a new plan (records' `with`,
        // new lists), never mutate the one it is given. A round trip through JSON gives it a private copy.
        var copy = Hankevahti.Versions.PlanIds.Copy(loaded.Plan);
        var changed = change(copy);
        if (share?.Invoke(loaded.Plan) is { } own && !own.Allows(loaded.Plan, changed))
        {
            await AuditLog.AppendAsync(db, new AuditEvent("plan.edit", AuditOutcomes.Refused, projectId, baseVersion, Item: note,
                After: $"outside the share of {own.Organisation}"), ct);
            return new EditResult(EditOutcome.OutsideShare, loaded.Version);
        }
        // The version is stored on the base it was made on, or not at all: see AddVersionOnAsync.
        var saved = await db.AddVersionOnAsync(projectId, baseVersion, changed, origin: "edit", note: note, ct);
        switch (saved.Outcome)
        {
            case VersionSaveOutcome.Saved:
                // Checked now, by the one who saved, not by whoever reads the version first.
                cache.Remember(saved.Version!);
                return new EditResult(EditOutcome.Saved, saved.Version!.Number);
            case VersionSaveOutcome.NotFound:
                return new EditResult(EditOutcome.NotFound, 0);
            default:
                return new EditResult(EditOutcome.Conflict, saved.Latest);
        }
    }
}
