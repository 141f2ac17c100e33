using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Hankevahti.Checks;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Findings;
using Hankevahti.Web.Plans;
using Hankevahti.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Projects;

/// <summary>
/// Every finding of the newest version, grouped by the part of the plan it concerns (in the parts'
/// order), each linking to its place; a GET filter narrows them to one severity, or to the dismissed.
/// Each finding can be dismissed here with a reason ("not an error because …") and restored: the
/// dismissal is stored under the finding's key (<see cref="FindingKey"/>), so it holds on later versions
/// while the finding's place and words stay the same. The counts by severity count open findings only.
/// </summary>
[Authorize(Policy = Policies.ProjectRead)]
public sealed class FindingsModel(HankevahtiDb db, PlanCache cache, IStringLocalizer<UiText> ui) : PageModel
{
    /// <summary>The filter value that shows the dismissed findings only.</summary>
    public const string DismissedFilter = "dismissed";

    /// <summary>"error", "warning", "info" or "dismissed"; anything else shows every finding.</summary>
    [BindProperty(SupportsGet = true, Name = "severity")]
    public string? Severity { get; set; }

    /// <summary>"Finding dismissed", shown once after the redirect that follows a dismissal or a restore.</summary>
    [TempData]
    public string? StatusMessage { get; set; }

    public LoadedPlan Loaded { get; private set; } = null!;

    public int ProjectId => Loaded.Project.Id;

    /// <summary>The severity shown, or null for all.</summary>
    public FindingSeverity? Shown { get; private set; }

    /// <summary>Whether only the dismissed findings are shown.</summary>
    public bool DismissedOnly { get; private set; }

    /// <summary>How many open findings of each severity (before the filter), most severe first.</summary>
    public IReadOnlyList<(FindingSeverity Severity, int Count)> Counts { get; private set; } = [];

    /// <summary>How many of the version's findings are dismissed.</summary>
    public int DismissedCount { get; private set; }

    /// <summary>Every finding of the version, open and dismissed.</summary>
    public int TotalCount { get; private set; }

    /// <summary>The parts with findings to show, in <see cref="PlanParts.All"/>'s order, each part's open findings first, most severe first.</summary>
    public IReadOnlyList<(PlanPart Part, IReadOnlyList<Finding> Findings)> Groups { get; private set; } = [];

    public int ShownCount => Groups.Sum(g => g.Findings.Count);

    /// <summary>What the dismiss and restore forms post to and, after a refused dismissal, its reason and error.</summary>
    public DismissForms Forms { get; private set; } = new("");

    /// <summary>The finding the refused form was about, for the link of the error summary ("syy-…").</summary>
    public string? InvalidField { get; private set; }

    public static string Name(FindingSeverity severity) => severity.ToString().ToLowerInvariant();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } result)
        {
            return result;
        }
        return Page();
    }

    /// <param name="key">The finding's key as the page gave it.</param>
    /// <param name="reason">Why the finding is not an error; required.</param>
    [HandlerPolicy(Policies.PlanEdit)]

    public async Task<IActionResult> OnPostDismissAsync(int id, string? key, string? reason, CancellationToken ct)
    {
        // Not a key this app wrote into a form: no browser sends it.
        if (!FindingKey.IsWellFormed(key))
        {
            return BadRequest();
        }
        if (await LoadAsync(id, ct) is { } result)
        {
            return result;
        }
        var finding = Loaded.Report?.Findings.FirstOrDefault(f => Loaded.KeyOf(f) == key);
        if (finding is null)
        {
            // Saved over in the meantime (the words or the place changed): nothing to dismiss on this version.
            ModelState.AddModelError("", ui["FindingGone"]);
            return Page();
        }
        var text = (reason ?? "").ReplaceLineEndings("\n").Trim();
        var error = text.Length == 0 ? ui["DismissReasonRequired"].Value
            : text.Length > FindingDismissals.MaxReasonLength ? string.Format(System.Globalization.CultureInfo.CurrentCulture, ui["DismissReasonTooLong"], FindingDismissals.MaxReasonLength)
            : null;
        if (error is not null)
        {
            ModelState.AddModelError("reason", error);
            Forms = Forms with { PostedKey = key, PostedReason = reason, Error = error };
            InvalidField = "syy-" + key;
            return Page();
        }
        if (await db.DismissFindingAsync(id, key!, finding.Code, text, Loaded.Version, ct: ct) == DismissOutcome.NotFound)
        {
            return NotFound();
        }
        StatusMessage = ui["FindingDismissedStatus"];
        return Redirect($"/projects/{id}/findings{Filter('?')}#havainto-{key}");
    }

    [HandlerPolicy(Policies.PlanEdit)]
    public async Task<IActionResult> OnPostRestoreAsync(int id, string? key, CancellationToken ct)
    {
        if (!FindingKey.IsWellFormed(key))
        {
            return BadRequest();
        }
        if (await LoadAsync(id, ct) is { } result)
        {
            return result;
        }
        // Restoring what is open already (a second tab) is no error: the finding is open either way.
        await db.RestoreFindingAsync(id, key!, ct);
        StatusMessage = ui["FindingRestoredStatus"];
        return Redirect($"/projects/{id}/findings{Filter('?')}#havainto-{key}");
    }

    /// <summary>The filter as a query parameter after <paramref name="separator"/>, or empty; only the values the page knows are carried on.</summary>
    private string Filter(char separator) =>
        Shown is { } s ? $"{separator}severity={Name(s)}" : DismissedOnly ? $"{separator}severity={DismissedFilter}" : "";

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var loaded = await cache.LatestAsync(db, id, ct);
        if (loaded is null)
        {
            return NotFound();
        }
        Loaded = loaded;
        Shown = Enum.GetValues<FindingSeverity>().Where(s => Name(s) == Severity).Cast<FindingSeverity?>().FirstOrDefault();
        DismissedOnly = Severity == DismissedFilter;
        var all = loaded.Report?.Findings ?? [];
        var open = loaded.OpenFindings;
        TotalCount = all.Count;
        DismissedCount = all.Count - open.Count;
        Counts = Enum.GetValues<FindingSeverity>().Reverse().Select(s => (s, open.Count(f => f.Severity == s))).ToList();
        Groups = PlanParts.All
            .Select(part => (part, (IReadOnlyList<Finding>)loaded.FindingsOf(part.Key).Where(Shows).ToList()))
            .Where(g => g.Item2.Count > 0)
            .ToList();
        Forms = new DismissForms(Filter('&'));
        return null;
    }

    private bool Shows(Finding f) =>
        DismissedOnly ? Loaded.IsDismissed(f)
        : Shown is { } s ? f.Severity == s && !Loaded.IsDismissed(f)
        : true;
}
