using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Hankevahti.Limits;
using System.Globalization;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Plans.Goals;
using Hankevahti.Web.Plans.Limits;
using Hankevahti.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Plans.Needs;

/// <summary>A need as its form posts it.</summary>
[LabelsFrom(typeof(NeedsText))]
public sealed class NeedInput
{
    public int? Index { get; set; }
    [Limit(FieldKind.Title, Label = "Need.Title")]
    public string? Title { get; set; }
    [Limit(FieldKind.Description, Label = "Need.Text")]
    public string? Text { get; set; }

    public static NeedInput From(Need need, int index) => new() { Index = index, Title = need.Title, Text = need.Text };
}

/// <summary>A target group as its form posts it: the sizes as typed, the segments one a line.</summary>
[LabelsFrom(typeof(NeedsText))]
public sealed class GroupInput
{
    public int? Index { get; set; }
    [Limit(FieldKind.Title, Label = "Group.Name")]
    public string? Name { get; set; }
    [Limit(FieldKind.Description, Label = "Group.Description")]
    public string? Description { get; set; }
    public QuantityInput TotalSize { get; set; } = new();
    public QuantityInput TargetedCount { get; set; } = new();
    [Limit(FieldKind.ListLine, Label = "Group.Segments")]
    public string? Segments { get; set; }

    public static GroupInput From(TargetGroup group, int index) => new()
    {
        Index = index,
        Name = group.Name,
        Description = group.Description,
        TotalSize = QuantityInput.From(group.TotalSize),
        TargetedCount = QuantityInput.From(group.TargetedCount),
        Segments = string.Join("\n", group.Segments),
    };
}

/// <summary>A number or range with the plan's wording ("noin 95 000–100 000").</summary>
[LabelsFrom(typeof(NeedsText))]
public sealed class QuantityInput
{
    [Limit(FieldKind.Number)]
    public string? Min { get; set; }
    [Limit(FieldKind.Number)]
    public string? Max { get; set; }
    [Limit(FieldKind.ShortText, Label = "Quantity.Text")]
    public string? Text { get; set; }

    public static QuantityInput From(Quantity? q) => q is null ? new() : new() { Min = FormValues.Number(q.Min), Max = FormValues.Number(q.Max), Text = q.Text };
}

