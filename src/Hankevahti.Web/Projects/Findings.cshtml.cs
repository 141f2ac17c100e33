using Hankevahti.Checks;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hankevahti.Web.Projects;

/// <summary>
/// Every finding of the newest version, grouped by the part of the plan it concerns (in the parts'
/// order), each linking to its place; a GET filter narrows them to one severity.
/// </summary>
public sealed class FindingsModel(HankevahtiDb db, PlanCache cache) : PageModel
{
    /// <summary>"error", "warning" or "info"; anything else shows every finding.</summary>
    [BindProperty(SupportsGet = true, Name = "severity")]
    public string? Severity { get; set; }

    public LoadedPlan Loaded { get; private set; } = null!;

    public int ProjectId => Loaded.Project.Id;

    /// <summary>The severity shown, or null for all.</summary>
    public FindingSeverity? Shown { get; private set; }

    /// <summary>How many findings of each severity (before the filter), most severe first.</summary>
    public IReadOnlyList<(FindingSeverity Severity, int Count)> Counts { get; private set; } = [];

    /// <summary>The parts with findings to show, in <see cref="PlanParts.All"/>'s order, each part's most severe first.</summary>
    public IReadOnlyList<(PlanPart Part, IReadOnlyList<Finding> Findings)> Groups { get; private set; } = [];

    public int ShownCount => Groups.Sum(g => g.Findings.Count);

    public static string Name(FindingSeverity severity) => severity.ToString().ToLowerInvariant();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var loaded = await cache.LatestAsync(db, id, ct);
        if (loaded is null)
        {
            return NotFound();
        }
        Loaded = loaded;
        Shown = Enum.GetValues<FindingSeverity>().Where(s => Name(s) == Severity).Cast<FindingSeverity?>().FirstOrDefault();
        var all = loaded.Report?.Findings ?? [];
        Counts = Enum.GetValues<FindingSeverity>().Reverse().Select(s => (s, all.Count(f => f.Severity == s))).ToList();
        Groups = PlanParts.All
            .Select(part => (part, (IReadOnlyList<Finding>)loaded.FindingsOf(part.Key).Where(f => Shown is null || f.Severity == Shown).ToList()))
            .Where(g => g.Item2.Count > 0)
            .ToList();
        return Page();
    }
}
