using Hankevahti.Json;
using Hankevahti.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Projects;

/// <summary>Any stored version of a project's plan by its number, for viewing, comparing and restoring old versions.</summary>
public static class StoredVersions
{
    /// <summary>Version <paramref name="number"/> of the project, read from its JSON; null when the project or the version does not exist.</summary>
    public static async Task<StoredPlan?> VersionPlanAsync(this HankevahtiDb db, int projectId, int number, CancellationToken ct = default)
    {
        var version = await db.PlanVersions.AsNoTracking().SingleOrDefaultAsync(v => v.ProjectId == projectId && v.Number == number, ct);
        if (version is null)
        {
            return null;
        }
        var read = PlanJson.Deserialize(version.PlanJson, $"project {projectId} version {number}");
        return new StoredPlan(version, read.Plan, read.Error);
    }
}
