using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Versions.Diff;
using Hankevahti.Web.Plans;
using Hankevahti.Web.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Versions;

/// <summary>
/// Two stored versions of a project compared (<see cref="PlanDiff"/>): chosen in a GET form, so that a
/// comparison is a link; without a choice the newest version against the one before it.
/// </summary>
[Authorize(Policy = Policies.ProjectRead)]
public sealed class CompareModel(HankevahtiDb db, PlanCache cache) : PageModel
{
    public Storage.Projects.ProjectRow Project { get; private set; } = null!;

    public IReadOnlyList<StoredVersion> StoredVersions { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? To { get; set; }

    /// <summary>The comparison, or null when a version's plan does not read (<see cref="ReadError"/>).</summary>
    public PlanDiffResult? Diff { get; private set; }

    public string? ReadError { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (project is null)
        {
            return NotFound();
        }
        Project = project;
        StoredVersions = await cache.VersionsAsync(db, id, ct);
        if (StoredVersions.Count == 0)
        {
            return NotFound();
        }
        var latest = StoredVersions[0].Number;
        To ??= latest;
        From ??= Math.Max(1, To.Value - 1);
        var before = await db.VersionPlanAsync(id, From.Value, ct);
        var after = await db.VersionPlanAsync(id, To.Value, ct);
        if (before is null || after is null)
        {
            return NotFound();
        }
        if (before.Plan is null || after.Plan is null)
        {
            ReadError = before.Error ?? after.Error;
            return Page();
        }
        Diff = PlanDiff.Compare(before.Plan, after.Plan);
        return Page();
    }
}
