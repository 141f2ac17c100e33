using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Hankevahti.Limits;
using System.Globalization;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Plans.Limits;
using Hankevahti.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Plans.Risks;

/// <summary>
/// The risks page: the 5 × 5 risk matrix with each rated risk placed and linked, the risks listed with
/// their ratings and mitigations, and forms to add, edit (?edit=N) and delete a risk.
/// </summary>
[Authorize(Policy = Policies.ProjectRead)]
public sealed class IndexModel(HankevahtiDb db, PlanCache cache, IStringLocalizer<UiText> ui, IStringLocalizer<RisksText> text)
    : EditablePartPage(db, cache, ui)
{
    public override string PartKey => "risks";

    [BindProperty]
    public RiskForm Input { get; set; } = new();

    /// <summary>The index of the risk whose form is open; null when the form adds a new one.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Edit { get; set; }

    private RiskMatrix? matrix;

    /// <summary>The matrix of the plan shown (also after a conflict, when the page shows the newer plan).</summary>
    public RiskMatrix Matrix => matrix ??= new RiskMatrix(Plan.Risks);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } result)
        {
            return result;
        }
        if (Edit is { } index && index >= 0 && index < Plan.Risks.Count)
        {
            Input = RiskForm.From(Plan.Risks[index]);
        }
        else
        {
            Edit = null;
        }
        return Show();
    }

    /// <summary>Adds a risk (no <see cref="Edit"/>) or saves the one being edited.</summary>
    [HandlerPolicy(Policies.PlanEdit)]

    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } result)
        {
            return result;
        }
        if (Edit is { } edited && (edited < 0 || edited >= Plan.Risks.Count))
        {
            Edit = null;
        }
        var existing = Edit is { } i ? Plan.Risks[i] : null;
        var title = Input.Title?.Trim() ?? "";
        CheckRequired("Input.Title", title, text["Title"]);
        var likelihood = ReadRating("Input.Likelihood", Input.Likelihood, text["Likelihood"], existing?.Likelihood);
        var impact = ReadRating("Input.Impact", Input.Impact, text["Impact"], existing?.Impact);
        if (!ModelState.IsValid)
        {
            return Show();
        }
        var risk = (existing ?? new Risk()) with
        {
            Code = Clean(Input.Code),
            Title = title,
            Description = Clean(Input.Description),
            Consequence = Clean(Input.Consequence),
            Likelihood = likelihood,
            Impact = impact,
            Mitigations = RiskForm.Lines(Input.Mitigations),
            Owner = Clean(Input.Owner),
        };
        var index = Edit ?? Plan.Risks.Count;
        return await SaveAsync(id, plan =>
        {
            if (index < plan.Risks.Count)
            {
                plan.Risks[index] = risk;
            }
            else
            {
                plan.Risks.Add(risk);
            }
            return plan;
        }, string.Format(CultureInfo.CurrentCulture, text[existing is null ? "NoteAdded" : "NoteEdited"], title), PlanParts.Anchor($"risks[{index}]"), ct);
    }

    [HandlerPolicy(Policies.PlanEdit)]
    public async Task<IActionResult> OnPostDeleteAsync(int id, int index, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } result)
        {
            return result;
        }
        if (index < 0 || index >= Plan.Risks.Count)
        {
            return NotFound();
        }
        var title = Plan.Risks[index].Title;
        return await SaveAsync(id, plan =>
        {
            plan.Risks.RemoveAt(index);
            return plan;
        }, string.Format(CultureInfo.CurrentCulture, text["NoteDeleted"], title), "risk-list", ct);
    }

    /// <summary>The messages of a form field, for the span beside it.</summary>
    public IEnumerable<string> ErrorsOf(string field) =>
        ModelState.TryGetValue(field, out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];

    private PageResult Show() => Page();

    /// <summary>
    /// A rating chosen in the form: a whole number 1–5, or the range the risk already had ("2-3"),
    /// which is offered as a choice of its own so that editing other fields does not lose it. The
    /// plan's wording ("Todennäköinen") is kept while the value stays the same.
    /// </summary>
    private RiskRating? ReadRating(string field, string? value, string label, RiskRating? existing)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            FieldError(field, "Required", label);
            return null;
        }
        if (RiskForm.ParseRating(value) is not { } parsed)
        {
            FieldError(field, "NotANumber", label);
            return null;
        }
        const int low = NumberLimits.RatingMin, high = NumberLimits.RatingMax;
        if (parsed.Min is < low or > high || parsed.Max is < low or > high || parsed.Min > parsed.Max)
        {
            FieldError(field, "OutOfRange", label, low, high);
            return null;
        }
        return existing is not null && existing.Min == parsed.Min && (existing.Max ?? existing.Min) == parsed.Max ? existing : parsed;
    }
}

/// <summary>A risk as the form posts it: every value a string, so that what the user typed comes back as typed.</summary>
[LabelsFrom(typeof(RisksText))]
public sealed class RiskForm
{
    [Limit(FieldKind.Code)]
    public string? Code { get; set; }
    [Limit(FieldKind.Title)]
    public string? Title { get; set; }
    [Limit(FieldKind.Description)]
    public string? Description { get; set; }
    [Limit(FieldKind.Description)]
    public string? Consequence { get; set; }
    /// <summary>"1"–"5", or a range "2-3" the risk already had.</summary>
    public string? Likelihood { get; set; }
    public string? Impact { get; set; }
    /// <summary>One mitigation a line.</summary>
    [Limit(FieldKind.ListLine)]
    public string? Mitigations { get; set; }
    [Limit(FieldKind.Person)]
    public string? Owner { get; set; }

    public static RiskForm From(Risk risk) => new()
    {
        Code = risk.Code,
        Title = risk.Title,
        Description = risk.Description,
        Consequence = risk.Consequence,
        Likelihood = Value(risk.Likelihood),
        Impact = Value(risk.Impact),
        Mitigations = string.Join("\n", risk.Mitigations),
        Owner = risk.Owner,
    };

    /// <summary>A rating as an option value: "4", "2-3", "2.5"; null when there is no number.</summary>
    public static string? Value(RiskRating? rating)
    {
        if (rating?.Min is not { } min)
        {
            return null;
        }
        var max = rating.Max ?? min;
        var a = min.ToString("0.##", CultureInfo.InvariantCulture);
        return max == min ? a : $"{a}-{max.ToString("0.##", CultureInfo.InvariantCulture)}";
    }

    /// <summary>"4" → 4, "2-3" → 2–3; null when it is not a number or a range of numbers.</summary>
    public static RiskRating? ParseRating(string value)
    {
        var parts = value.Replace('\u2013', '-').Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is < 1 or > 2)
        {
            return null;
        }
        var numbers = new List<decimal>();
        foreach (var part in parts)
        {
            if (!FormValues.TryNumber(part, out var n))
            {
                return null;
            }
            numbers.Add(n);
        }
        return new RiskRating { Min = numbers[0], Max = numbers[^1] };
    }

    /// <summary>The text's non-empty lines, trimmed: one mitigation each.</summary>
    public static List<string> Lines(string? text) =>
        (text ?? "").ReplaceLineEndings("\n").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}
