using Hankevahti.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Projects;

/// <summary>One stored version of a project's plan as the version lists show it (without its JSON).</summary>
public sealed record StoredVersion(int Number, DateTimeOffset SavedAt, string Origin, string? Note)
{
    /// <summary>A project's versions, newest first.</summary>
    public static async Task<IReadOnlyList<StoredVersion>> ListAsync(HankevahtiDb db, int projectId, CancellationToken ct = default) =>
        await db.PlanVersions.AsNoTracking()
            .Where(v => v.ProjectId == projectId)
            .OrderByDescending(v => v.Number)
            .Select(v => new StoredVersion(v.Number, v.SavedAt, v.Origin, v.Note))
            .ToListAsync(ct);

    /// <summary>The key of the origin's name in ProjectsText ("Origin.import"); unknown origins are shown as stored.</summary>
    public static readonly IReadOnlyList<string> KnownOrigins = ["demo", "import", "edit", "api"];
}
