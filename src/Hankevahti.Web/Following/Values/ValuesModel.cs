using System.Globalization;
using Hankevahti.Following;
using Hankevahti.Following.Values;
using Hankevahti.Limits;
using Hankevahti.People;
using Hankevahti.Plans;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Following.Values;

/// <summary>
/// A project's measured indicator values (/projects/{id}/values): indicators × the project's periods with each
/// value and its status, a form per indicator and period (value, comment, evidence files), submit, the funder's
/// approve or return with a reason, and per indicator its progress and chart. A refused form is shown again with
/// what was typed and a message per field; a value changed meanwhile is 412 with the user's input kept.
/// A co-implementer records only its own organisation's values (403 and an audit row otherwise).
/// </summary>
[Authorize(Policy = Policies.ProjectRead)]
public sealed class ValuesModel(HankevahtiDb db, RequestAccess access, IStringLocalizer<ValuesText> text) : PageModel
{
    public int ProjectId { get; private set; }
    public string ProjectName { get; private set; } = "";
    public Plan Plan { get; private set; } = new();
    public IReadOnlyList<ProjectPeriod> Periods { get; private set; } = [];
    /// <summary>Why the project has no periods (no dates in the plan, a broken profile), or null.</summary>
    public string? NoPeriods { get; private set; }
    public IReadOnlyList<StoredValue> Stored { get; private set; } = [];
    public IReadOnlyList<IndicatorProgress> Progress { get; private set; } = [];

    /// <summary>Whether the user may record values, decide on them; the organisation a co-implementer records for.</summary>
    public bool CanRecord { get; private set; }
    public bool CanDecide { get; private set; }
    public string? OwnOrganisation { get; private set; }

    [BindProperty]
    public ValueForm Form { get; set; } = new();

    /// <summary>True when the form is open: a cell was chosen, or a posted form is shown again.</summary>
    public bool FormOpen { get; private set; }

    /// <summary>A message for the whole form (changed meanwhile, not allowed), shown in the error summary.</summary>
    public string? FormError { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, string? indicator, string? period, string? organisation, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (indicator is not null && period is not null)
        {
            FormOpen = true;
            Form = new ValueForm { Indicator = indicator, Period = period, Organisation = organisation ?? OwnOrganisation ?? "" };
            if (StoredOf(indicator, period, Form.Organisation) is { } stored)
            {
                Form.Value = Shown(stored.Value);
                Form.Comment = stored.Value.Comment;
                Form.Revision = stored.Revision;
                Form.ValueId = stored.Id;
            }
        }
        return Page();
    }

