using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Hankevahti.Limits;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Plans.Limits;
using Hankevahti.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Plans.Communication;

/// <summary>The communication plan's own fields; lists of short texts as one-per-line textareas.</summary>
[LabelsFrom(typeof(CommunicationText))]
public sealed class CommunicationInput
{
    [Limit(FieldKind.ListLine)]
    public string? MainMessages { get; set; }
    [Limit(FieldKind.Description)]
    public string? Text { get; set; }
}

[LabelsFrom(typeof(CommunicationText))]
public sealed class ItemInput
{
    [Limit(FieldKind.Title)]
    public string? Audience { get; set; }
    [Limit(FieldKind.Description)]
    public string? Message { get; set; }
    [Limit(FieldKind.ListLine)]
    public string? Channels { get; set; }
    [Limit(FieldKind.ShortText)]
    public string? Timing { get; set; }
    [Limit(FieldKind.Person)]
    public string? Responsible { get; set; }
}

[LabelsFrom(typeof(CommunicationText))]
public sealed class MonitoringInput
{
    [Limit(FieldKind.Description)]
    public string? Text { get; set; }
    [Limit(FieldKind.Person)]
    public string? Evaluator { get; set; }
    [Limit(FieldKind.ListLine)]
    public string? ReportingPeriods { get; set; }
}

/// <summary>
/// The communication plan with its rows, and the monitoring and evaluation plan (/projects/{id}/communication).
/// ?edit=communication or ?edit=monitoring opens that plan's form, ?edit=item&amp;item=2 a row's, ?edit=item a new row's.
/// </summary>
[Authorize(Policy = Policies.ProjectRead)]
public sealed class CommunicationModel(HankevahtiDb db, PlanCache cache, IStringLocalizer<UiText> ui, IStringLocalizer<CommunicationText> text)
    : EditablePartPage(db, cache, ui)
{
    public override string PartKey => "communication";

    /// <summary>"communication", "monitoring" or "item": which form is open.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Edit { get; set; }

    /// <summary>The row of the communication plan the item form edits; null adds one.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Item { get; set; }

    [BindProperty]
    public CommunicationInput CommunicationInput { get; set; } = new();

    [BindProperty]
    public ItemInput ItemInput { get; set; } = new();

    [BindProperty]
    public MonitoringInput MonitoringInput { get; set; } = new();

    public bool EditingCommunication => Edit == "communication";
    public bool EditingMonitoring => Edit == "monitoring";
    public bool AddingItem => Edit == "item" && Item is null;
    public bool EditingItem(int i) => Edit == "item" && Item == i;

    public static string ItemPath(int i) => $"communication.items[{i}]";

    private IReadOnlyList<CommunicationItem> Items => Plan.Communication?.Items ?? [];

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
        var communication = Plan.Communication;
        var monitoring = Plan.Monitoring;
        if (EditingCommunication)
        {
            CommunicationInput = new CommunicationInput { MainMessages = Lines(communication?.MainMessages ?? []), Text = communication?.Text };
        }
        else if (EditingMonitoring)
        {
            MonitoringInput = new MonitoringInput { Text = monitoring?.Text, Evaluator = monitoring?.Evaluator, ReportingPeriods = Lines(monitoring?.ReportingPeriods ?? []) };
        }
        else if (Edit == "item" && Item is { } i)
        {
            var item = Items[i];
            ItemInput = new ItemInput { Audience = item.Audience, Message = item.Message, Channels = Lines(item.Channels), Timing = item.Timing, Responsible = item.Responsible };
        }
        return Page();
    }

    [HandlerPolicy(Policies.PlanEdit)]
    public async Task<IActionResult> OnPostCommunicationAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        Edit = "communication";
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await SaveAsync(id, plan => plan with
        {
            Communication = (plan.Communication ?? new CommunicationPlan()) with
            {
                MainMessages = Lines(CommunicationInput.MainMessages),
                Text = Clean(Text(CommunicationInput.Text)),
            },
        }, text["NoteCommunication"], "communication", ct);
    }

    [HandlerPolicy(Policies.PlanEdit)]
    public async Task<IActionResult> OnPostItemAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        Edit = "item";
        if (!TargetExists())
        {
            return NotFound();
        }
        CheckRequired("ItemInput.Audience", ItemInput.Audience, text["Audience"]);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var index = Item ?? Items.Count;
        return await SaveAsync(id, plan =>
        {
            var communication = plan.Communication ?? new CommunicationPlan();
            var item = (Item is { } i ? communication.Items[i] : new CommunicationItem()) with
            {
                Audience = ItemInput.Audience!.Trim(),
                Message = Clean(Text(ItemInput.Message)),
                Channels = Lines(ItemInput.Channels),
                Timing = Clean(ItemInput.Timing),
                Responsible = Clean(ItemInput.Responsible),
            };
            if (Item is { } at)
            {
                communication.Items[at] = item;
            }
            else
            {
                communication.Items.Add(item);
            }
            return plan with { Communication = communication };
        }, Item is null ? text["NoteItemAdded"] : text["NoteItemEdited"], PlanParts.Anchor(ItemPath(index)), ct);
    }

    [HandlerPolicy(Policies.PlanEdit)]
    public async Task<IActionResult> OnPostDeleteItemAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        if (Item is not { } i || !TargetExists())
        {
            return NotFound();
        }
        return await SaveAsync(id, plan =>
        {
            plan.Communication!.Items.RemoveAt(i);
            return plan;
        }, text["NoteItemDeleted"], "communication", ct);
    }

    [HandlerPolicy(Policies.PlanEdit)]
    public async Task<IActionResult> OnPostMonitoringAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        Edit = "monitoring";
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await SaveAsync(id, plan => plan with
        {
            Monitoring = (plan.Monitoring ?? new MonitoringPlan()) with
            {
                Text = Clean(Text(MonitoringInput.Text)),
                Evaluator = Clean(MonitoringInput.Evaluator),
                ReportingPeriods = Lines(MonitoringInput.ReportingPeriods),
            },
        }, text["NoteMonitoring"], "monitoring", ct);
    }

    private bool TargetExists() => Item is not { } i || (i >= 0 && i < Items.Count);
}
