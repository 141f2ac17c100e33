using System.Globalization;
using Hankevahti.People;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Versions.Diff;
using Hankevahti.Web.Security;
using Hankevahti.Web.Shared;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Plans;

/// <summary>
/// The common steps of a plan part's page (/projects/{id}/{part}): load the newest plan, and save an
/// edit as the plan's next version. A page shows <c>&lt;partial name="/Plans/_PartHeader.cshtml" model="this" /&gt;</c>
/// first: the heading, the parts' navigation, the saved / conflict message and the part's findings.
/// </summary>
/// <remarks>
/// A request to these pages may be at most <see cref="MaxRequestBytes"/> long: a longer one is refused with
/// 413 before it is read (<see cref="RequestSizeGuard"/>), where Kestrel's own limit is 30 MB and a form
/// value's 4 MB. The upload page has its own, larger limit.
/// </remarks>
[RequestSizeLimit(MaxRequestBytes)]
public abstract class PlanPartPage(HankevahtiDb db, PlanCache cache, IStringLocalizer<UiText> ui) : PageModel
{
    /// <summary>
    /// 2 MB: the longest form (a chapter of 100 000 characters, each sent as up to 9 bytes when
    /// percent-encoded) fits; the 3.9 MB description of issue 12 does not.
    /// </summary>
    public const long MaxRequestBytes = 2 * 1024 * 1024;

    /// <summary>The part's key in <see cref="PlanParts.All"/>.</summary>
    public abstract string PartKey { get; }

    public LoadedPlan Loaded { get; private set; } = null!;

    /// <summary>The plan shown; pages call it only after <see cref="LoadAsync"/> returned null.</summary>
    public Plan Plan => Loaded.Plan!;

    public PlanView View => Loaded.View!;

    public int ProjectId => Loaded.Project.Id;

    /// <summary>The version the form was made on; every edit form carries it (see <see cref="PlanEdits"/>).</summary>
    [BindProperty]
    public int BaseVersion { get; set; }

    /// <summary>"Saved as version 7", shown once after the redirect that follows a save.</summary>
    [TempData]
    public string? StatusMessage { get; set; }

    protected HankevahtiDb Db => db;

    protected IStringLocalizer<UiText> Ui => ui;

    /// <summary>Loads the project's newest plan; an action result (404, or the page with the read error) when there is none to show.</summary>
    protected async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var loaded = await cache.LatestAsync(db, id, ct);
        if (loaded is null)
        {
            return NotFound();
        }
        Loaded = loaded;
        if (loaded.Plan is null)
        {
            return Page();
        }
        // A form shown after a validation error keeps the version it was made on.
        if (!(Request.HasFormContentType && ModelState.ContainsKey(nameof(BaseVersion))))
        {
            BaseVersion = loaded.Version;
        }
        return null;
    }

    /// <summary>
    /// Saves <paramref name="change"/> as the next version and redirects to the part's page at
    /// <paramref name="anchor"/>; on a conflict, shows the page again with the newer plan, the user's
    /// input kept and a message saying what happened.
    /// </summary>
    protected async Task<IActionResult> SaveAsync(int id, Func<Plan, Plan> change, string note, string? anchor, CancellationToken ct)
    {
        var access = HttpContext.RequestServices.GetRequiredService<RequestAccess>();
        Func<Plan, OrganisationShare>? share = await access.MembershipAsync(id, ct) is { Role: ProjectRole.CoImplementer } member
            ? plan => OrganisationShare.Of(member.Organisation ?? "", plan)
            : null;
        var result = await PlanEdits.SaveAsync(db, cache, id, BaseVersion, change, note, ct, share);
        switch (result.Outcome)
        {
            case EditOutcome.OutsideShare:
                ModelState.AddModelError("", string.Format(CultureInfo.CurrentUICulture, ui["OutsideShare"], (await access.MembershipAsync(id, ct))?.Organisation));
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return await LoadAsync(id, ct) ?? Page();
            case EditOutcome.Saved:
                StatusMessage = string.Format(CultureInfo.CurrentUICulture, ui["Saved"], result.Version);
                return Redirect(PlanParts.ByKey(PartKey).Url(id) + (anchor is null ? "" : "#" + anchor));
            case EditOutcome.NotFound:
                return NotFound();
            default:
                AddConflict(result.Version);
                return await LoadAsync(id, ct) ?? Page();
        }
    }

    /// <summary>
    /// The form was made on an older version than the one loaded: its item indexes may point at other
    /// items now, so a handler must not read it against this plan.
    /// </summary>
    protected bool FormIsStale => BaseVersion != Loaded.Version;

    /// <summary>Refuses a stale form as a save conflict is refused: the page again with the newer plan, the user's input and the message.</summary>
    protected IActionResult RefuseStaleForm()
    {
        AddConflict(Loaded.Version);
        BaseVersion = Loaded.Version;
        return Page();
    }

    /// <summary>
    /// The version a refused form was made on, when a save was refused because someone saved first; the
    /// page then shows what they changed (<see cref="MeanwhileAsync"/>), so the user sees what to check.
    /// </summary>
    public int? RefusedBase { get; private set; }

    /// <summary>The diff from the version the refused form was made on to the newest; null when there is none to show.</summary>
    public async Task<PlanDiffResult?> MeanwhileAsync(CancellationToken ct = default)
    {
        if (RefusedBase is not { } from || Loaded.Plan is not { } now || from >= Loaded.Version)
        {
            return null;
        }
        var then = await db.VersionPlanAsync(ProjectId, from, ct);
        return then?.Plan is { } plan ? PlanDiff.Compare(plan, now) : null;
    }

    private void AddConflict(int version)
    {
        RefusedBase = BaseVersion;
        ModelState.AddModelError("", string.Format(CultureInfo.CurrentUICulture, ui["Conflict"], version));
        // The next save is made on the newer version, once the user has seen it.
        ModelState.Remove(nameof(BaseVersion));
    }

    /// <summary>Adds "The field 'X' must be …" for a value that did not read; <paramref name="messageKey"/> is a UiText key.</summary>
    protected void FieldError(string field, string messageKey, string label, params object[] more) =>
        ModelState.AddModelError(field, string.Format(CultureInfo.CurrentUICulture, ui[messageKey], [label, .. more]));
}
