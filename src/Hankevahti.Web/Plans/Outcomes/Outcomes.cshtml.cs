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

namespace Hankevahti.Web.Plans.Outcomes;

/// <summary>An outcome as its form posts it; every field a string so that what was typed comes back on an error.</summary>
[LabelsFrom(typeof(OutcomesText))]
public sealed class OutcomeInput
{
    /// <summary>The outcome's place in the plan's list; null for a new one.</summary>
    public int? Index { get; set; }
    public string? Kind { get; set; }
    public string? Term { get; set; }
    [Limit(FieldKind.Title, Label = "Field.Title")]
    public string? Title { get; set; }
    [Limit(FieldKind.Description, Label = "Field.Text")]
    public string? Text { get; set; }
    public List<string> PartCodes { get; set; } = [];
    public List<string> GoalIds { get; set; } = [];

    public static OutcomeInput From(Outcome outcome, int index) => new()
    {
        Index = index,
        Kind = outcome.Kind.ToString(),
        Term = outcome.Term.ToString(),
        Title = outcome.Title,
        Text = outcome.Text,
        PartCodes = [.. outcome.PartCodes],
        GoalIds = [.. outcome.GoalIds],
    };
}

/// <summary>
/// The outputs, results and impacts (/projects/{id}/outcomes), grouped by kind: read, add, edit and
/// delete. The open form is in the address (?edit=outcome-2, ?edit=new-result), so no script is needed.
/// </summary>
[Authorize(Policy = Policies.ProjectRead)]
public sealed class OutcomesModel(HankevahtiDb db, PlanCache cache, IStringLocalizer<UiText> ui, IStringLocalizer<OutcomesText> text)
    : PlanPartPage(db, cache, ui)
{
    public override string PartKey => "outcomes";

    /// <summary>The open form: "outcome-2", or "new-output" / "new-result" / "new-impact"; none when null.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Edit { get; set; }

    [BindProperty]
    public OutcomeInput Form { get; set; } = new();

    public static string OutcomeKey(int index) => $"outcome-{index}";

    public static string NewKey(OutcomeKind kind) => $"new-{kind.ToString().ToLowerInvariant()}";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        if (Enum.GetValues<OutcomeKind>().FirstOrDefault(k => NewKey(k) == Edit) is var kind && NewKey(kind) == Edit)
        {
            Form = new OutcomeInput { Kind = kind.ToString(), Term = nameof(OutcomeTerm.Unspecified) };
        }
        else if (Edit is not null && Edit.StartsWith("outcome-", StringComparison.Ordinal)
            && int.TryParse(Edit.AsSpan("outcome-".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < Plan.Outcomes.Count)
        {
            Form = OutcomeInput.From(Plan.Outcomes[i], i);
        }
        else
        {
            Edit = null;
        }
        return Page();
    }

    [HandlerPolicy(Policies.PlanEdit)]
    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        var form = Form;
        var kindRead = Enum.TryParse<OutcomeKind>(form.Kind, out var kind) && Enum.IsDefined(kind);
        Edit = form.Index is { } at ? OutcomeKey(at) : NewKey(kindRead ? kind : OutcomeKind.Output);
        if (FormIsStale)
        {
            return RefuseStaleForm();
        }
        if (form.Index is { } bad && (bad < 0 || bad >= Plan.Outcomes.Count))
        {
            return BadRequest();
        }
        if (!kindRead)
        {
            FieldError("Form.Kind", "Required", text["Field.Kind"]);
        }
        if (!Enum.TryParse<OutcomeTerm>(form.Term, out var term) || !Enum.IsDefined(term))
        {
            FieldError("Form.Term", "Required", text["Field.Term"]);
        }
        if (string.IsNullOrWhiteSpace(form.Title))
        {
            FieldError("Form.Title", "Required", text["Field.Title"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var index = form.Index ?? Plan.Outcomes.Count;
        return await SaveAsync(id, plan =>
        {
            var outcome = (form.Index is { } i ? plan.Outcomes[i] : new Outcome()) with
            {
                Kind = kind,
                Term = term,
                Title = form.Title!.Trim(),
                Text = FormText.Optional(form.Text),
                PartCodes = [.. form.PartCodes.Where(c => !string.IsNullOrWhiteSpace(c)).Distinct(StringComparer.Ordinal)],
                GoalIds = [.. form.GoalIds.Where(g => !string.IsNullOrWhiteSpace(g)).Distinct(StringComparer.Ordinal)],
            };
            if (form.Index is { } at)
            {
                plan.Outcomes[at] = outcome;
            }
            else
            {
                plan.Outcomes.Add(outcome);
            }
            return plan;
        }, Note(form.Index is null ? "Note.Added" : "Note.Changed", form.Title), PlanParts.Anchor($"outcomes[{index}]"), ct);
    }

    [HandlerPolicy(Policies.PlanEdit)]
    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        if (FormIsStale)
        {
            return RefuseStaleForm();
        }
        if (Form.Index is not { } index || index < 0 || index >= Plan.Outcomes.Count)
        {
            return BadRequest();
        }
        var title = Plan.Outcomes[index].Title;
        return await SaveAsync(id, plan =>
        {
            plan.Outcomes.RemoveAt(index);
            return plan;
        }, Note("Note.Deleted", title), PlanParts.Anchor("outcomes"), ct);
    }

    /// <summary>"true" for a field with a message, for aria-invalid.</summary>
    public string? Invalid(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? "true" : null;

    private string Note(string key, string? what) =>
        string.Format(CultureInfo.CurrentUICulture, text[key], GoalsModel.Short(what ?? "", 60));
}
