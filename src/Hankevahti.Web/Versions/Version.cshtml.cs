using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using System.Globalization;
using Hankevahti.Checks;
using Hankevahti.People;
using Hankevahti.Versions.Diff;
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
/// And the version's approval (docs/approval.md): its status, the project manager's submit, the funder
/// official's approve or return; a change request shows its diff against the latest approved version.
/// </summary>
[Authorize(Policy = Policies.ProjectRead)]
public sealed class VersionModel(HankevahtiDb db, PlanCache cache, RequestAccess access, IStringLocalizer<VersionsText> text) : PageModel, IWholePlan
{
    public LoadedPlan Loaded { get; private set; } = null!;

    public IReadOnlyList<StoredVersion> StoredVersions { get; private set; } = [];

    public int ProjectId { get; private set; }

    /// <summary>The newest version when the page was made; a restore is stored on it.</summary>
    [BindProperty]
    public int BaseVersion { get; set; }

    public int Latest => StoredVersions.Count > 0 ? StoredVersions[0].Number : 0;

    /// <summary>Why the funder returns the version (the return form's one field).</summary>
    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>This version as the list has it: its status, and who moved it when.</summary>
    public StoredVersion? This => StoredVersions.FirstOrDefault(v => v.Number == Loaded.Version);

    /// <summary>Whether the user may submit (the project manager) and decide (a funder official of the programme).</summary>
    public bool CanSubmit { get; private set; }

    public bool CanDecide { get; private set; }

    /// <summary>For a submitted version after an approved one (a change request): that approved version's number and the diff from it.</summary>
    public int? ApprovedNumber { get; private set; }

    public PlanDiffResult? ChangeRequest { get; private set; }

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

    [HandlerPolicy(Policies.ProjectManage)]
    public Task<IActionResult> OnPostSubmitAsync(int id, int number, CancellationToken ct) => MoveAsync(id, number, VersionStatus.Submitted, null, ct);

    [HandlerPolicy(Policies.VersionDecide)]
    public Task<IActionResult> OnPostApproveAsync(int id, int number, CancellationToken ct) => MoveAsync(id, number, VersionStatus.Approved, null, ct);

    [HandlerPolicy(Policies.VersionDecide)]
    public Task<IActionResult> OnPostReturnAsync(int id, int number, CancellationToken ct) => MoveAsync(id, number, VersionStatus.Returned, Reason, ct);

    /// <summary>
    /// One move of the version's status. The storage refuses a move that the version's status (perhaps just
    /// changed by someone else) does not allow; the refusal is shown on the page, the version left as it is.
    /// </summary>
    private async Task<IActionResult> MoveAsync(int id, int number, VersionStatus to, string? reason, CancellationToken ct)
    {
        var moved = await db.MoveVersionAsync(id, number, to, reason, ct);
        if (moved.Outcome == VersionMoveOutcome.NotFound)
        {
            return NotFound();
        }
        if (moved.Outcome == VersionMoveOutcome.Moved)
        {
            StatusMessage = Format(text[$"Moved.{VersionStatuses.Name(to)}"], number);
            return Redirect($"/projects/{id}/versions/{number}");
        }
        if (await LoadAsync(id, number, ct) is { } missing)
        {
            return missing;
        }
        BaseVersion = Latest;
        switch (moved.Outcome)
        {
            case VersionMoveOutcome.ReasonMissing:
                ModelState.AddModelError(nameof(Reason), text["ReasonMissing"]);
                break;
            case VersionMoveOutcome.NotNewest:
                ModelState.AddModelError("", Format(text["MoveNotNewest"], moved.Newest));
                break;
            case VersionMoveOutcome.AnotherWaiting:
                ModelState.AddModelError("", Format(text["MoveAnotherWaiting"], moved.Waiting));
                break;
            default:
                ModelState.AddModelError("", Format(text["MoveNotAllowed"], number, text[$"Status.{VersionStatuses.Name(moved.Current)}"]));
                break;
        }
        return Page();
    }

    private static string Format(string format, params object?[] values) => string.Format(CultureInfo.CurrentUICulture, format, values);

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
        CanSubmit = await access.AllowsAsync(Policies.ProjectManage, id, ct);
        CanDecide = await access.AllowsAsync(Policies.VersionDecide, id, ct);
        await LoadChangeRequestAsync(id, ct);
        return null;
    }

    /// <summary>
    /// A submitted version that follows an approved one asks the funder to approve a change: what changed is
    /// what the funder decides on, so it is shown against the latest approved version (not the one before).
    /// </summary>
    private async Task LoadChangeRequestAsync(int id, CancellationToken ct)
    {
        if (This?.Status != VersionStatus.Submitted || Loaded.Plan is not { } plan)
        {
            return;
        }
        var approved = StoredVersions.Where(v => v.Status == VersionStatus.Approved && v.Number < Loaded.Version).Select(v => (int?)v.Number).Max();
        if (approved is not { } number || await db.VersionPlanAsync(id, number, ct) is not { Plan: { } before })
        {
            return;
        }
        ApprovedNumber = number;
        ChangeRequest = PlanDiff.Compare(before, plan);
    }
}
