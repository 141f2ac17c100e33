using System.Globalization;
using Hankevahti.Following;
using Hankevahti.Following.Costs;
using Hankevahti.Limits;
using Hankevahti.People;
using Hankevahti.Plans;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Vocabulary;
using Hankevahti.Web.Plans;
using Hankevahti.Web.Security;
using Hankevahti.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Hankevahti.Web.Following.Costs;

/// <summary>
/// Costs against the plan (/projects/{id}/costs): budget, actual, % spent, forecast, projection and variance per
/// work part and cost category with totals, filtered by organisation; the grid of an organisation's month; the
/// forecasts; the budget transfers with the funder's decision. Reading needs project.read, recording follow.record
/// (a co-implementer only its own organisation's costs), deciding a transfer follow.decide.
/// </summary>
[Authorize(Policy = Policies.ProjectRead)]
public sealed class IndexModel(HankevahtiDb db, PlanCache cache, RequestAccess access, TimeProvider clock, IOptions<FieldLimits> limits,
    IStringLocalizer<CostsText> text, IStringLocalizer<UiText> ui) : PageModel
{
    private const int MaxNote = 1000;

    public int ProjectId { get; private set; }
    public string ProjectName { get; private set; } = "";
    public Plan Plan { get; private set; } = new();
    public CostStatement Statement { get; private set; } = null!;
    public CostsChart Chart { get; private set; } = null!;
    public IReadOnlyList<string> Organisations { get; private set; } = [];
    public IReadOnlyList<BudgetTransferRow> Transfers { get; private set; } = [];
    public DateOnly Today { get; private set; }

    /// <summary>The organisation the table is filtered by; null: the whole project.</summary>
    [BindProperty(SupportsGet = true, Name = "organisation")]
    public string? Organisation { get; set; }

    /// <summary>The organisation and month ("yyyy-MM") of the grid.</summary>
    [BindProperty(SupportsGet = true, Name = "entryOrganisation")]
    public string? EntryOrganisation { get; set; }

    [BindProperty(SupportsGet = true, Name = "month")]
    public string? EntryMonth { get; set; }

    [BindProperty]
    public List<EntryCellForm> Entry { get; set; } = [];

    [BindProperty]
    public List<ForecastForm> Forecast { get; set; } = [];

    [BindProperty]
    public TransferForm Transfer { get; set; } = new();

    [BindProperty]
    public DecisionForm Decision { get; set; } = new();

    [TempData]
    public string? Done { get; set; }

    public bool CanRecord { get; private set; }
    public bool CanDecide { get; private set; }
    /// <summary>Forecasts and transfer requests are the whole project's: the manager's and editors', not a co-implementer's.</summary>
    public bool CanEdit { get; private set; }

    /// <summary>A co-implementer's organisation: the only one whose grid they may save.</summary>
    public string? OwnOrganisation { get; private set; }

    /// <summary>Which form an error summary belongs to: "entry", "forecast", "transfer", "decision".</summary>
    public string? ErrorsFor { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } result)
        {
            return result;
        }
        if (Organisation is not null && KnownOrganisation(Organisation) is null)
        {
            ModelState.AddModelError("organisation", Format("UnknownOrganisation", Organisation, string.Join(", ", Organisations)));
            Organisation = null;
            Show();
        }
        if (EntryMonth is not null && ReadMonth(EntryMonth) is null)
        {
            ModelState.AddModelError("month", MonthMessage(EntryMonth));
            EntryMonth = null;
        }
        await FillEntryAsync(ct);
        FillForecast();
        return Page();
    }

    [HandlerPolicy(Policies.FollowRecord)]
    public async Task<IActionResult> OnPostEntryAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } result)
        {
            return result;
        }
        ErrorsFor = "entry";
        FillForecast();
        var organisation = KnownOrganisation(EntryOrganisation);
        if (organisation is null)
        {
            ModelState.AddModelError("entry-organisation", Format("UnknownOrganisation", EntryOrganisation ?? "", string.Join(", ", Organisations)));
        }
        var month = ReadMonth(EntryMonth);
        if (month is null)
        {
            ModelState.AddModelError("entry-month", MonthMessage(EntryMonth ?? ""));
        }
        var cells = new List<CostEntryInput>();
        for (var i = 0; i < Entry.Count; i++)
        {
            var cell = Entry[i];
            if (FollowUpNames.ParseCategory(cell.Category) is not { } category)
            {
                continue; // only a forged form has a category the model does not know
            }
            var amount = ReadAmount($"Entry[{i}].Amount", cell.Amount, CellLabel(cell.Part, category), allowNegative: true);
            cells.Add(new CostEntryInput(cell.Part, category, amount));
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var saved = await CostEntries.SaveMonthAsync(db, id, organisation!, month!.Value, cells, OwnOrganisation, ct);
        switch (saved.Outcome)
        {
            case CostSaveOutcome.OutsideOrganisation:
                ModelState.AddModelError("entry-organisation", Format("OutsideOrganisation", OwnOrganisation ?? ""));
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return Page();
            case CostSaveOutcome.NotFound:
                return NotFound();
        }
        Done = Format("EntrySaved", organisation!, MonthName(month.Value), saved.Changed);
        return LocalRedirect($"/projects/{id}/costs?entryOrganisation={Uri.EscapeDataString(organisation!)}&month={CostEntries.MonthText(month.Value)}#entry");
    }

    [HandlerPolicy(Policies.FollowEdit)]
    public async Task<IActionResult> OnPostForecastAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } result)
        {
            return result;
        }
        ErrorsFor = "forecast";
        await FillEntryAsync(ct);
        var inputs = new List<CostForecastInput>();
        for (var i = 0; i < Forecast.Count; i++)
        {
            var row = Forecast[i];
            if (FollowUpNames.ParseCategory(row.Category) is not { } category)
            {
                continue;
            }
            var label = CellLabel(row.Part, category);
            var amount = ReadAmount($"Forecast[{i}].Amount", row.Amount, label, allowNegative: false);
            if ((row.Note?.Trim().Length ?? 0) > MaxNote)
            {
                ModelState.AddModelError($"Forecast[{i}].Note", string.Format(CultureInfo.CurrentUICulture, ui["TooLong"], text["Note"] + " · " + label, MaxNote));
            }
            inputs.Add(new CostForecastInput(row.Part, category, amount, row.Note));
        }
        if (inputs.Count == 0)
        {
            // A form without rows (only a forged or emptied one) saves nothing, so there is nothing to refuse either.
            ModelState.AddModelError("forecast", text["NoRows"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (await RefuseProjectWideAsync(id, "cost.forecast", ct) is { } refused)
        {
            return refused;
        }
        var saved = await CostForecasts.SaveAsync(db, id, inputs, ct);
        if (saved.Outcome == CostSaveOutcome.NotFound)
        {
            return NotFound();
        }
        Done = Format("ForecastSaved", saved.Changed);
        return LocalRedirect($"/projects/{id}/costs#forecast");
    }

    [HandlerPolicy(Policies.FollowEdit)]
    public async Task<IActionResult> OnPostTransferAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } result)
        {
            return result;
        }
        ErrorsFor = "transfer";
        await FillEntryAsync(ct);
        FillForecast();
        var fromCategory = ReadCategory("Transfer.FromCategory", Transfer.FromCategory, text["FromCategory"]);
        var toCategory = ReadCategory("Transfer.ToCategory", Transfer.ToCategory, text["ToCategory"]);
        ReadPart("Transfer.FromPart", Transfer.FromPart, text["FromPart"]);
        ReadPart("Transfer.ToPart", Transfer.ToPart, text["ToPart"]);
        var amount = ReadAmount("Transfer.Amount", Transfer.Amount, text["Amount"], allowNegative: false);
        if (string.IsNullOrWhiteSpace(Transfer.Amount) && !ModelState.ContainsKey("Transfer.Amount"))
        {
            ModelState.AddModelError("Transfer.Amount", Format("AmountPositive", text["Amount"]));
        }
        else if (amount is 0m)
        {
            ModelState.AddModelError("Transfer.Amount", Format("AmountPositive", text["Amount"]));
        }
        if (string.IsNullOrWhiteSpace(Transfer.Reason))
        {
            ModelState.AddModelError("Transfer.Reason", string.Format(CultureInfo.CurrentUICulture, ui["Required"], text["Reason"]));
        }
        else if (Transfer.Reason.Trim().Length > MaxNote)
        {
            ModelState.AddModelError("Transfer.Reason", string.Format(CultureInfo.CurrentUICulture, ui["TooLong"], text["Reason"], MaxNote));
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (await RefuseProjectWideAsync(id, "transfer.request", ct) is { } refused)
        {
            return refused;
        }
        var request = new TransferRequest(Transfer.FromPart, Transfer.ToPart, fromCategory, toCategory, amount!.Value, Transfer.Reason);
        var recorded = await BudgetTransfers.RequestAsync(db, id, request, ct: ct);
        switch (recorded.Outcome)
        {
            case TransferOutcome.Recorded:
                Done = recorded.Status == VersionStatus.Approved ? text["TransferApprovedAtOnce"] : text["TransferSubmitted"];
                return LocalRedirect($"/projects/{id}/costs#transfers");
            case TransferOutcome.NotFound:
                return NotFound();
            case TransferOutcome.SameCell:
                ModelState.AddModelError("Transfer.ToPart", text["SameCell"]);
                return Page();
            default:
                ModelState.AddModelError("Transfer.Amount", Format("AmountPositive", text["Amount"]));
                return Page();
        }
    }

    [HandlerPolicy(Policies.FollowDecide)]
    public async Task<IActionResult> OnPostDecideAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } result)
        {
            return result;
        }
        ErrorsFor = "decision";
        await FillEntryAsync(ct);
        FillForecast();
        VersionStatus? to = Decision.Decision switch { "approve" => VersionStatus.Approved, "return" => VersionStatus.Returned, _ => null };
        if (to is null || Decision.TransferId is not { } transferId)
        {
            ModelState.AddModelError("Decision.Decision", text["DecisionRequired"]);
            return Page();
        }
        if (to == VersionStatus.Returned && string.IsNullOrWhiteSpace(Decision.Reason))
        {
            ModelState.AddModelError("Decision.Reason", string.Format(CultureInfo.CurrentUICulture, ui["Required"], text["ReturnReason"]));
            return Page();
        }
        var decided = await BudgetTransfers.DecideAsync(db, id, transferId, to.Value, Decision.Reason, ct);
        switch (decided.Outcome)
        {
            case TransferOutcome.Recorded:
                Done = to == VersionStatus.Approved ? text["TransferApproved"] : text["TransferReturned"];
                return LocalRedirect($"/projects/{id}/costs#transfers");
            case TransferOutcome.NotAllowed:
                // Another official decided a moment before: the list shows what they decided.
                await LoadAsync(id, ct);
                ModelState.AddModelError("Decision.Decision", text["AlreadyDecided"]);
                return Page();
            default:
                ModelState.AddModelError("Decision.Decision", text["TransferNotFound"]);
                return Page();
        }
    }

    /// <summary>"Osa 1 · Palkat": a row's name, for its label and messages.</summary>
    public string CellLabel(string? part, CostCategory category) => $"{PartName(part)} · {Fi.Text(category)}";

    public string PartName(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return ui["WholeProject"];
        }
        var part = WorkLookup.FindPart(Plan.Work, code);
        return part is null || string.IsNullOrWhiteSpace(part.Title) ? code : $"{code} {part.Title}";
    }

    public IEnumerable<WorkPart> Parts => WorkLookup.AllParts(Plan.Work).Where(p => !string.IsNullOrWhiteSpace(p.Code));

    public string MonthName(DateOnly month) => month.ToString("M/yyyy", CultureInfo.InvariantCulture);

    public DateOnly? ShownMonth => ReadMonth(EntryMonth);

    /// <summary>The messages of a form field, for the span beside it.</summary>
    public IEnumerable<string> ErrorsOf(string field) =>
        ModelState.TryGetValue(field, out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];

    /// <summary>Every message with the field it belongs to, for the summary at the top of a form.</summary>
    public IEnumerable<(string Field, string Message)> AllErrors =>
        ModelState.Where(e => e.Value is not null).SelectMany(e => e.Value!.Errors.Select(x => (e.Key, x.ErrorMessage)));

    /// <summary>The id of the input a field's messages point at.</summary>
    public static string FieldId(string field) => field.Replace("[", "-").Replace("].", "-").Replace("]", "").Replace(".", "-").ToLowerInvariant();

    public string StatusName(string status) => text["Status." + VersionStatuses.Name(VersionStatuses.Parse(status))];

    public string TransferSide(string? part, string? category) =>
        $"{(string.IsNullOrEmpty(part) ? text["AnyPart"] : PartName(part))} · {(FollowUpNames.ParseCategory(category) is { } c ? Fi.Text(c) : text["AnyCategory"])}";

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var loaded = await cache.LatestAsync(db, id, ct);
        if (loaded is null)
        {
            return NotFound();
        }
        ProjectId = id;
        ProjectName = loaded.Project.Name;
        Plan = loaded.Plan ?? new Plan();
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        CanRecord = await access.AllowsAsync(Policies.FollowRecord, id, ct);
        CanDecide = await access.AllowsAsync(Policies.FollowDecide, id, ct);
        CanEdit = await access.AllowsAsync(Policies.FollowEdit, id, ct);
        OwnOrganisation = await access.MembershipAsync(id, ct) is { Role: ProjectRole.CoImplementer } member ? member.Organisation ?? "" : null;
        var followUp = await FollowUps.LoadAsync(db, id, ct);
        FollowUp = followUp;
        Organisations = Plan.Organisations.Select(o => o.Name.Trim())
            .Concat(followUp.Costs.Select(c => c.Organisation.Trim()))
            .Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        Organisation = string.IsNullOrWhiteSpace(Organisation) ? null : Organisation.Trim();
        // Unknown names are kept as typed (the save refuses them with a message); only a missing one gets the default.
        EntryOrganisation = string.IsNullOrWhiteSpace(EntryOrganisation)
            ? OwnOrganisation ?? Organisations.FirstOrDefault()
            : KnownOrganisation(EntryOrganisation) ?? EntryOrganisation.Trim();
        Transfers = await BudgetTransfers.ListAsync(db, id, ct);
        Show();
        return null;
    }

    private FollowUp FollowUp { get; set; } = Hankevahti.Following.FollowUp.Empty;

    private void Show()
    {
        Statement = CostStatement.For(Plan, FollowUp, Today, KnownOrganisation(Organisation));
        Chart = CostsChart.Of(Statement);
    }

    /// <summary>The grid's rows: the cells the budget, the costs and the forecasts have, and the month's own entries.</summary>
    private async Task FillEntryAsync(CancellationToken ct)
    {
        var month = ReadMonth(EntryMonth) ?? DefaultMonth();
        EntryMonth = CostEntries.MonthText(month);
        var stored = EntryOrganisation is null ? [] : await CostEntries.MonthAsync(db, ProjectId, EntryOrganisation, month, ct);
        var project = CostStatement.For(Plan, FollowUp, Today);
        var keys = project.Rows.Select(r => r.Key).Concat(stored.Select(s => new CostKey(s.PartCode, s.Category))).Distinct().ToList();
        if (keys.Count == 0)
        {
            // A plan without a budget still gets a grid: every category for the project as a whole.
            keys = Enum.GetValues<CostCategory>().Select(c => new CostKey(null, c)).ToList();
        }
        Entry = keys.Select(k => new EntryCellForm
        {
            Part = k.PartCode,
            Category = FollowUpNames.Category(k.Category),
            Amount = stored.FirstOrDefault(s => s.PartCode == k.PartCode && s.Category == k.Category)?.Amount is { } a ? FormValues.Amount(a) : null,
        }).ToList();
    }

    private void FillForecast()
    {
        var project = CostStatement.For(Plan, FollowUp, Today);
        var notes = FollowUp.Forecasts.ToDictionary(f => new CostKey(string.IsNullOrWhiteSpace(f.PartCode) ? null : f.PartCode.Trim(), f.Category), f => f.Note);
        Forecast = project.Rows.Select(r => new ForecastForm
        {
            Part = r.PartCode,
            Category = FollowUpNames.Category(r.Category),
            Amount = r.Forecast is { } f ? FormValues.Amount(f) : null,
            Note = notes.GetValueOrDefault(r.Key),
        }).ToList();
    }

    // The month shown first: this month within the project, or its first or last month outside it.
    private DateOnly DefaultMonth()
    {
        var month = new DateOnly(Today.Year, Today.Month, 1);
        if (Plan.Project.Period?.Start is { } start && month < start)
        {
            return new DateOnly(start.Year, start.Month, 1);
        }
        if (Plan.Project.Period?.End is { } end && month > end)
        {
            return new DateOnly(end.Year, end.Month, 1);
        }
        return month;
    }

    /// <summary>A month "yyyy-MM" within the project's dates (when known); null otherwise.</summary>
    private DateOnly? ReadMonth(string? text)
    {
        if (!DateOnly.TryParseExact((text ?? "").Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return null;
        }
        var period = Plan.Project.Period;
        if (period?.Start is { } start && month < new DateOnly(start.Year, start.Month, 1))
        {
            return null;
        }
        if (period?.End is { } end && month > new DateOnly(end.Year, end.Month, 1))
        {
            return null;
        }
        return month;
    }

    private string MonthMessage(string typed)
    {
        var period = Plan.Project.Period;
        return period?.Start is { } s && period.End is { } e
            ? Format("MonthOutside", typed, MonthName(s), MonthName(e))
            : Format("MonthExpected", typed);
    }

    private string? KnownOrganisation(string? name) =>
        name is null ? null : Organisations.FirstOrDefault(o => OrganisationName.Same(o, name));

    private decimal? ReadAmount(string field, string? typed, string label, bool allowNegative)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }
        if (!FormValues.TryAmount(typed, out var amount))
        {
            ModelState.AddModelError(field, string.Format(CultureInfo.CurrentUICulture, ui["NotAnAmount"], label));
            return null;
        }
        var most = limits.Value.Numbers.MaxAmount;
        var least = allowNegative ? -most : 0m;
        if (amount < least || amount > most || decimal.Round(amount, 2) != amount)
        {
            ModelState.AddModelError(field, string.Format(CultureInfo.CurrentUICulture, ui["OutOfRange"], label, FormValues.Number(least), FormValues.Number(most))
                + (decimal.Round(amount, 2) != amount ? " " + text["Cents"] : ""));
            return null;
        }
        return amount;
    }

    private CostCategory? ReadCategory(string field, string? name, string label)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        if (FollowUpNames.ParseCategory(name) is { } category)
        {
            return category;
        }
        ModelState.AddModelError(field, Format("UnknownCategory", label));
        return null;
    }

    private void ReadPart(string field, string? code, string label)
    {
        if (!string.IsNullOrWhiteSpace(code) && WorkLookup.FindPart(Plan.Work, code) is null)
        {
            ModelState.AddModelError(field, Format("UnknownPart", label, code));
        }
    }

    /// <summary>
    /// Forecasts and transfers are the project's, not an organisation's: a co-implementer (who records only its own
    /// organisation's costs) is refused, 403 with the message on the page, and the refusal is audited.
    /// </summary>
    private async Task<IActionResult?> RefuseProjectWideAsync(int id, string action, CancellationToken ct)
    {
        if (OwnOrganisation is null)
        {
            return null;
        }
        await AuditLog.AppendAsync(db, new AuditEvent(action, AuditOutcomes.Refused, id, After: $"co-implementer of {OwnOrganisation}: the project's, not the organisation's"), ct);
        ModelState.AddModelError(ErrorsFor ?? "", Format("ProjectWideOnly", OwnOrganisation));
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }

    private string Format(string key, params object[] values) => string.Format(CultureInfo.CurrentUICulture, text[key], values);
}
