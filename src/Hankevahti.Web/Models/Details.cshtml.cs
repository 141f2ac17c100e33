using System.Globalization;
using Hankevahti.Models;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Models;
using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Models;

/// <summary>
/// One operating model (/models/{model}): its description, core and modules, the projects and actions that develop
/// or spread it, its adoption history, and for those who may edit it the forms to record an adoption and to link a
/// project. A refused form comes back with what was typed and a message at each refused field.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class DetailsModel(HankevahtiDb db, RequestAccess access, IStringLocalizer<ModelsText> text) : PageModel
{
    public StoredModel Stored { get; private set; } = null!;
    public IReadOnlyList<LinkedProject> Links { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> LinkableProjects { get; private set; } = [];
    public bool CanEdit { get; private set; }

    /// <summary>The form the errors are about: "adopt" or "link".</summary>
    public string? Form { get; private set; }
    public Dictionary<string, string> Errors { get; private set; } = [];

    [TempData] public string? Done { get; set; }

    [BindProperty] public string? Module { get; set; }
    [BindProperty] public string? Organisation { get; set; }
    [BindProperty] public string? Unit { get; set; }
    [BindProperty] public string? Region { get; set; }
    [BindProperty] public string? Period { get; set; }
    [BindProperty] public string? Status { get; set; }
    [BindProperty] public string? Evidence { get; set; }
    [BindProperty] public string? LinkProject { get; set; }
    [BindProperty] public string? LinkAction { get; set; }
    [BindProperty] public string? LinkKind { get; set; } = "spreads";

    public async Task<IActionResult> OnGetAsync(int model, CancellationToken ct)
    {
        Period ??= ModelForms.ThisMonth.ToString();
        return await LoadAsync(model, ct) ? Page() : NotFound();
    }

    [HandlerPolicy(Policies.ModelEdit)]
    public async Task<IActionResult> OnPostAdoptAsync(int model, CancellationToken ct)
    {
        if (!await LoadAsync(model, ct))
        {
            return NotFound();
        }
        Form = "adopt";
        var (adoption, errors) = ModelValidation.Validate(new AdoptionInput(Module, Organisation, Unit, Region, Period, Status, Evidence), Stored.Model.Modules);
        Errors = ModelForms.Messages(errors, text);
        if (adoption is null)
        {
            return Page();
        }
        var saved = await OperatingModels.RecordAdoptionAsync(db, model, adoption, ct);
        if (saved.Outcome != ModelOutcome.Saved)
        {
            Errors["module"] = text["Error.ModuleRequired"];
            return Page();
        }
        Done = string.Format(CultureInfo.CurrentCulture, text["AdoptionRecorded"], adoption.Organisation, ModelForms.StatusText(text, adoption.Status), adoption.Period);
        return Redirect($"/models/{model}");
    }

    [HandlerPolicy(Policies.ModelEdit)]
    public async Task<IActionResult> OnPostLinkAsync(int model, CancellationToken ct)
    {
        if (!await LoadAsync(model, ct))
        {
            return NotFound();
        }
        Form = "link";
        int? project = int.TryParse(LinkProject, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && LinkableProjects.Any(x => x.Id == p) ? p : null;
        if (project is null)
        {
            Errors["linkProject"] = text["Error.ProjectRequired"];
        }
        if (!ModelLinkKinds.TryParse(LinkKind, out var kind))
        {
            Errors["linkKind"] = text["Error.KindRequired"];
        }
        if (Errors.Count > 0)
        {
            return Page();
        }
        var saved = await OperatingModels.LinkAsync(db, model, project!.Value, LinkAction, kind, ct);
        switch (saved.Outcome)
        {
            case ModelOutcome.UnknownAction:
                Errors["linkAction"] = text["Error.UnknownAction"];
                return Page();
            case ModelOutcome.AlreadyLinked:
                Errors["linkProject"] = text["Error.AlreadyLinked"];
                return Page();
            case ModelOutcome.NotFound:
                return NotFound();
        }
        Done = text["ProjectLinked"];
        return Redirect($"/models/{model}");
    }

    private async Task<bool> LoadAsync(int model, CancellationToken ct)
    {
        if (await OperatingModels.LoadAsync(db, model, ct) is not { } stored)
        {
            return false;
        }
        Stored = stored;
        var visible = await ModelForms.VisibleProjectIdsAsync(db, access, ct);
        Links = stored.Links.Where(l => visible.Contains(l.ProjectId)).ToList();
        CanEdit = await access.AllowsModelEditAsync(model, ct);
        LinkableProjects = CanEdit ? await ModelForms.LinkableProjectsAsync(db, await access.CurrentAsync(ct), ct) : [];
        return true;
    }
}
