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
/// A new operating model (/models/new): its name, Innokylä's description fields, its core and modules, and the project
/// that develops or spreads it. Anyone but an administrator must name a project they manage or edit: that link is what
/// lets them (and that project's people) keep the model up to date. A refused form comes back as it was typed.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class NewModel(HankevahtiDb db, RequestAccess access, IStringLocalizer<ModelsText> text) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? CoreIdea { get; set; }
    [BindProperty] public string? TargetGroup { get; set; }
    [BindProperty] public string? Conditions { get; set; }
    [BindProperty] public string? Evidence { get; set; }
    [BindProperty] public string? Core { get; set; }
    [BindProperty] public string? Modules { get; set; }
    [BindProperty] public string? Project { get; set; }
    [BindProperty] public string? Kind { get; set; } = "spreads";

    public IReadOnlyList<(int Id, string Name)> Projects { get; private set; } = [];
    public bool ProjectRequired { get; private set; }
    public bool CanCreate { get; private set; }
    public Dictionary<string, string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    [HandlerPolicy(Policies.ModelEdit)]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var (valid, errors) = ModelValidation.Validate(new ModelInput(Name, CoreIdea, TargetGroup, Conditions, Evidence, Core, Modules));
        Errors = ModelForms.Messages(errors, text);
        int? project = int.TryParse(Project, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && Projects.Any(x => x.Id == p) ? p : null;
        if (project is null && (ProjectRequired || !string.IsNullOrWhiteSpace(Project)))
        {
            Errors["project"] = text["Error.ProjectRequired"];
        }
        if (!ModelLinkKinds.TryParse(Kind, out var kind))
        {
            Errors["kind"] = text["Error.KindRequired"];
        }
        if (Errors.Count > 0 || valid is null)
        {
            return Page();
        }
        var saved = await OperatingModels.CreateAsync(db, valid, ct);
        if (saved.Outcome == ModelOutcome.NameTaken)
        {
            Errors["name"] = text["Error.NameTaken"];
            return Page();
        }
        if (project is { } linked)
        {
            await OperatingModels.LinkAsync(db, saved.Id!.Value, linked, null, kind, ct);
        }
        TempData["Done"] = string.Format(CultureInfo.CurrentCulture, text["ModelCreated"], valid.Name);
        return Redirect($"/models/{saved.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var user = await access.CurrentAsync(ct);
        Projects = await ModelForms.LinkableProjectsAsync(db, user, ct);
        ProjectRequired = !(user.LocalOwner || user.IsAdministrator);
        CanCreate = await access.AllowsModelEditAsync(null, ct);
    }
}
