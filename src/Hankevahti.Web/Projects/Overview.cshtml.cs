using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Hankevahti.Checks;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Following.Actions;
using Hankevahti.Web.Following.Costs;
using Hankevahti.Web.Following.Reminders;
using Hankevahti.Web.Following.Reports;
using Hankevahti.Web.Following.Values;
using Hankevahti.Web.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hankevahti.Web.Projects;

/// <summary>
/// A project at a glance: key facts, organisations, budget totals, findings by severity and the
/// stored versions, with the way to every part of the plan; and, as the project runs, spend against plan,
/// indicators on track, late actions, reports due and the reminders that concern the reader.
/// </summary>
[Authorize(Policy = Policies.ProjectRead)]
public sealed class OverviewModel(HankevahtiDb db, PlanCache cache, RequestAccess access, ReminderSettings reminders, TimeProvider time) : PageModel
{
    /// <summary>The running project's figures, each from its own page's model; null when the plan cannot be read.</summary>
    public FollowingOverview? Following { get; private set; }

    /// <summary>Whether the user manages the project's members (the members page's link is shown only then).</summary>
    public bool CanManage { get; private set; }

    /// <summary>Whether the user may read the project's audit trail.</summary>
    public bool CanReadAudit { get; private set; }

    public LoadedPlan Loaded { get; private set; } = null!;

    public IReadOnlyList<StoredVersion> Versions { get; private set; } = [];

    public int ProjectId => Loaded.Project.Id;

    /// <summary>How many open findings of each severity, most severe first (every severity, also those with none).</summary>
    public IReadOnlyList<(FindingSeverity Severity, int Count)> FindingCounts { get; private set; } = [];

    /// <summary>How many findings are dismissed (not counted in <see cref="FindingCounts"/>).</summary>
    public int DismissedCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var loaded = await cache.LatestAsync(db, id, ct);
        if (loaded is null)
        {
            return NotFound();
        }
        Loaded = loaded;
        Versions = await cache.VersionsAsync(db, id, ct);
        // Dismissed findings ("not an error") are not counted as errors or warnings, but apart.
        var findings = loaded.OpenFindings;
        FindingCounts = Enum.GetValues<FindingSeverity>().Reverse()
            .Select(s => (s, findings.Count(f => f.Severity == s)))
            .ToList();
        DismissedCount = loaded.DismissedCount;
        CanManage = await access.AllowsAsync(Policies.ProjectManage, id, ct);
        CanReadAudit = await access.AllowsAsync(Policies.AuditRead, id, ct);
        if (loaded.Plan is { } plan)
        {
            var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
            Following = new FollowingOverview(
                await CostsOverview.LoadAsync(db, id, plan, today, ct),
                await ValuesOverview.LoadAsync(db, id, ct),
                await ActionsOverview.LoadAsync(db, id, plan, today, ct),
                await ReportsOverviewModel.LoadAsync(db, id, today, ct),
                await RemindersOverviewModel.LoadAsync(db, await access.CurrentAsync(ct), reminders, time, id, ct));
        }
        return Page();
    }
}

/// <summary>What the overview shows of the running project.</summary>
public sealed record FollowingOverview(CostsOverview Costs, ValuesOverview? Values, ActionsOverview Actions, ReportsOverviewModel? Reports,
    RemindersOverviewModel Reminders);
