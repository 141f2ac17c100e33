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
/// Editing an operating model (/models/{model}/edit): its name, Innokylä's description fields, its core and modules.
/// The form carries the revision it was opened on; a save made on an older revision (someone saved meanwhile) is
/// refused and the form comes back as typed with the model's current text beside it, so nothing typed is lost and
/// nothing saved by the other person is overwritten unseen. A part no longer named is removed only when no adoption
/// of it is recorded — the page says which were kept, since the adoption history must stay readable.
/// </summary>
[Authorize(Policy = Policies.ModelEdit)]
public sealed class EditModel(HankevahtiDb db, IStringLocalizer<ModelsText> text) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? CoreIdea { get; set; }
    [BindProperty] public string? TargetGroup { get; set; }
    [BindProperty] public string? Conditions { get; set; }
    [BindProperty] public string? Evidence { get; set; }
    [BindProperty] public string? Core { get; set; }
    [BindProperty] public string? Modules { get; set; }
    [BindProperty] public int Revision { get; set; }

    public StoredModel Stored { get; private set; } = null!;
    public Dictionary<string, string> Errors { get; private set; } = [];

    /// <summary>True when the save was refused because the model was saved meanwhile: the current text is shown too.</summary>
    public bool Stale { get; private set; }

    public async Task<IActionResult> OnGetAsync(int model, CancellationToken ct)
    {
        if (await OperatingModels.LoadAsync(db, model, ct) is not { } stored)
        {
            return NotFound();
        }
        Stored = stored;
        var m = stored.Model;
        (Name, CoreIdea, TargetGroup, Conditions, Evidence) = (m.Name, m.Description.CoreIdea, m.Description.TargetGroup, m.Description.Conditions, m.Description.Evidence);
        Core = m.Modules.FirstOrDefault(x => x.IsCore)?.Name;
        Modules = string.Join('\n', m.CoreFirst.Where(x => !x.IsCore).Select(x => x.Name));
        Revision = m.Revision;
        return Page();
    }

    [HandlerPolicy(Policies.ModelEdit)]
    public async Task<IActionResult> OnPostAsync(int model, CancellationToken ct)
    {
        if (await OperatingModels.LoadAsync(db, model, ct) is not { } stored)
        {
            return NotFound();
        }
        Stored = stored;
        var (valid, errors) = ModelValidation.Validate(new ModelInput(Name, CoreIdea, TargetGroup, Conditions, Evidence, Core, Modules));
        Errors = ModelForms.Messages(errors, text);
        if (valid is null)
        {
            return Page();
        }
        var saved = await OperatingModels.UpdateAsync(db, model, Revision, valid, ct);
        switch (saved.Outcome)
        {
            case ModelOutcome.NotFound:
                return NotFound();
            case ModelOutcome.NameTaken:
                Errors["name"] = text["Error.NameTaken"];
                return Page();
            case ModelOutcome.Stale:
                // Reread: the current text is what the person must see before deciding what to keep.
                Stored = await OperatingModels.LoadAsync(db, model, ct) ?? stored;
                Stale = true;
                Errors["stale"] = text["Error.Stale"];
                return Page();
        }
        var wanted = (valid.Core is null ? valid.Modules : valid.Modules.Prepend(valid.Core)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var recorded = stored.Adoptions.Select(a => a.Adoption.ModuleId).ToHashSet();
        var kept = stored.Model.Modules.Where(m => !wanted.Contains(m.Name) && recorded.Contains(m.Id)).Select(m => m.Name).ToList();
        TempData["Done"] = kept.Count == 0
            ? string.Format(CultureInfo.CurrentCulture, text["ModelSaved"], valid.Name)
            : string.Format(CultureInfo.CurrentCulture, text["ModelSavedPartsKept"], valid.Name, string.Join(", ", kept));
        return Redirect($"/models/{model}");
    }
}
