using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using System.Globalization;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Plans.Goals;

/// <summary>
/// The goals and the indicators that measure them (/projects/{id}/goals): read, add, edit and delete.
/// Which form is open is in the address (?edit=goal-2, ?edit=new-indicator), so it all works without JavaScript.
/// </summary>
[Authorize(Policy = Policies.ProjectRead)]
public sealed class GoalsModel(HankevahtiDb db, PlanCache cache, IStringLocalizer<UiText> ui, IStringLocalizer<GoalsText> text)
    : EditablePartPage(db, cache, ui)
{
    public const string NewGoal = "new-goal";
    public const string NewIndicator = "new-indicator";

    public override string PartKey => "goals";

    /// <summary>The open form: "goal-2", "indicator-1", <see cref="NewGoal"/> or <see cref="NewIndicator"/>; none when null.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Edit { get; set; }

    [BindProperty]
    public GoalInput GoalForm { get; set; } = new();

    [BindProperty]
    public IndicatorInput IndicatorForm { get; set; } = new();

    public static string GoalKey(int index) => $"goal-{index}";

    public static string IndicatorKey(int index) => $"indicator-{index}";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        if (Edit == NewGoal)
        {
            GoalForm = new GoalInput { Level = nameof(GoalLevel.Objective) };
        }
        else if (Edit == NewIndicator)
        {
            IndicatorForm = IndicatorInput.New();
        }
        else if (IndexIn(Edit, "goal-", Plan.Goals.Count) is { } g)
        {
            GoalForm = GoalInput.From(Plan.Goals[g], g);
        }
        else if (IndexIn(Edit, "indicator-", Plan.Indicators.Count) is { } i)
        {
            IndicatorForm = IndicatorInput.From(Plan.Indicators[i], i, Plan.Goals);
        }
        else
        {
            // An address naming an item that is no longer there shows the page without a form.
            Edit = null;
        }
        return Page();
    }

    [HandlerPolicy(Policies.PlanEdit)]
    public async Task<IActionResult> OnPostSaveGoalAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        var form = GoalForm;
        Edit = form.Index is { } at ? GoalKey(at) : NewGoal;
        if (FormIsStale)
        {
            return RefuseStaleForm();
        }
        if (BadIndex(form.Index, Plan.Goals.Count))
        {
            return BadRequest();
        }
        if (string.IsNullOrWhiteSpace(form.Text))
        {
            FieldError("GoalForm.Text", "Required", text["Goal.Text"]);
        }
        if (!Enum.TryParse<GoalLevel>(form.Level, out var level) || !Enum.IsDefined(level))
        {
            FieldError("GoalForm.Level", "Required", text["Goal.Level"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var index = form.Index ?? Plan.Goals.Count;
        return await SaveAsync(id, plan =>
        {
            var old = form.Index is { } i ? plan.Goals[i] : new Goal { Id = FormText.NewId("g", plan) };
            var goal = old with
            {
                Level = level,
                Code = FormText.Optional(form.Code),
                Text = form.Text!.Trim(),
                PartCode = FormText.Optional(form.PartCode),
                // The plan's order of indicators, then any id the plan names but no longer has.
                IndicatorIds = [.. form.IndicatorIds.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal)],
            };
            if (form.Index is { } at)
            {
                plan.Goals[at] = goal;
            }
            else
            {
                plan.Goals.Add(goal);
            }
            return plan;
        }, Note(form.Index is null ? "Note.GoalAdded" : "Note.GoalChanged", form.Code ?? form.Text), PlanParts.Anchor($"goals[{index}]"), ct);
    }

    [HandlerPolicy(Policies.PlanEdit)]
    public async Task<IActionResult> OnPostDeleteGoalAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        if (FormIsStale)
        {
            return RefuseStaleForm();
        }
        if (GoalForm.Index is not { } index || BadIndex(index, Plan.Goals.Count))
        {
            return BadRequest();
        }
        var goal = Plan.Goals[index];
        return await SaveAsync(id, plan =>
        {
            plan.Goals.RemoveAt(index);
            // Outcomes that named the goal would point at nothing; another goal with the same id keeps its links.
            if (!plan.Goals.Any(g => g.Id == goal.Id))
            {
                foreach (var outcome in plan.Outcomes)
                {
                    outcome.GoalIds.RemoveAll(g => g == goal.Id);
                }
            }
            return plan;
        }, Note("Note.GoalDeleted", goal.Code ?? goal.Text), PlanParts.Anchor("goals"), ct);
    }

    [HandlerPolicy(Policies.PlanEdit)]
    public async Task<IActionResult> OnPostSaveIndicatorAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        var form = IndicatorForm;
        Edit = form.Index is { } at ? IndicatorKey(at) : NewIndicator;
        if (FormIsStale)
        {
            return RefuseStaleForm();
        }
        if (BadIndex(form.Index, Plan.Indicators.Count))
        {
            return BadRequest();
        }
        if (string.IsNullOrWhiteSpace(form.Name))
        {
            FieldError("IndicatorForm.Name", "Required", text["Indicator.Name"]);
        }
        if (!Enum.TryParse<IndicatorKind>(form.Kind, out var kind) || !Enum.IsDefined(kind))
        {
            FieldError("IndicatorForm.Kind", "Required", text["Indicator.Kind"]);
        }
        var old = form.Index is { } i ? Plan.Indicators[i] : null;
        var baseline = ReadValue(form.Baseline, "IndicatorForm.Baseline", text["Baseline"], old?.Baseline, kind);
        var targets = new List<IndicatorValue>();
        for (var row = 0; row < form.Targets.Count; row++)
        {
            var oldTarget = old is not null && row < old.Targets.Count ? old.Targets[row] : null;
            if (ReadValue(form.Targets[row], $"IndicatorForm.Targets[{row}]", TargetLabel(row), oldTarget, kind) is { } target)
            {
                targets.Add(target);
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var index = form.Index ?? Plan.Indicators.Count;
        return await SaveAsync(id, plan =>
        {
            var indicator = (old ?? new Indicator { Id = FormText.NewId("i", plan) }) with
            {
                Name = form.Name!.Trim(),
                Kind = kind,
                Unit = FormText.Optional(form.Unit),
                Baseline = baseline,
                Targets = targets,
                DataSource = FormText.Optional(form.DataSource),
                Method = FormText.Optional(form.Method),
                Frequency = FormText.Optional(form.Frequency),
                Responsible = FormText.Optional(form.Responsible),
                WorkCodes = FormText.Items(form.WorkCodes),
            };
            if (form.Index is { } at)
            {
                plan.Indicators[at] = indicator;
            }
            else
            {
                plan.Indicators.Add(indicator);
            }
            // The link is kept on the goal (goals[].indicatorIds); the form edits it from the indicator's side.
            foreach (var goal in plan.Goals)
            {
                var measures = form.GoalIds.Contains(goal.Id);
                if (measures && !goal.IndicatorIds.Contains(indicator.Id))
                {
                    goal.IndicatorIds.Add(indicator.Id);
                }
                else if (!measures)
                {
                    goal.IndicatorIds.RemoveAll(x => x == indicator.Id);
                }
            }
            return plan;
        }, Note(form.Index is null ? "Note.IndicatorAdded" : "Note.IndicatorChanged", form.Name), PlanParts.Anchor($"indicators[{index}]"), ct);
    }

    [HandlerPolicy(Policies.PlanEdit)]
    public async Task<IActionResult> OnPostDeleteIndicatorAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        if (FormIsStale)
        {
            return RefuseStaleForm();
        }
        if (IndicatorForm.Index is not { } index || BadIndex(index, Plan.Indicators.Count))
        {
            return BadRequest();
        }
        var indicator = Plan.Indicators[index];
        return await SaveAsync(id, plan =>
        {
            plan.Indicators.RemoveAt(index);
            if (!plan.Indicators.Any(x => x.Id == indicator.Id))
            {
                foreach (var goal in plan.Goals)
                {
                    goal.IndicatorIds.RemoveAll(x => x == indicator.Id);
                }
            }
            return plan;
        }, Note("Note.IndicatorDeleted", indicator.Name), PlanParts.Anchor("indicators"), ct);
    }

    public string TargetLabel(int row) => string.Format(CultureInfo.CurrentUICulture, text["TargetRow"], row + 1);

    /// <summary>"Päätavoite 0", "Osatavoite T1": how a goal is named in lists and links.</summary>
    public static string GoalName(Goal goal) => Fi.Text(goal.Level) + (goal.Code is { Length: > 0 } code ? " " + code : "");

    /// <summary>A goal's text cut to fit a checkbox's label.</summary>
    public static string Short(string text, int max = 90)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= max ? line : line[..(max - 1)].TrimEnd() + "…";
    }

    /// <summary>The indicators a goal names, with their place in the plan's list; an id the plan lacks has none.</summary>
    public IEnumerable<(string Id, int? Index, Indicator? Indicator)> IndicatorsOf(Goal goal) =>
        goal.IndicatorIds.Select(id =>
        {
            var index = Plan.Indicators.FindIndex(i => i.Id == id);
            return index >= 0 ? (id, (int?)index, Plan.Indicators[index]) : (id, null, null);
        });

    /// <summary>"true" for a field with a message, for aria-invalid.</summary>
    public string? Invalid(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? "true" : null;

    private IndicatorValue? ReadValue(ValueInput row, string field, string label, IndicatorValue? old, IndicatorKind kind)
    {
        if (row.IsBlank)
        {
            return null;
        }
        int? year = null;
        if (!string.IsNullOrWhiteSpace(row.Year))
        {
            if (!FormValues.TryYear(row.Year, out var y))
            {
                FieldError($"{field}.Year", "NotAYear", Column(label, "Column.Year"));
            }
            else if (!Limits.IsPlausibleYear(y))
            {
                FieldError($"{field}.Year", "OutOfRange", Column(label, "Column.Year"), Limits.Dates.Earliest.Year, Limits.Dates.Latest.Year);
            }
            else
            {
                year = y;
            }
        }
        decimal? value = null;
        if (!string.IsNullOrWhiteSpace(row.Value))
        {
            if (FormValues.TryNumber(row.Value, out var v))
            {
                var (min, max) = ValueRange(kind);
                InRange($"{field}.Value", Column(label, "Column.Value"), v, min, max, out value);
            }
            else
            {
                FieldError($"{field}.Value", "NotANumber", Column(label, "Column.Value"));
            }
        }
        bool? achieved = row.Achieved switch { "yes" => true, "no" => false, _ => null };
        return new IndicatorValue
        {
            Year = year,
            Value = value,
            Achieved = achieved,
            Period = FormText.Optional(row.Period),
            Text = FormText.Optional(row.Text),
            Source = old?.Source,
        };
    }

    /// <summary>
    /// Which values an indicator of the kind can have: a percentage 0–100, a count or days from 0 up, an
    /// amount either way within the largest amount; a self-assessment or another kind any plausible number.
    /// </summary>
    private (decimal Min, decimal Max) ValueRange(IndicatorKind kind) => kind switch
    {
        IndicatorKind.Percentage => (0, 100),
        IndicatorKind.Count or IndicatorKind.Days => (0, Limits.Numbers.MaxCount),
        IndicatorKind.Money => (-Limits.Numbers.MaxAmount, Limits.Numbers.MaxAmount),
        _ => (-Limits.Numbers.MaxValue, Limits.Numbers.MaxValue),
    };

    private string Column(string row, string column) => string.Format(CultureInfo.CurrentUICulture, text["RowField"], row, text[column]);

    private string Note(string key, string? what) =>
        string.Format(CultureInfo.CurrentUICulture, text[key], what is { Length: > 60 } ? what[..57] + "…" : what?.Trim());



    private static bool BadIndex(int? index, int count) => index is { } i && (i < 0 || i >= count);

    private static int? IndexIn(string? key, string prefix, int count) =>
        key is not null && key.StartsWith(prefix, StringComparison.Ordinal)
        && int.TryParse(key.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < count
            ? i
            : null;
}
