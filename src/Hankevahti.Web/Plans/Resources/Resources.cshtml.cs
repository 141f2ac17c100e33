using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Hankevahti.Limits;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Plans.Limits;
using Hankevahti.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Plans.Resources;

/// <summary>What the resource form sends; strings, so that a number or date that does not read stays in its field.</summary>
[LabelsFrom(typeof(ResourcesText))]
public sealed class ResourceInput
{
    [Limit(FieldKind.Person)]
    public string? PersonOrRole { get; set; }
    [Limit(FieldKind.Title)]
    public string? Organisation { get; set; }
    [Limit(FieldKind.Description)]
    public string? Description { get; set; }
    [Limit(FieldKind.Number)]
    public string? AllocationValue { get; set; }
    public AllocationUnit AllocationUnit { get; set; } = AllocationUnit.Percent;
    [Limit(FieldKind.ShortText)]
    public string? AllocationText { get; set; }
    [Limit(FieldKind.Date)]
    public string? PeriodStart { get; set; }
    [Limit(FieldKind.Date)]
    public string? PeriodEnd { get; set; }
    [Limit(FieldKind.ShortText)]
    public string? PeriodText { get; set; }
}

/// <summary>
/// The people and roles working for the project (/projects/{id}/resources), as a table. ?edit=3 opens
/// the fourth row's form in place, ?add=true a form for a new one.
/// </summary>
[Authorize(Policy = Policies.ProjectRead)]
public sealed class ResourcesModel(HankevahtiDb db, PlanCache cache, IStringLocalizer<UiText> ui, IStringLocalizer<ResourcesText> text)
    : ListPartPage<Resource>(db, cache, ui)
{
    public override string PartKey => "resources";

    private const string List = "resources";

    protected override string ListPath => List;

    protected override List<Resource> ItemsOf(Plan plan) => plan.Resources;

    [BindProperty]
    public ResourceInput Input { get; set; } = new();

    public static string ItemPath(int i) => $"{List}[{i}]";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadListAsync(id, saving: false, ct) is { } early)
        {
            return early;
        }
        if (Edited is { } r)
        {
            Input = new ResourceInput
            {
                PersonOrRole = r.PersonOrRole,
                Organisation = r.Organisation,
                Description = r.Description,
                AllocationValue = FormValues.Number(r.Allocation?.Value),
                AllocationUnit = r.Allocation?.Unit ?? AllocationUnit.Percent,
                AllocationText = r.Allocation?.Text,
                PeriodStart = FormValues.Date(r.Period?.Start),
                PeriodEnd = FormValues.Date(r.Period?.End),
                PeriodText = r.Period?.Text,
            };
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
        CheckRequired("Input.PersonOrRole", Input.PersonOrRole, text["PersonOrRole"]);
        // A percentage is of one person's working time; months, years and hours have no such ceiling.
        var most = Input.AllocationUnit == AllocationUnit.Percent ? 100m : Limits.Numbers.MaxCount;
        TryOptionalNumber("Input.AllocationValue", Input.AllocationValue, text["AllocationValue"], 0, most, out var allocation);
        var startRead = TryOptionalDate("Input.PeriodStart", Input.PeriodStart, text["PeriodStart"], out var start);
        var endRead = TryOptionalDate("Input.PeriodEnd", Input.PeriodEnd, text["PeriodEnd"], out var end);
        if (startRead && endRead && start is { } s && end is { } e && e < s)
        {
            ModelState.AddModelError("Input.PeriodEnd", text["EndBeforeStart"]);
        }
        CheckPeriodLength("Input.PeriodEnd", text["PeriodEnd"], text["PeriodStart"], start, end);
        if (!Enum.IsDefined(Input.AllocationUnit))
        {
            FieldError("Input.AllocationUnit", "Required", text["AllocationUnit"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var allocationText = Clean(Input.AllocationText);
        var periodText = Clean(Input.PeriodText);
        return await SaveItemAsync(id, old => (old ?? new Resource()) with
        {
            PersonOrRole = Input.PersonOrRole!.Trim(),
            Organisation = Clean(Input.Organisation),
            Description = Clean(Text(Input.Description)),
            Allocation = allocation is null && allocationText is null
                ? null
                : new Allocation { Value = allocation, Unit = Input.AllocationUnit, Text = allocationText },
            Period = start is null && end is null && periodText is null
                ? null
                : new DateRange { Start = start, End = end, Text = periodText },
        }, text["NoteAdded"], text["NoteEdited"], ct);
    }

    [HandlerPolicy(Policies.PlanEdit)]
    public Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct) => DeleteItemAsync(id, text["NoteDeleted"], ct);
}
