using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using System.Globalization;
using Hankevahti.Checks;
using Hankevahti.Checks.Profiles;
using Hankevahti.Following;
using Hankevahti.Following.Actions;
using Hankevahti.Storage.Following;
using Hankevahti.Storage.Projects;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Plans.Work;

/// <summary>
/// The work structure (parts to any depth, with their actions) and the schedule as a Gantt chart, at
/// /projects/{id}/work. Each edit is a form post that saves the plan's next version; an "edit" or
/// "add" link opens the form in place (?edit=work[0].children[1]), so every step works without script.
/// </summary>
[Authorize(Policy = Policies.ProjectRead)]
public sealed class WorkModel(HankevahtiDb db, PlanCache cache, IStringLocalizer<UiText> ui, IStringLocalizer<WorkText> text, TimeProvider time)
    : EditablePartPage(db, cache, ui)
{
    /// <summary>The parent value that stands for the top of the tree.</summary>
    public const string TopLevel = "work";

    private const int MaxPeriods = 60;

    private GanttChart? gantt;

    public override string PartKey => "work";

    [BindProperty]
    public PartInput Input { get; set; } = new();

    [BindProperty]
    public ActionInput Act { get; set; } = new();

    /// <summary>"months" or "quarters"; anything else lets the span choose.</summary>
    [BindProperty(SupportsGet = true, Name = "scale")]
    public string? ScaleText { get; set; }

    /// <summary>The form open on the page, if any.</summary>
    public OpenForm? Open { get; private set; }

    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public GanttChart Gantt => gantt ??= GanttChart.Build(Plan, Today, GanttChart.ParseScale(ScaleText), Progress, Baseline);

    /// <summary>The actions' statuses as followed (by action id), for the chart's colours; null until loaded.</summary>
    public IReadOnlyDictionary<string, ActionStatus>? Progress { get; private set; }

    /// <summary>The latest approved version's plan, drawn as the chart's baseline; null when none is approved.</summary>
    public Plan? Baseline { get; private set; }
    public int? BaselineVersion { get; private set; }

    /// <summary>
    /// What the chart needs beyond the plan: the actions' statuses from the follow-up and the approved version's
    /// schedule. Only the page's GET reads them; a refused form shows the chart without them.
    /// </summary>
    private async Task LoadFollowingAsync(int id, CancellationToken ct)
    {
        var followUp = await FollowUps.LoadAsync(Db, id, ct);
        var periods = ReportingCalendar.For(await ReportingTerms.ProfileAsync(Db, Plan, ct), Plan.Project.Period).Periods;
        Progress = ActionStates.Of(PlannedActions.Of(Plan), followUp.Actions, Today, periods)
            .GroupBy(s => s.ActionId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Status, StringComparer.Ordinal);
        if (await Db.ApprovedVersionAsync(id, ct) is { } approved && await Db.VersionPlanAsync(id, approved, ct) is { Plan: { } plan })
        {
            Baseline = plan;
            BaselineVersion = approved;
        }
    }

    public async Task<IActionResult> OnGetAsync(int id, string? edit, string? add, string? addAction, string? delete, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        await LoadFollowingAsync(id, ct);
        var work = Plan.Work;
        if (WorkTree.ParseAction(edit) is { } a && WorkTree.FindAction(work, a.Part, a.Action) is { } action)
        {
            Open = new OpenForm(WorkForm.EditAction, a.Part.ActionPath(a.Action));
            Act = ActionInput.From(action, Open.Path);
        }
        else if (WorkTree.ParsePart(edit) is { } place && WorkTree.Find(work, place) is { } part)
        {
            Open = new OpenForm(WorkForm.EditPart, place.Path);
            Input = PartInput.From(part, place);
        }
        else if (add == TopLevel)
        {
            Open = new OpenForm(WorkForm.AddPart, TopLevel);
            Input = new PartInput { Target = TopLevel, Kind = (work.FirstOrDefault()?.Kind ?? WorkPartKind.Part).ToString() };
        }
        else if (WorkTree.ParsePart(add) is { } parentPlace && WorkTree.Find(work, parentPlace) is { } parent)
        {
            Open = new OpenForm(WorkForm.AddPart, parentPlace.Path);
            Input = new PartInput { Target = parentPlace.Path, Kind = ChildKind(parent).ToString() };
        }
        else if (WorkTree.ParsePart(addAction) is { } owner && WorkTree.Find(work, owner) is not null)
        {
            Open = new OpenForm(WorkForm.AddAction, owner.Path);
            Act = ActionInput.New(owner.Path);
        }
        else if (WorkTree.ParsePart(delete) is { } doomed && WorkTree.Find(work, doomed) is not null)
        {
            Open = new OpenForm(WorkForm.ConfirmDelete, doomed.Path);
        }
        return Page();
    }

    [HandlerPolicy(Policies.PlanEdit)]
    public async Task<IActionResult> OnPostAddPartAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        var parent = Input.Target == TopLevel ? null : WorkTree.ParsePart(Input.Target);
        var siblings = parent is null ? (Input.Target == TopLevel ? Plan.Work : null) : WorkTree.Find(Plan.Work, parent)?.Children;
        if (siblings is null)
        {
            return Stale();
        }
        Open = new OpenForm(WorkForm.AddPart, parent?.Path ?? TopLevel);
        if (ReadPart(except: null, currentCode: null) is not { } fields)
        {
            return Page();
        }
        var place = parent?.Child(siblings.Count) ?? new PartPlace([siblings.Count]);
        return await SaveAsync(id, plan =>
        {
            WorkTree.Add(plan.Work, parent, new WorkPart
            {
                Code = fields.Code,
                Kind = fields.Kind,
                Title = fields.Title,
                Responsible = fields.Responsible,
                Description = fields.Description,
            });
            return plan;
        }, Note("NoteAddPart", fields.Code), PlanParts.Anchor(place.Path), ct);
    }

    [HandlerPolicy(Policies.PlanEdit)]
    public async Task<IActionResult> OnPostEditPartAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        if (WorkTree.ParsePart(Input.Target) is not { } place || WorkTree.Find(Plan.Work, place) is not { } part)
        {
            return Stale();
        }
        Open = new OpenForm(WorkForm.EditPart, place.Path);
        var fields = ReadPart(except: place, currentCode: part.Code);
        PartPlace? newParent = null;
        if (Input.Parent != TopLevel)
        {
            newParent = WorkTree.ParsePart(Input.Parent);
            if (newParent is null || WorkTree.Find(Plan.Work, newParent) is null)
            {
                FieldError("Input.Parent", "Required", text["Parent"]);
            }
            else if (place.Contains(newParent))
            {
                ModelState.AddModelError("Input.Parent", text["CannotMoveIntoItself"]);
            }
        }
        if (fields is null || !ModelState.IsValid)
        {
            return Page();
        }
        var moves = !Equals(place.Parent, newParent);
        var after = moves ? WorkTree.PlaceAfterReparent(Plan.Work, place, newParent) : place;
        return await SaveAsync(id, plan =>
        {
            var current = WorkTree.Find(plan.Work, place)!;
            WorkTree.Replace(plan.Work, place, current with
            {
                Code = fields.Code,
                Kind = fields.Kind,
                // The plan's own word for the kind no longer fits once the kind is changed.
                KindLabel = fields.Kind == current.Kind ? current.KindLabel : null,
                Title = fields.Title,
                Responsible = fields.Responsible,
                Description = fields.Description,
            });
            if (moves)
            {
                WorkTree.Reparent(plan.Work, place, newParent);
            }
            return plan;
        }, Note(moves ? "NoteMovePart" : "NoteEditPart", fields.Code), PlanParts.Anchor(after?.Path), ct);
    }

    [HandlerPolicy(Policies.PlanEdit)]
    public async Task<IActionResult> OnPostMovePartAsync(int id, string? path, string? direction, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        var step = Step(direction);
        if (WorkTree.ParsePart(path) is not { } place || WorkTree.Find(Plan.Work, place) is not { } part || step == 0)
        {
            return Stale();
        }
        var siblings = place.Parent is { } parent ? WorkTree.Find(Plan.Work, parent)!.Children : Plan.Work;
        var target = place.Index + step;
        if (target < 0 || target >= siblings.Count)
        {
            return Stale();
        }
        var moved = place.Parent?.Child(target) ?? new PartPlace([target]);
        return await SaveAsync(id, plan =>
        {
            WorkTree.Move(plan.Work, place, step);
            return plan;
        }, Note("NoteMovePart", part.Code), PlanParts.Anchor(moved.Path), ct);
    }

    [HandlerPolicy(Policies.PlanEdit)]
    public async Task<IActionResult> OnPostDeletePartAsync(int id, string? path, bool confirmed, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        if (WorkTree.ParsePart(path) is not { } place || WorkTree.Find(Plan.Work, place) is not { } part)
        {
            return Stale();
        }
        if (!confirmed && (part.Children.Count > 0 || part.Actions.Count > 0))
        {
            // A part with content is deleted only after the user has seen what goes with it.
            return Redirect(Link("delete", place.Path, PlanParts.Anchor(place.Path)));
        }
        return await SaveAsync(id, plan =>
        {
            WorkTree.Delete(plan.Work, place);
            return plan;
        }, Note("NoteDeletePart", part.Code), place.Parent is { } parent ? PlanParts.Anchor(parent.Path) : StructureId, ct);
    }

    [HandlerPolicy(Policies.ShareEdit)]
    public async Task<IActionResult> OnPostAddActionAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        if (WorkTree.ParsePart(Act.Target) is not { } place || WorkTree.Find(Plan.Work, place) is not { } part)
        {
            return Stale();
        }
        Open = new OpenForm(WorkForm.AddAction, place.Path);
        if (ReadAction(part, except: null, current: null) is not { } action)
        {
            return Page();
        }
        return await SaveAsync(id, plan =>
        {
            WorkTree.Find(plan.Work, place)!.Actions.Add(action);
            return plan;
        }, Note("NoteAddAction", action.Code), PlanParts.Anchor(place.ActionPath(part.Actions.Count)), ct);
    }

    [HandlerPolicy(Policies.ShareEdit)]
    public async Task<IActionResult> OnPostEditActionAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        if (WorkTree.ParseAction(Act.Target) is not { } at || WorkTree.Find(Plan.Work, at.Part) is not { } part || WorkTree.FindAction(Plan.Work, at.Part, at.Action) is not { } current)
        {
            return Stale();
        }
        Open = new OpenForm(WorkForm.EditAction, at.Part.ActionPath(at.Action));
        if (ReadAction(part, except: at.Action, current) is not { } action)
        {
            return Page();
        }
        return await SaveAsync(id, plan =>
        {
            WorkTree.Find(plan.Work, at.Part)!.Actions[at.Action] = action;
            return plan;
        }, Note("NoteEditAction", action.Code), PlanParts.Anchor(Open.Path), ct);
    }

    [HandlerPolicy(Policies.ShareEdit)]
    public async Task<IActionResult> OnPostMoveActionAsync(int id, string? path, string? direction, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        var step = Step(direction);
        if (WorkTree.ParseAction(path) is not { } at || WorkTree.FindAction(Plan.Work, at.Part, at.Action) is not { } action
            || WorkTree.FindAction(Plan.Work, at.Part, at.Action + step) is null || step == 0)
        {
            return Stale();
        }
        return await SaveAsync(id, plan =>
        {
            WorkTree.MoveAction(plan.Work, at.Part, at.Action, step);
            return plan;
        }, Note("NoteMoveAction", action.Code), PlanParts.Anchor(at.Part.ActionPath(at.Action + step)), ct);
    }

    [HandlerPolicy(Policies.ShareEdit)]
    public async Task<IActionResult> OnPostDeleteActionAsync(int id, string? path, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        if (WorkTree.ParseAction(path) is not { } at || WorkTree.FindAction(Plan.Work, at.Part, at.Action) is not { } action)
        {
            return Stale();
        }
        return await SaveAsync(id, plan =>
        {
            WorkTree.Find(plan.Work, at.Part)!.Actions.RemoveAt(at.Action);
            return plan;
        }, Note("NoteDeleteAction", action.Code), PlanParts.Anchor(at.Part.Path), ct);
    }

    /// <summary>The id of the tree's section, where the page returns after a top-level part is deleted.</summary>
    public const string StructureId = "rakenne";

    /// <summary>The page's address with one query value and the chart's scale kept: "?edit=work%5B0%5D#work-0".</summary>
    public string Link(string name, string value, string anchor)
    {
        var query = $"?{name}={Uri.EscapeDataString(value)}";
        if (GanttChart.ParseScale(ScaleText) is { } scale)
        {
            query += "&scale=" + scale.ToString().ToLowerInvariant();
        }
        return $"{PlanParts.ByKey(PartKey).Url(ProjectId)}{query}#{anchor}";
    }

    /// <summary>The page again (no form open) at <paramref name="anchor"/>, with the chart's scale kept.</summary>
    public string Back(string anchor) =>
        PlanParts.ByKey(PartKey).Url(ProjectId)
        + (GanttChart.ParseScale(ScaleText) is { } scale ? "?scale=" + scale.ToString().ToLowerInvariant() : "")
        + "#" + anchor;

    public string ScaleLink(GanttScale scale) =>
        $"{PlanParts.ByKey(PartKey).Url(ProjectId)}?scale={scale.ToString().ToLowerInvariant()}#aikataulu";

    public string Handler(string handler) => $"{PlanParts.ByKey(PartKey).Url(ProjectId)}?handler={handler}";

    /// <summary>The first message about a field, or null.</summary>
    public string? ErrorOf(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>The fields with a message, each with the id of its input, for the links at the top of the page.</summary>
    public IEnumerable<(string Id, string Message)> FieldErrors() =>
        ModelState
            .Where(e => e.Value is { Errors.Count: > 0 } && FieldId(e.Key) is not null)
            .Select(e => (FieldId(e.Key)!, e.Value!.Errors[0].ErrorMessage));

    /// <summary>"Input.Code" → "part-code", "Act.Periods[1].End" → "period-1-end": the ids the form's inputs have.</summary>
    public static string? FieldId(string key)
    {
        var period = System.Text.RegularExpressions.Regex.Match(key, @"^Act\.Periods\[(\d+)\]\.(Label|Start|End)$");
        if (period.Success)
        {
            return $"period-{period.Groups[1].Value}-{period.Groups[2].Value.ToLowerInvariant()}";
        }
        return key.StartsWith("Input.", StringComparison.Ordinal) ? "part-" + key["Input.".Length..].ToLowerInvariant()
            : key.StartsWith("Act.", StringComparison.Ordinal) ? "action-" + key["Act.".Length..].ToLowerInvariant()
            : null;
    }

    /// <summary>
    /// The findings about a part itself: those under its sub-parts and actions are shown beside them.
    /// </summary>
    public IReadOnlyList<Finding> FindingsOfPart(string path) =>
        Loaded.FindingsAt(path)
            .Where(f => !f.Place.Path.StartsWith(path + ".children[", StringComparison.Ordinal)
                && !f.Place.Path.StartsWith(path + ".actions[", StringComparison.Ordinal))
            .ToList();

    /// <summary>Where a part may be moved: the top level and every part that is not the part itself or under it.</summary>
    public IEnumerable<(string Path, string Label)> ParentChoices(PartPlace place)
    {
        yield return (TopLevel, text["TopLevel"]);
        foreach (var (other, part, depth) in WorkTree.Walk(Plan.Work))
        {
            if (!place.Contains(other))
            {
                yield return (other.Path, new string('\u00A0', depth * 3) + GanttChart.Shorten($"{part.Code} {part.Title}".Trim(), 70));
            }
        }
    }

    private sealed record PartFields(string Code, WorkPartKind Kind, string Title, string? Responsible, string? Description);

    private PartFields? ReadPart(PartPlace? except, string? currentCode)
    {
        var code = (Input.Code ?? "").Trim();
        var title = (Input.Title ?? "").Trim();
        if (code.Length == 0)
        {
            FieldError("Input.Code", "Required", text["Code"]);
        }
        // A code the part already had is kept even if an imported plan repeats it elsewhere: the checks
        // report that, and refusing it here would block every other change to the part.
        else if (!WorkTree.SameCode(code, currentCode) && WorkTree.CodeTaken(Plan.Work, code, except))
        {
            ModelState.AddModelError("Input.Code", string.Format(CultureInfo.CurrentUICulture, text["CodeInUse"], code));
        }
        if (!Enum.TryParse<WorkPartKind>(Input.Kind, out var kind) || !Enum.IsDefined(kind))
        {
            FieldError("Input.Kind", "Required", text["Kind"]);
        }
        if (title.Length == 0)
        {
            FieldError("Input.Title", "Required", text["Title"]);
        }
        return ModelState.IsValid ? new PartFields(code, kind, title, Optional(Input.Responsible), Optional(Input.Description)) : null;
    }

    /// <summary>The action as the form describes it, keeping what the form does not show (its source, the periods' notes).</summary>
    private WorkAction? ReadAction(WorkPart part, int? except, WorkAction? current)
    {
        var code = (Act.Code ?? "").Trim();
        var title = (Act.Title ?? "").Trim();
        if (code.Length == 0)
        {
            FieldError("Act.Code", "Required", text["Code"]);
        }
        else if (!WorkTree.SameCode(code, current?.Code) && WorkTree.ActionCodeTaken(part, code, except))
        {
            ModelState.AddModelError("Act.Code", string.Format(CultureInfo.CurrentUICulture, text["ActionCodeInUse"], code));
        }
        if (title.Length == 0)
        {
            FieldError("Act.Title", "Required", text["Title"]);
        }
        if (!Enum.TryParse<ScheduleStatus>(Act.Status, out var status) || !Enum.IsDefined(status))
        {
            FieldError("Act.Status", "Required", text["Status"]);
        }

        var periods = new List<SchedulePeriod>();
        var old = current?.Schedule.Periods ?? [];
        for (var i = 0; i < Math.Min(Act.Periods.Count, MaxPeriods); i++)
        {
            var row = Act.Periods[i];
            if (row.IsBlank)
            {
                continue;
            }
            TryOptionalDate($"Act.Periods[{i}].Start", row.Start, PeriodField(i, "PeriodStart"), out var start);
            TryOptionalDate($"Act.Periods[{i}].End", row.End, PeriodField(i, "PeriodEnd"), out var end);
            if (start is { } from && end is { } to && to < from)
            {
                ModelState.AddModelError($"Act.Periods[{i}].End", string.Format(CultureInfo.CurrentUICulture, text["EndBeforeStart"], i + 1));
            }
            CheckPeriodLength($"Act.Periods[{i}].End", PeriodField(i, "PeriodEnd"), PeriodField(i, "PeriodStart"), start, end);
            var label = (row.Label ?? "").Trim();
            var before = i < old.Count ? old[i] : null;
            periods.Add(before is not null && before.Start == start && before.End == end
                ? before with { Label = label }
                : new SchedulePeriod { Label = label, Granularity = PeriodGranularity.Other, Start = start, End = end });
        }
        if (!ModelState.IsValid)
        {
            return null;
        }
        var schedule = (current?.Schedule ?? new Schedule()) with { Status = status, Periods = periods };
        return (current ?? new WorkAction()) with
        {
            Code = code,
            Title = title,
            Responsible = Optional(Act.Responsible),
            Description = Optional(Act.Description),
            Schedule = schedule,
        };
    }

    private string PeriodField(int row, string key) =>
        string.Format(CultureInfo.CurrentUICulture, text["PeriodField"], row + 1, text[key]);

    private string Note(string key, string code) => string.Format(CultureInfo.CurrentUICulture, text[key], code);

    /// <summary>
    /// The form named an item that is not there: made on an older version (someone changed the tree in
    /// between, shown as the usual conflict message with the newer tree), or a made-up address.
    /// </summary>
    private IActionResult Stale()
    {
        if (FormIsStale)
        {
            Open = null;
            return RefuseStaleForm();
        }
        return NotFound();
    }

    private static int Step(string? direction) => direction switch { "up" => -1, "down" => 1, _ => 0 };

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A new part's kind: the next level of an RRF tree, otherwise what its siblings are.</summary>
    private static WorkPartKind ChildKind(WorkPart parent) => parent.Kind switch
    {
        WorkPartKind.Pillar => WorkPartKind.Investment,
        WorkPartKind.Investment => WorkPartKind.WorkPackage,
        _ => parent.Children.FirstOrDefault()?.Kind ?? WorkPartKind.WorkPackage,
    };
}
