using Hankevahti.Checks.Profiles;
using Hankevahti.Following;
using Hankevahti.Following.Reports;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;

namespace Hankevahti.Storage.Following;

/// <summary>A project's report input, or why there is none (no such project, a plan that cannot be read).</summary>
public sealed record ReportSource(ReportInput? Input, string? Problem, bool NotFound = false);

/// <summary>
/// Loads what reports are made from, in one place for the pages, the command line and the benchmark: the newest
/// plan, the latest approved plan (whose budget is claimed against), the follow-up, the profile and the periods.
/// </summary>
public static class ReportSources
{
    public static async Task<ReportSource> LoadAsync(HankevahtiDb db, int projectId, DateOnly today, CancellationToken ct = default)
    {
        var latest = await db.LatestPlanAsync(projectId, ct);
        if (latest is null)
        {
            return new ReportSource(null, $"there is no project {projectId}", NotFound: true);
        }
        if (latest.Plan is not { } plan)
        {
            return new ReportSource(null, latest.Error ?? "the project's plan cannot be read");
        }
        var approvedNumber = await db.ApprovedVersionAsync(projectId, ct);
        var approved = approvedNumber is { } n && n != latest.Version.Number ? (await db.VersionPlanAsync(projectId, n, ct))?.Plan
            : approvedNumber is not null ? plan : null;
        // The effective profile: the funder's due dates (reporting_terms) make a period's report overdue.
        var profile = await ReportingTerms.ProfileAsync(db, plan, ct);
        var followUp = await FollowUps.LoadAsync(db, projectId, ct);
        return new ReportSource(new ReportInput(plan, approved, followUp, profile, ReportingCalendar.For(profile, plan.Project.Period), today), null);
    }
}
