using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Web.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Projects;

/// <summary>A project's latest plan version, read-only, with every part of the plan.</summary>
public sealed class DetailsModel(HankevahtiDb db) : PageModel
{
    public ProjectRow Project { get; private set; } = null!;
    public IReadOnlyList<StoredVersion> StoredVersions { get; private set; } = [];
    /// <summary>The version shown; null when the project has no stored version.</summary>
    public StoredVersion? Shown { get; private set; }
    /// <summary>The plan read from the version; null when there is none or it no longer reads (see <see cref="ReadError"/>).</summary>
    public PlanView? Plan { get; private set; }
    public string? ReadError { get; private set; }

    public sealed record StoredVersion(int Number, DateTimeOffset SavedAt, string Origin, string? Note);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (project is null)
        {
            return NotFound();
        }
        Project = project;
        StoredVersions = (await db.PlanVersions.AsNoTracking()
            .Where(v => v.ProjectId == id)
            .Select(v => new { v.Number, v.SavedAt, v.Origin, v.Note })
            .ToListAsync(ct))
            .OrderByDescending(v => v.Number)
            .Select(v => new StoredVersion(v.Number, v.SavedAt, v.Origin, v.Note))
            .ToList();
        if (await db.LatestPlanAsync(id, ct) is { } latest)
        {
            Shown = StoredVersions.FirstOrDefault(v => v.Number == latest.Version.Number);
            Plan = latest.Plan is { } plan ? new PlanView(plan) : null;
            ReadError = latest.Error;
        }
        return Page();
    }
}
