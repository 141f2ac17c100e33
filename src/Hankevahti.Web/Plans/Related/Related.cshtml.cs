using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Hankevahti.Limits;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Plans.Limits;
using Hankevahti.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Plans.Related;

[LabelsFrom(typeof(RelatedText))]
public sealed class RelatedInput
{
    [Limit(FieldKind.Title)]
    public string? Name { get; set; }
    [Limit(FieldKind.Description)]
    public string? Relation { get; set; }
}

/// <summary>Other projects the plan draws a boundary to (/projects/{id}/related), edited as a list (<see cref="ListPartPage{TItem}"/>).</summary>
[Authorize(Policy = Policies.ProjectRead)]
public sealed class RelatedModel(HankevahtiDb db, PlanCache cache, IStringLocalizer<UiText> ui, IStringLocalizer<RelatedText> text)
    : ListPartPage<RelatedProject>(db, cache, ui)
{
    public override string PartKey => "related";

    private const string List = "relatedProjects";

    protected override string ListPath => List;

    protected override List<RelatedProject> ItemsOf(Plan plan) => plan.RelatedProjects;

    [BindProperty]
    public RelatedInput Input { get; set; } = new();

    public static string ItemPath(int i) => $"{List}[{i}]";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadListAsync(id, saving: false, ct) is { } early)
        {
            return early;
        }
        if (Edited is { } related)
        {
            Input = new RelatedInput { Name = related.Name, Relation = related.Relation };
        }
        return Page();
    }

    [HandlerPolicy(Policies.PlanEdit)]
    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken ct)
    {
        if (await LoadListAsync(id, saving: true, ct) is { } early)
        {
            return early;
        }
        CheckRequired("Input.Name", Input.Name, text["Name"]);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await SaveItemAsync(id, old => (old ?? new RelatedProject()) with
        {
            Name = Input.Name!.Trim(),
            Relation = Clean(Text(Input.Relation)),
        }, text["NoteAdded"], text["NoteEdited"], ct);
    }

    [HandlerPolicy(Policies.PlanEdit)]
    public Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct) => DeleteItemAsync(id, text["NoteDeleted"], ct);
}
