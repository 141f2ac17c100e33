using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Hankevahti.Limits;
using Hankevahti.Checks.Profiles;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Web.Plans;
using Hankevahti.Web.Plans.Limits;
using Hankevahti.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Projects;

/// <summary>
/// The plan's key facts (/projects/{id}/facts): name, short name, programme and call, regions,
/// period, status and case number, read and edited; the plan's own version history below them.
/// </summary>
[Authorize(Policy = Policies.ProjectRead)]
public sealed class FactsModel(HankevahtiDb db, PlanCache cache, IStringLocalizer<UiText> ui, IStringLocalizer<ProjectsText> text)
    : EditablePartPage(db, cache, ui)
{

    public override string PartKey => "facts";

    /// <summary>The form's fields, all text, so that what the user typed is shown back as typed.</summary>
    [LabelsFrom(typeof(ProjectsText))]
    public sealed class FactsInput
    {
        [Limit(FieldKind.Title)]
        public string? Name { get; set; }
        [Limit(FieldKind.Code)]
        public string? ShortName { get; set; }
        public string? ProgrammeKey { get; set; }
        [Limit(FieldKind.Title)]
        public string? ProgrammeName { get; set; }
        [Limit(FieldKind.Title)]
        public string? Call { get; set; }
        /// <summary>Regions one a line or separated by commas, so a line may hold all of them: limited as a whole.</summary>
        [Limit(FieldKind.Description)]
        public string? Regions { get; set; }
        [Limit(FieldKind.Date)]
        public string? PeriodStart { get; set; }
        [Limit(FieldKind.Date)]
        public string? PeriodEnd { get; set; }
        public string? Status { get; set; }
        [Limit(FieldKind.CaseNumber)]
        public string? CaseNumber { get; set; }
    }

    [BindProperty]
    public FactsInput Input { get; set; } = new();

    /// <summary>Whether the form is shown: after "Edit" (?edit=1), and again after an error.</summary>
    public bool Editing { get; private set; }

    /// <summary>The programme keys to choose from: the profiles', and the plan's own key when it is none of them.</summary>
    public IReadOnlyList<(string Key, string Name)> ProgrammeChoices { get; private set; } = [];

    /// <param name="edit">Present (?edit=1) to show the form.</param>
    public async Task<IActionResult> OnGetAsync(int id, string? edit, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } result)
        {
            return result;
        }
        Editing = edit is not null;
        Input = From(Plan.Project);
        ProgrammeChoices = Choices(Plan.Project.Programme?.Key);
        return Page();
    }

    [HandlerPolicy(Policies.PlanEdit)]
    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } result)
        {
            return result;
        }
        Editing = true;
        var current = Plan.Project;
        ProgrammeChoices = Choices(current.Programme?.Key);
        var changed = Read(current);
        if (changed is null)
        {
            return Page();
        }
        return await SaveAsync(id, plan => plan with { Project = changed }, text["EditNote"], "project", ct);
    }

    private static FactsInput From(Project p) => new()
    {
        Name = p.Name,
        ShortName = p.ShortName,
        ProgrammeKey = p.Programme?.Key,
        ProgrammeName = p.Programme?.Name,
        Call = p.Programme?.Call,
        Regions = string.Join("\n", p.Regions),
        PeriodStart = FormValues.Date(p.Period?.Start),
        PeriodEnd = FormValues.Date(p.Period?.End),
        Status = ProjectPlans.StatusName(p.Status),
        CaseNumber = p.CaseNumber,
    };

    private IReadOnlyList<(string Key, string Name)> Choices(string? planKey)
    {
        var language = Languages.Current;
        var choices = ProfileCatalog.All
            .Where(p => p.Key != ProfileCatalog.GenericKey)
            .Select(p => (p.Key, p.Name.ToLocalized().In(language)))
            .ToList();
        if (!string.IsNullOrWhiteSpace(planKey) && !choices.Any(c => string.Equals(c.Key, planKey, StringComparison.OrdinalIgnoreCase)))
        {
            choices.Add((planKey, planKey));
        }
        return choices;
    }

    /// <summary>The project as the form has it, or null with a message next to each field that does not read.</summary>
    private Project? Read(Project current)
    {
        var name = Clean(Input.Name);
        CheckRequired("Input.Name", name, text["Name"]);
        var shortName = Clean(Input.ShortName);

        var key = Clean(Input.ProgrammeKey);
        var profile = key is null ? null : ProfileCatalog.All.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase));
        if (key is not null && !ProgrammeChoices.Any(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase)))
        {
            ModelState.AddModelError("Input.ProgrammeKey", text["UnknownProgramme"]);
        }

        TryOptionalDate("Input.PeriodStart", Input.PeriodStart, text["PeriodStart"], out var start);
        TryOptionalDate("Input.PeriodEnd", Input.PeriodEnd, text["PeriodEnd"], out var end);
        if (start is { } from && end is { } to && to < from)
        {
            ModelState.AddModelError("Input.PeriodEnd", text["EndBeforeStart"]);
        }
        CheckPeriodLength("Input.PeriodEnd", text["PeriodEnd"], text["PeriodStart"], start, end);

        var status = ProjectPlans.ParseStatus(Input.Status);
        if (status is null)
        {
            ModelState.AddModelError("Input.Status", text["UnknownStatus"]);
        }
        else if (!FormStatuses(current.Status).Any(s => s.Status == status))
        {
            ModelState.AddModelError("Input.Status", string.Format(System.Globalization.CultureInfo.CurrentUICulture, text["StatusByApproval"], Fi.Text(status.Value)));
        }

        if (!ModelState.IsValid)
        {
            return null;
        }

        var programmeName = Clean(Input.ProgrammeName) ?? profile?.Name.Fi;
        var programme = (current.Programme ?? new Programme()) with
        {
            Key = profile?.Key ?? key ?? "",
            Name = programmeName ?? "",
            Call = Clean(Input.Call),
        };
        var noProgramme = programme.Key.Length == 0 && programme.Name.Length == 0 && programme.Call is null
            && programme.Pillar is null && programme.Investment is null && programme.Funder is null;

        // The plan's own wording of the period describes the old dates: it goes when they change.
        var period = start == current.Period?.Start && end == current.Period?.End
            ? current.Period
            : start is null && end is null ? null : new DateRange { Start = start, End = end };

        return current with
        {
            Name = name!,
            ShortName = shortName,
            Programme = noProgramme ? null : programme,
            Regions = SplitRegions(Input.Regions),
            Period = period,
            Status = status!.Value,
            CaseNumber = Clean(Input.CaseNumber),
        };
    }

    /// <summary>
    /// The statuses the form may set: submitted and approved come only from the approval of versions
    /// (docs/approval.md), so a form that could pick them would let anyone who edits the plan claim the funder's
    /// decision. A plan that already says one of them (imported from before Hankevahti) keeps it when saved.
    /// </summary>
    public static IReadOnlyList<(string Name, ProjectStatus Status)> FormStatuses(ProjectStatus current) =>
        ProjectList.Statuses.Where(s => s.Status is not (ProjectStatus.Submitted or ProjectStatus.Approved) || s.Status == current).ToList();

    /// <summary>Regions as typed: separated by commas or line breaks, blanks and repeats dropped.</summary>
    public static List<string> SplitRegions(string? text) =>
        (text ?? "").Split([',', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(r => r.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}