/// <summary>
/// The needs the project answers and its target groups (/projects/{id}/needs): read, add, edit and
/// delete. The open form is in the address (?edit=need-1, ?edit=new-group), so no script is needed.
/// </summary>
[Authorize(Policy = Policies.ProjectRead)]
public sealed class NeedsModel(HankevahtiDb db, PlanCache cache, IStringLocalizer<UiText> ui, IStringLocalizer<NeedsText> text)
    : EditablePartPage(db, cache, ui)
{
    public const string NewNeed = "new-need";
    public const string NewGroup = "new-group";

    public override string PartKey => "needs";

    [BindProperty(SupportsGet = true)]
    public string? Edit { get; set; }

    [BindProperty]
    public NeedInput NeedForm { get; set; } = new();

    [BindProperty]
    public GroupInput GroupForm { get; set; } = new();

    public static string NeedKey(int index) => $"need-{index}";

    public static string GroupKey(int index) => $"group-{index}";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        if (Edit is NewNeed or NewGroup)
        {
            return Page();
        }
        if (IndexIn(Edit, "need-", Plan.Needs.Count) is { } n)
        {
            NeedForm = NeedInput.From(Plan.Needs[n], n);
        }
        else if (IndexIn(Edit, "group-", Plan.TargetGroups.Count) is { } g)
        {
            GroupForm = GroupInput.From(Plan.TargetGroups[g], g);
        }
        else
        {
            Edit = null;
        }
        return Page();
    }

    [HandlerPolicy(Policies.PlanEdit)]
    public async Task<IActionResult> OnPostSaveNeedAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        var form = NeedForm;
        Edit = form.Index is { } at ? NeedKey(at) : NewNeed;
        if (FormIsStale)
        {
            return RefuseStaleForm();
        }
        if (BadIndex(form.Index, Plan.Needs.Count))
        {
            return BadRequest();
        }
        if (string.IsNullOrWhiteSpace(form.Title))
        {
            FieldError("NeedForm.Title", "Required", text["Need.Title"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var index = form.Index ?? Plan.Needs.Count;
        return await SaveAsync(id, plan =>
        {
            var need = (form.Index is { } i ? plan.Needs[i] : new Need()) with { Title = form.Title!.Trim(), Text = form.Text?.Trim() ?? "" };
            if (form.Index is { } at)
            {
                plan.Needs[at] = need;
            }
            else
            {
                plan.Needs.Add(need);
            }
            return plan;
        }, Note(form.Index is null ? "Note.NeedAdded" : "Note.NeedChanged", form.Title), PlanParts.Anchor($"needs[{index}]"), ct);
    }

    [HandlerPolicy(Policies.PlanEdit)]
    public async Task<IActionResult> OnPostDeleteNeedAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        if (FormIsStale)
        {
            return RefuseStaleForm();
        }
        if (NeedForm.Index is not { } index || BadIndex(index, Plan.Needs.Count))
        {
            return BadRequest();
        }
        var title = Plan.Needs[index].Title;
        return await SaveAsync(id, plan =>
        {
            plan.Needs.RemoveAt(index);
            return plan;
        }, Note("Note.NeedDeleted", title), PlanParts.Anchor("needs"), ct);
    }

    [HandlerPolicy(Policies.PlanEdit)]
    public async Task<IActionResult> OnPostSaveGroupAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        var form = GroupForm;
        Edit = form.Index is { } at ? GroupKey(at) : NewGroup;
        if (FormIsStale)
        {
            return RefuseStaleForm();
        }
        if (BadIndex(form.Index, Plan.TargetGroups.Count))
        {
            return BadRequest();
        }
        if (string.IsNullOrWhiteSpace(form.Name))
        {
            FieldError("GroupForm.Name", "Required", text["Group.Name"]);
        }
        var total = ReadQuantity(form.TotalSize, "GroupForm.TotalSize", text["Group.TotalSize"]);
        var targeted = ReadQuantity(form.TargetedCount, "GroupForm.TargetedCount", text["Group.TargetedCount"]);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var index = form.Index ?? Plan.TargetGroups.Count;
        return await SaveAsync(id, plan =>
        {
            var group = (form.Index is { } i ? plan.TargetGroups[i] : new TargetGroup()) with
            {
                Name = form.Name!.Trim(),
                Description = FormText.Optional(form.Description),
                TotalSize = total,
                TargetedCount = targeted,
                Segments = [.. (form.Segments ?? "").Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            };
            if (form.Index is { } at)
            {
                plan.TargetGroups[at] = group;
            }
            else
            {
                plan.TargetGroups.Add(group);
            }
            return plan;
        }, Note(form.Index is null ? "Note.GroupAdded" : "Note.GroupChanged", form.Name), PlanParts.Anchor($"targetGroups[{index}]"), ct);
    }

    [HandlerPolicy(Policies.PlanEdit)]
    public async Task<IActionResult> OnPostDeleteGroupAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        if (FormIsStale)
        {
            return RefuseStaleForm();
        }
        if (GroupForm.Index is not { } index || BadIndex(index, Plan.TargetGroups.Count))
        {
            return BadRequest();
        }
        var name = Plan.TargetGroups[index].Name;
        return await SaveAsync(id, plan =>
        {
            plan.TargetGroups.RemoveAt(index);
            return plan;
        }, Note("Note.GroupDeleted", name), PlanParts.Anchor("targetGroups"), ct);
    }

    /// <summary>"true" for a field with a message, for aria-invalid.</summary>
    public string? Invalid(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? "true" : null;

    /// <summary>The first message of a field, or null.</summary>
    public string? ErrorOf(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>A size as typed: each end a count (0 or more, <see cref="NumberLimits.MaxCount"/> at most), the smaller end first.</summary>
    private Quantity? ReadQuantity(QuantityInput input, string field, string label)
    {
        string Label(string part) => string.Format(CultureInfo.CurrentUICulture, text["QuantityField"], label, text[part]);
        TryOptionalCount($"{field}.Min", input.Min, Label("Quantity.Min"), out var min);
        TryOptionalCount($"{field}.Max", input.Max, Label("Quantity.Max"), out var max);
        CheckMinMax($"{field}.Max", Label("Quantity.Max"), Label("Quantity.Min"), min, max);
        var words = FormText.Optional(input.Text);
        return min is null && max is null && words is null ? null : new Quantity { Min = min, Max = max, Text = words };
    }


    private string Note(string key, string? what) =>
        string.Format(CultureInfo.CurrentUICulture, text[key], GoalsModel.Short(what ?? "", 60));

    private static bool BadIndex(int? index, int count) => index is { } i && (i < 0 || i >= count);

    private static int? IndexIn(string? key, string prefix, int count) =>
        key is not null && key.StartsWith(prefix, StringComparison.Ordinal)
        && int.TryParse(key.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < count
            ? i
            : null;
}
