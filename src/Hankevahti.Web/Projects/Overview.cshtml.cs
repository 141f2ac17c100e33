using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Hankevahti.Checks;
using Hankevahti.Checks.Profiles;
using Hankevahti.Following;
using Hankevahti.Storage.Following;
using Hankevahti.Web.Shared;
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
public sealed class OverviewModel(HankevahtiDb db, PlanCache cache, RequestAccess access, ReminderSettings reminders, TimeProvider time,
    StampedCache stamped) : PageModel
{
    /// <summary>The running project's figures, each from its own page's model; null when the plan cannot be read.</summary>
    public FollowingOverview? Following { get; private set; }

    /// <summary>The operating models the project develops or spreads (Models/).</summary>
    public Hankevahti.Web.Models.ProjectModels? OperatingModels { get; private set; }

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
            var user = await access.CurrentAsync(ct);
            // What is recorded of the running project is read once for every block, and kept until the next commit
            // (StampedCache): the overview is the page opened most, and a dozen queries per view made it many times slower.
            var running = await stamped.GetAsync($"overview:{id}:{today:yyyy-MM-dd}", async () =>
            {
                var followUp = await FollowUps.LoadAsync(db, id, ct);
                // The effective profile: with the due dates the programme's funder set (reporting_terms).
                var profile = await ReportingTerms.ProfileAsync(db, plan, ct);
                var calendar = ReportingCalendar.For(profile, plan.Project.Period);
                return new RunningProject(
                    CostsOverview.Of(id, plan, followUp, today),
                    ValuesOverview.Of(id, plan, profile, calendar, followUp),
                    ActionsOverview.Of(id, plan, followUp, calendar.Periods, today),
                    ReportsOverviewModel.Of(id, profile, calendar, await PeriodReports.StatusesAsync(db, id, ct), today));
            }, ct);
            // The reminders are the reader's own: kept per person.
            var mine = await stamped.GetAsync($"reminders:{id}:{today:yyyy-MM-dd}:{(user.LocalOwner ? "owner" : user.UserId)}",
                () => RemindersOverviewModel.LoadAsync(db, user, reminders, time, id, ct), ct);
            Following = new FollowingOverview(running.Costs, running.Values, running.Actions, running.Reports, mine);
        }
        OperatingModels = await stamped.GetAsync($"models:{id}", () => Hankevahti.Web.Models.ProjectModels.LoadAsync(db, id, ct), ct);
        return Page();
    }

    /// <summary>What the overview shows of the running project for everyone who reads it (the reminders are each person's own).</summary>
    private sealed record RunningProject(CostsOverview Costs, ValuesOverview Values, ActionsOverview Actions, ReportsOverviewModel Reports);
}

/// <summary>What the overview shows of the running project.</summary>
public sealed record FollowingOverview(CostsOverview Costs, ValuesOverview? Values, ActionsOverview Actions, ReportsOverviewModel? Reports,
    RemindersOverviewModel Reminders);