    [HandlerPolicy(Policies.FollowRecord)]
    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        FormOpen = true;
        // A co-implementer's value is its own organisation's: the form offers no other, so none posted means that one.
        if (string.IsNullOrWhiteSpace(Form.Organisation) && OwnOrganisation is not null)
        {
            Form.Organisation = OwnOrganisation;
        }
        if (await RefuseOtherOrganisationAsync(id, Form.Organisation, ct) is { } refused)
        {
            return refused;
        }
        var uploads = new List<EvidenceUpload>();
        foreach (var file in Form.Evidence.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)))
        {
            // A file over the limit is refused by its declared length, before it is read into memory.
            if (file.Length > FileLimits.EvidenceMaxBytes)
            {
                return Invalid("Evidence", Evidence(new EvidenceProblem(EvidenceProblem.TooLarge, EvidenceFiles.CleanName(file.FileName), file.Length)));
            }
            using var stream = new MemoryStream();
            await file.CopyToAsync(stream, ct);
            uploads.Add(new EvidenceUpload(file.FileName, stream.ToArray()));
        }
        var result = await IndicatorValues.SaveAsync(db, id, Form.Indicator, Form.Period, Form.Organisation, Form.Value, Form.Comment, Form.Revision, uploads, ct);
        // Back to the same value's form: the next step, submitting it, is there.
        return result.Ok ? SavedRedirect(id, Form.Indicator, Form.Period, Form.Organisation) : Outcome(result);
    }

    private IActionResult SavedRedirect(int id, string? indicator, string? period, string? organisation)
    {
        Done = text["Saved"];
        return LocalRedirect($"/projects/{id}/values?indicator={Uri.EscapeDataString(indicator ?? "")}&period={Uri.EscapeDataString(period ?? "")}"
            + (string.IsNullOrEmpty(organisation) ? "" : "&organisation=" + Uri.EscapeDataString(organisation)) + "#lomake");
    }

    [HandlerPolicy(Policies.FollowRecord)]
    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken ct) => MoveAsync(id, VersionStatus.Submitted, "Submitted", ct);

    [HandlerPolicy(Policies.FollowDecide)]
    public Task<IActionResult> OnPostApproveAsync(int id, CancellationToken ct) => MoveAsync(id, VersionStatus.Approved, "Approved", ct);

    [HandlerPolicy(Policies.FollowDecide)]
    public Task<IActionResult> OnPostReturnAsync(int id, CancellationToken ct) => MoveAsync(id, VersionStatus.Returned, "Returned", ct);

    /// <summary>An evidence file as a download: never shown inline, so a file cannot run as a page of the app.</summary>
    public async Task<IActionResult> OnGetEvidenceAsync(int id, int file, CancellationToken ct)
    {
        if (await IndicatorValues.EvidenceAsync(db, id, file, ct) is not { } found)
        {
            return NotFound();
        }
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(found.File.Content, found.File.ContentType, found.File.FileName);
    }

    private async Task<IActionResult> MoveAsync(int id, VersionStatus to, string doneKey, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        FormOpen = true;
        var stored = Stored.FirstOrDefault(v => v.Id == Form.ValueId);
        if (stored is null)
        {
            return NotFound();
        }
        Form.Indicator = stored.Value.IndicatorId;
        Form.Period = stored.Value.PeriodCode;
        Form.Organisation = stored.Value.Organisation;
        Form.Value ??= Shown(stored.Value);
        Form.Comment ??= stored.Value.Comment;
        if (to == VersionStatus.Submitted && await RefuseOtherOrganisationAsync(id, stored.Value.Organisation, ct) is { } refused)
        {
            return refused;
        }
        if (to == VersionStatus.Returned && string.IsNullOrWhiteSpace(Form.Reason))
        {
            return Invalid("Reason", text["ReasonMissing"]);
        }
        var result = await IndicatorValues.MoveAsync(db, id, stored.Id, to, Form.Reason, Form.Revision, ct);
        return result.Ok ? Redirected(id, text[doneKey], stored.Value.IndicatorId) : Outcome(result);
    }

    // A co-implementer's own organisation only: anything else is refused as the plan's share edit is, with an audit row.
    private async Task<IActionResult?> RefuseOtherOrganisationAsync(int id, string? organisation, CancellationToken ct)
    {
        if (await access.MembershipAsync(id, ct) is not { Role: ProjectRole.CoImplementer } member || (organisation ?? "").Trim() == (member.Organisation ?? ""))
        {
            return null;
        }
        await AuditLog.AppendAsync(db, new AuditEvent("value.save", AuditOutcomes.Refused, id,
            Item: IndicatorValues.ItemOf(Form.Indicator ?? "", Form.Period ?? "", (organisation ?? "").Trim()), After: "another organisation's value"), ct);
        FormError = Format("OtherOrganisation", member.Organisation ?? "");
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }

    private IActionResult Outcome(ValueResult result)
    {
        switch (result.Outcome)
        {
            case ValueOutcome.BadEntry:
                var field = result.Entry!.Code switch
                {
                    EntryProblem.UnknownIndicator => "Indicator",
                    EntryProblem.UnknownPeriod => "Period",
                    EntryProblem.UnknownOrganisation => "Organisation",
                    EntryProblem.CommentTooLong => "Comment",
                    _ => "Value",
                };
                return Invalid(field, Entry(result.Entry));
            case ValueOutcome.BadEvidence:
                return Invalid("Evidence", Evidence(result.Evidence!));
            case ValueOutcome.ChangedMeanwhile:
                FormError = text["ChangedMeanwhile"];
                // The form now carries the stored revision: saving again is a deliberate overwrite of what is shown.
                Form.Revision = StoredOf(Form.Indicator, Form.Period, Form.Organisation)?.Revision;
                Response.StatusCode = StatusCodes.Status412PreconditionFailed;
                return Page();
            case ValueOutcome.NotAllowed:
                FormError = Format("NotAllowed", text["Status." + VersionStatuses.Name(result.Current ?? VersionStatus.Draft)]);
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            case ValueOutcome.ReasonMissing:
                return Invalid("Reason", text["ReasonMissing"]);
            case ValueOutcome.NoPeriods:
                FormError = Format("NoPeriods", result.Detail ?? "");
                return Page();
            default:
                return NotFound();
        }
    }

    // A refused field: its message beside it and in the summary, the form shown again as typed.
    private IActionResult Invalid(string field, string message)
    {
        ModelState.AddModelError("Form." + field, message);
        return Page();
    }

    /// <summary>The messages of a form field, for the span beside it.</summary>
    public IReadOnlyList<string> ErrorsOf(string field) =>
        ModelState.TryGetValue("Form." + field, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];

    /// <summary>Every message of the form, for the error summary, with the field it links to.</summary>
    public IEnumerable<(string Field, string Message)> AllErrors() =>
        new[] { "Indicator", "Period", "Organisation", "Value", "Comment", "Evidence", "Reason" }
            .SelectMany(f => ErrorsOf(f).Select(m => (f, m)));

    private string Entry(EntryProblem problem) => problem.Code switch
    {
        EntryProblem.BadValue => Format(problem.Value!.Code, problem.Value.Typed),
        EntryProblem.CommentTooLong => Format(problem.Code, problem.Typed),
        _ => Format(problem.Code, problem.Typed),
    };

    private string Evidence(EvidenceProblem problem) =>
        Format(problem.Code, problem.FileName, (problem.Size / 1024d / 1024d).ToString("0.#", CultureInfo.CurrentCulture), problem.Max / 1024 / 1024);

    private IActionResult Redirected(int id, string message, string? indicator)
    {
        Done = message;
        return LocalRedirect($"/projects/{id}/values" + (indicator is null ? "" : "#mittari-" + Uri.EscapeDataString(indicator)));
    }

    public string Format(string key, params object[] values) => string.Format(CultureInfo.CurrentCulture, text[key], values);

    /// <summary>The stored value of a cell, or null.</summary>
    public StoredValue? StoredOf(string? indicator, string? period, string? organisation) =>
        Stored.FirstOrDefault(v => v.Value.IndicatorId == indicator && v.Value.PeriodCode == period && v.Value.Organisation == (organisation ?? "").Trim());

    /// <summary>The stored values of a cell, the project's own first, then each organisation's.</summary>
    public IReadOnlyList<StoredValue> ValuesOf(string indicator, string period) =>
        Stored.Where(v => v.Value.IndicatorId == indicator && v.Value.PeriodCode == period).OrderBy(v => v.Value.Organisation.Length > 0).ThenBy(v => v.Value.Organisation).ToList();

    /// <summary>A value as the form and the grid show it, in the user's language.</summary>
    public string Shown(MeasuredValue v) => v.YesNo is { } yes ? (yes ? text["Yes"] : text["No"])
        : v.Number is { } n ? n.ToString("0.############", CultureInfo.CurrentCulture) : "";

    public string StatusName(VersionStatus status) => text["Status." + VersionStatuses.Name(status)];

    /// <summary>The chart of an indicator's approved values with its data, texts in the user's language.</summary>
    public ChartData Chart(IndicatorProgress p)
    {
        var name = string.IsNullOrWhiteSpace(p.Indicator.Name) ? p.Indicator.Id : p.Indicator.Name;
        var points = Periods.Select(period => new ChartPoint(period.Code,
            p.Points.FirstOrDefault(x => x.Period.Code == period.Code) is { } point ? point.Number ?? (point.YesNo is { } y ? (y ? 1m : 0m) : null) : null)).ToList();
        return new ChartData("kuvaaja-" + p.Indicator.Id, Format("ChartTitle", name),
            Format("ChartDesc", Number(p.Baseline), Number(p.Target)), points, p.Baseline, text["Baseline"], p.Target, text["Target"]);
    }

    public static string Number(decimal? value) => value is { } v ? v.ToString("#,0.##", CultureInfo.CurrentCulture) : "–";

    public static string Percent(decimal? share) => share is { } s ? (s * 100).ToString("0", CultureInfo.CurrentCulture) + "\u00A0%" : "–";

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var context = await IndicatorValues.ContextAsync(db, id, ct);
        if (context is null)
        {
            return false;
        }
        ProjectId = id;
        Plan = context.Plan;
        ProjectName = Plan.Project.Name;
        Periods = context.Calendar.Periods;
        NoPeriods = context.Calendar.Problem;
        Stored = await IndicatorValues.ListAsync(db, id, ct);
        var values = Stored.Select(s => s.Value).ToList();
        Progress = Plan.Indicators.Select(i => IndicatorProgressRule.For(i, values, Periods, Plan.Project.Period, context.Profile.Progress)).ToList();
        CanRecord = await access.AllowsAsync(Policies.FollowRecord, id, ct);
        CanDecide = await access.AllowsAsync(Policies.FollowDecide, id, ct);
        OwnOrganisation = await access.MembershipAsync(id, ct) is { Role: ProjectRole.CoImplementer } m ? m.Organisation : null;
        return true;
    }
}
