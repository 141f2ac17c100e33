using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using System.Globalization;
using Hankevahti.Checks;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Web.Plans;
using Hankevahti.Web.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Versions;

/// <summary>
/// Any stored version of a project's plan, read-only, every part on one page as the whole plan page shows
/// the newest; and restoring it: its plan is stored as the next version (origin "restore"), on the newest
/// version the page showed, so that a save made meanwhile refuses the restore instead of being lost.
/// </summary>
[Authorize(Policy = Policies.ProjectRead)]
public sealed class VersionModel(HankevahtiDb db, PlanCache cache, IStringLocalizer<VersionsText> text) : PageModel, IWholePlan
{
    public LoadedPlan Loaded { get; private set; } = null!;

    public IReadOnlyList<StoredVersion> StoredVersions { get; private set; } = [];

    public int ProjectId { get; private set; }

    /// <summary>The newest version when the page was made; a restore is stored on it.</summary>
    [BindProperty]
    public int BaseVersion { get; set; }

    public int Latest => StoredVersions.Count > 0 ? StoredVersions[0].Number : 0;

    /// <summary>"Version 2 was restored as version 5", shown once after the redirect.</summary>
    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int number, CancellationToken ct)
    {
        if (await LoadAsync(id, number, ct) is { } missing)
        {
            return missing;
        }
        BaseVersion = Latest;
        return Page();
    }

    [HandlerPolicy(Policies.PlanEdit)]
    public async Task<IActionResult> OnPostRestoreAsync(int id, int number, CancellationToken ct)
    {
        if (await LoadAsync(id, number, ct) is { } missing)
        {
            return missing;
        }
        if (Loaded.Plan is not { } plan)
        {
            return Page();
        }
        var note = string.Format(CultureInfo.CurrentUICulture, text["RestoreNote"], number);
        var saved = await db.AddVersionOnAsync(id, BaseVersion, plan, origin: "restore", note: note, ct);
        switch (saved.Outcome)
        {
            case VersionSaveOutcome.Saved:
                cache.Remember(saved.Version!);
                StatusMessage = string.Format(CultureInfo.CurrentUICulture, text["Restored"], number, saved.Version!.Number);
                return Redirect($"/projects/{id}/versions/{saved.Version.Number}");
            case VersionSaveOutcome.NotFound:
                return NotFound();
            default:
                ModelState.AddModelError("", string.Format(CultureInfo.CurrentUICulture, text["RestoreConflict"], saved.Latest));
                // The next restore is made on the newer version, once the user has seen it.
                ModelState.Remove(nameof(BaseVersion));
                BaseVersion = Latest;
                return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(int id, int number, CancellationToken ct)
    {
        ProjectId = id;
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        var stored = project is null ? null : await db.VersionPlanAsync(id, number, ct);
        if (project is null || stored is null)
        {
            return NotFound();
        }
        // Old versions are shown rarely, each once or twice: read and checked here, not kept in the cache of newest versions.
        var report = stored.Plan is { } plan ? PlanChecker.Check(plan) : null;
        Loaded = new LoadedPlan(project, stored.Version.Number, stored.Version.SavedAt, stored.Plan, stored.Error, report);
        StoredVersions = await cache.VersionsAsync(db, id, ct);
        return null;
    }
}
