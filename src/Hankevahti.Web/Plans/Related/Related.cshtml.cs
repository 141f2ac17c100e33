using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Plans.Related;

public sealed class RelatedInput
{
    public string? Name { get; set; }
    public string? Relation { get; set; }
}

/// <summary>
/// Other projects the plan draws a boundary to (/projects/{id}/related). ?edit=1 opens the second
/// one's form in place, ?add=true a form for a new one.
/// </summary>
public sealed class RelatedModel(HankevahtiDb db, PlanCache cache, IStringLocalizer<UiText> ui, IStringLocalizer<RelatedText> text)
    : EditablePartPage(db, cache, ui)
{
    public override string PartKey => "related";

    [BindProperty(SupportsGet = true)]
    public int? Edit { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Add { get; set; }

    [BindProperty]
    public RelatedInput Input { get; set; } = new();

    public static string ItemPath(int i) => $"relatedProjects[{i}]";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        if (!TargetExists())
        {
            return NotFound();
        }
        if (Edit is { } i)
        {
            var related = Plan.RelatedProjects[i];
            Input = new RelatedInput { Name = related.Name, Relation = related.Relation };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        if (!TargetExists() || (Edit is null && !Add))
        {
            return NotFound();
        }
        CheckText("Input.Name", Input.Name, text["Name"], ShortText, required: true);
        CheckText("Input.Relation", Input.Relation, text["Relation"], LongText);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var index = Edit ?? Plan.RelatedProjects.Count;
        return await SaveAsync(id, plan =>
        {
            var related = (Edit is { } i ? plan.RelatedProjects[i] : new RelatedProject()) with
            {
                Name = Input.Name!.Trim(),
                Relation = Clean(Text(Input.Relation)),
            };
            if (Edit is { } at)
            {
                plan.RelatedProjects[at] = related;
            }
            else
            {
                plan.RelatedProjects.Add(related);
            }
            return plan;
        }, Edit is null ? text["NoteAdded"] : text["NoteEdited"], PlanParts.Anchor(ItemPath(index)), ct);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        if (Edit is not { } i || !TargetExists())
        {
            return NotFound();
        }
        return await SaveAsync(id, plan =>
        {
            plan.RelatedProjects.RemoveAt(i);
            return plan;
        }, text["NoteDeleted"], "relatedProjects", ct);
    }

    private bool TargetExists() => Edit is not { } i || (i >= 0 && i < Plan.RelatedProjects.Count);
}
