using System.Globalization;
using Hankevahti.Checks.Profiles;
using Hankevahti.Following;
using Hankevahti.Following.Actions;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Web.Plans;
using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Following.Actions;

/// <summary>
/// Following actions and risks period by period (/projects/{id}/progress?period=2026-H2, the current period by
/// default): what is said of each action (status, percent done, note) with the late ones flagged, and the risks
/// reassessed with the matrix showing where each moved since the assessment before. Everyone who may read the
/// project sees it; the project manager and editors (follow.edit) save it. A bad value shows the form again
/// with what was typed and a message at the field.
/// </summary>
[Authorize(Policy = Policies.ProjectRead)]
public sealed class ProgressModel(HankevahtiDb db, PlanCache cache, RequestAccess access, TimeProvider time, IStringLocalizer<ProgressText> text)
    : PageModel
{
    public LoadedPlan Loaded { get; private set; } = null!;
    public Plan Plan => Loaded.Plan!;
    public int ProjectId => Loaded.Project.Id;

    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    /// <summary>The project's periods; empty with <see cref="PeriodProblem"/> when the plan gives no dates.</summary>
    public IReadOnlyList<ProjectPeriod> Periods { get; private set; } = [];
    public string? PeriodProblem { get; private set; }
    public ProjectPeriod? Period { get; private set; }
    public ProjectPeriod? Current { get; private set; }

    public IReadOnlyList<ActionState> Actions { get; private set; } = [];
    public IReadOnlyList<RiskState> Risks { get; private set; } = [];
    public IReadOnlyDictionary<ActionStatus, int> Counts { get; private set; } = new Dictionary<ActionStatus, int>();

    public bool CanEdit { get; private set; }

    [BindProperty]
    public List<ActionRowInput> Rows { get; set; } = [];

    [BindProperty]
    public List<RiskRowInput> RiskRows { get; set; } = [];

    /// <summary>The period the form was for (the address's period is not posted with it).</summary>
    [BindProperty(Name = "period", SupportsGet = true)]
    public string? PeriodCode { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        if (PeriodCode is not null && Period is null && Periods.Count > 0)
        {
            ModelState.AddModelError("period", text["UnknownPeriod"]);
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        FillForms();
        return Page();
    }

    [HandlerPolicy(Policies.FollowEdit)]
    public async Task<IActionResult> OnPostActionsAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        if (Period is null)
        {
            return PeriodRefused();
        }
        var records = new List<ActionProgress>();
        var known = Actions.Select(a => a.ActionId).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            if (row.IsBlank)
            {
                continue;
            }
            var status = FollowUpNames.ParseAction(row.Status);
            if (status is null)
            {
                ModelState.AddModelError($"Rows[{i}].Status", text["StatusInvalid"]);
            }
            int? percent = null;
            if (!string.IsNullOrWhiteSpace(row.Percent))
            {
                if (ParsePercent(row.Percent) is { } p)
                {
                    percent = p;
                }
                else
                {
                    ModelState.AddModelError($"Rows[{i}].Percent", text["PercentInvalid"]);
                }
            }
            if (row.Note is { Length: > ProgressRules.NoteMax })
            {
                ModelState.AddModelError($"Rows[{i}].Note", string.Format(CultureInfo.CurrentUICulture, text["NoteTooLong"], ProgressRules.NoteMax));
            }
            if (row.ActionId is null || !known.Contains(row.ActionId))
            {
                ModelState.AddModelError($"Rows[{i}].Status", text["UnknownAction"]);
            }
            if (status is { } s && ModelState.IsValid)
            {
                records.Add(new ActionProgress(row.ActionId!, Period.Code, s, percent, row.Note));
            }
        }
        if (!ModelState.IsValid)
        {
            return Refused();
        }
        var save = await db.SaveActionProgressAsync(id, records, ct);
        return Saved(save, "ActionsSaved", "Rows", problem => problem.Field switch { "percent" => "Percent", "note" => "Note", _ => "Status" },
            i => IndexOf(Rows, r => r.ActionId == records[i].ActionId));
    }

    [HandlerPolicy(Policies.FollowEdit)]
    public async Task<IActionResult> OnPostRisksAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        if (Period is null)
        {
            return PeriodRefused();
        }
        var records = new List<RiskAssessment>();
        var known = Plan.Risks.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < RiskRows.Count; i++)
        {
            var row = RiskRows[i];
            if (row.IsBlank)
            {
                continue;
            }
            var likelihood = Rating(i, "Likelihood", row.Likelihood, text["ColLikelihood"]);
            var impact = Rating(i, "Impact", row.Impact, text["ColImpact"]);
            if (row.Note is { Length: > ProgressRules.NoteMax })
            {
                ModelState.AddModelError($"RiskRows[{i}].Note", string.Format(CultureInfo.CurrentUICulture, text["NoteTooLong"], ProgressRules.NoteMax));
            }
            if (row.RiskId is null || !known.Contains(row.RiskId))
            {
                ModelState.AddModelError($"RiskRows[{i}].Likelihood", text["UnknownRisk"]);
            }
            if (likelihood is { } l && impact is { } m && ModelState.IsValid)
            {
                records.Add(new RiskAssessment(row.RiskId!, Period.Code, l, m, row.Note));
            }
        }
        if (!ModelState.IsValid)
        {
            return Refused();
        }
        var save = await db.SaveRiskAssessmentsAsync(id, records, ct);
        return Saved(save, "RisksSaved", "RiskRows", problem => problem.Field switch { "impact" => "Impact", "note" => "Note", _ => "Likelihood" },
            i => IndexOf(RiskRows, r => r.RiskId == records[i].RiskId));
    }

    /// <summary>The link to the page for a period.</summary>
    public string PeriodLink(string code) => $"/projects/{ProjectId}/progress?period={Uri.EscapeDataString(code)}";

    /// <summary>The form's post address: the period travels in the address, so a refused form stays on its period.</summary>
    public string Handler(string handler) => $"/projects/{ProjectId}/progress?period={Uri.EscapeDataString(Period?.Code ?? "")}&handler={handler}";

    public string? ErrorOf(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>The fields with a message, each with its input's id, for the summary at the top.</summary>
    public IEnumerable<(string Id, string Message)> FieldErrors() =>
        ModelState.Where(e => e.Value is { Errors.Count: > 0 })
            .Select(e => (FieldId(e.Key), e.Value!.Errors[0].ErrorMessage));

    /// <summary>"Rows[3].Percent" → "action-3-percent", "RiskRows[0].Impact" → "risk-0-impact", "period" → "period".</summary>
    public static string FieldId(string key)
    {
        var m = System.Text.RegularExpressions.Regex.Match(key, @"^(Rows|RiskRows)\[(\d+)\]\.(\w+)$");
        return m.Success ? $"{(m.Groups[1].Value == "Rows" ? "action" : "risk")}-{m.Groups[2].Value}-{m.Groups[3].Value.ToLowerInvariant()}" : "period";
    }

    /// <summary>A whole number 0–100, with or without a trailing "%"; null otherwise.</summary>
    public static int? ParsePercent(string text)
    {
        var trimmed = text.Trim().TrimEnd('%').Trim();
        return int.TryParse(trimmed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 100 ? value : null;
    }

    private int? Rating(int row, string field, string? typed, string label)
    {
        if (int.TryParse(typed?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && RiskStates.OnScale(value))
        {
            return value;
        }
        ModelState.AddModelError($"RiskRows[{row}].{field}", string.Format(CultureInfo.CurrentUICulture, text["RatingInvalid"], label));
        return null;
    }

    private IActionResult Saved(ProgressSave save, string messageKey, string prefix, Func<FieldProblem, string> field, Func<int, int> row)
    {
        switch (save.Outcome)
        {
            case ProgressSaveOutcome.NotFound:
                return NotFound();
            case ProgressSaveOutcome.Invalid:
                // The page checks what storage checks; this is left for a plan changed between loading and saving.
                foreach (var problem in save.Problems)
                {
                    ModelState.AddModelError($"{prefix}[{row(problem.Index)}].{field(problem)}",
                        string.Format(CultureInfo.CurrentUICulture, text[problem.Problem.ToString()], ProgressRules.NoteMax));
                }
                return Refused();
            default:
                StatusMessage = string.Format(CultureInfo.CurrentUICulture, text[messageKey], Period!.Code, save.Changed);
                return Redirect(PeriodLink(Period.Code) + (prefix == "Rows" ? "#toimenpiteet" : "#riskit"));
        }
    }

    private IActionResult Refused()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        // The form that was posted keeps what was typed; the other is filled from what is stored.
        FillForms();
        return Page();
    }

    private IActionResult PeriodRefused()
    {
        ModelState.AddModelError("period", text["UnknownPeriod"]);
        return Refused();
    }

    private static int IndexOf<T>(List<T> rows, Func<T, bool> match) => Math.Max(0, rows.FindIndex(r => match(r)));

    private void FillForms()
    {
        if (Period is null)
        {
            return;
        }
        if (Rows.Count == 0)
        {
            var said = ActionStates.InPeriod(followUp.Actions, Period.Code);
            Rows = Actions.Select(a => ActionRowInput.From(a.ActionId, said.GetValueOrDefault(a.ActionId))).ToList();
        }
        if (RiskRows.Count == 0)
        {
            RiskRows = Risks.Select(r => RiskRowInput.From(r.RiskId, r.Assessed)).ToList();
        }
    }

    private FollowUp followUp = FollowUp.Empty;

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        if (await cache.LatestAsync(db, id, ct) is not { } loaded)
        {
            return NotFound();
        }
        Loaded = loaded;
        if (loaded.Plan is null)
        {
            return NotFound();
        }
        var calendar = ReportingCalendar.For(await ReportingTerms.ProfileAsync(db, Plan, ct), Plan.Project.Period);
        Periods = calendar.Periods;
        PeriodProblem = calendar.Problem;
        Current = ActionStates.CurrentPeriod(Periods, Today);
        Period = PeriodCode is null ? Current : calendar.Find(PeriodCode);
        followUp = await FollowUps.LoadAsync(db, id, ct);
        Actions = ActionStates.Of(PlannedActions.Of(Plan), followUp.Actions, Today, Periods);
        Counts = ActionStates.Counts(Actions);
        Risks = RiskStates.At(Plan.Risks, followUp.Risks, Period?.Code, Periods);
        CanEdit = await access.AllowsAsync(Policies.FollowEdit, id, ct);
        return null;
    }
}
