using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hankevahti.Web.Projects;

/// <summary>A whole plan as _WholePlanBody and _Facts show it: the newest version here, any stored version on the version page.</summary>
public interface IWholePlan
{
    LoadedPlan Loaded { get; }
    IReadOnlyList<StoredVersion> StoredVersions { get; }
}

/// <summary>The newest version of a project's plan, read-only, every part on one page (to read through or print).</summary>
[Authorize(Policy = Policies.ProjectRead)]
public sealed class WholePlanModel(HankevahtiDb db, PlanCache cache) : PageModel, IWholePlan
{
    public LoadedPlan Loaded { get; private set; } = null!;

    public IReadOnlyList<StoredVersion> StoredVersions { get; private set; } = [];

    /// <summary>Every part of the plan in the order of a hankesuunnitelma: the HTML id, the key of its heading in ProjectsText, and its partial in Plans/.</summary>
    public static readonly IReadOnlyList<(string Id, string Heading, string Partial)> Parts =
    [
        ("tiedot", "Whole.Facts", "_Facts"),
        ("versiohistoria", "Whole.Versions", "_Versions"),
        ("luvut", "Whole.Sections", "_Sections"),
        ("tarpeet", "Whole.Needs", "_Needs"),
        ("kohderyhmat", "Whole.TargetGroups", "_TargetGroups"),
        ("tavoitteet", "Whole.Goals", "_Goals"),
        ("toimenpiteet", "Whole.Work", "_Work"),
        ("tuotokset", "Whole.Outcomes", "_Outcomes"),
        ("mittarit", "Whole.Indicators", "_Indicators"),
        ("organisaatiot", "Whole.Organisations", "_Organisations"),
        ("hallinto", "Whole.Governance", "_Governance"),
        ("resurssit", "Whole.Resources", "_Resources"),
        ("kustannusarvio", "Whole.Budget", "_Budget"),
        ("viestinta", "Whole.Communication", "_Communication"),
        ("seuranta", "Whole.Monitoring", "_Monitoring"),
        ("rajapinnat", "Whole.Related", "_RelatedProjects"),
        ("riskit", "Whole.Risks", "_Risks"),
    ];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var loaded = await cache.LatestAsync(db, id, ct);
        if (loaded is null)
        {
            return NotFound();
        }
        Loaded = loaded;
        StoredVersions = await cache.VersionsAsync(db, id, ct);
        return Page();
    }
}
