using Hankevahti.Checks.Profiles;
using Hankevahti.Following;
using Hankevahti.Following.Actions;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;

namespace Hankevahti.Storage.Following;

public enum ProgressSaveOutcome { Saved, NotFound, Invalid }

/// <summary>
/// What became of saving actions' progress or risks' assessments: saved (<see cref="Changed"/> records differed
/// from what was stored), no such project, or refused with every problem found (nothing of the save stored).
/// </summary>
public sealed record ProgressSave(ProgressSaveOutcome Outcome, IReadOnlyList<FieldProblem> Problems, int Changed)
{
    public static readonly ProgressSave NotFound = new(ProgressSaveOutcome.NotFound, [], 0);
}

/// <summary>The latest plan of a project and its reporting periods, read inside the save's transaction.</summary>
internal sealed record FollowedPlan(Plan Plan, IReadOnlyList<ProjectPeriod> Periods)
{
    public static async Task<FollowedPlan?> LoadAsync(HankevahtiDb db, int projectId, CancellationToken ct)
    {
        if ((await db.LatestPlanAsync(projectId, ct))?.Plan is not { } plan)
        {
            return null;
        }
        return new FollowedPlan(plan, ReportingCalendar.For(await ReportingTerms.ProfileAsync(db, plan, ct), plan.Project.Period).Periods);
    }

    /// <summary>The period's code as the calendar writes it ("2026-h2" typed becomes "2026-H2"), so one period is one key.</summary>
    public string Code(string period) => Periods.First(p => string.Equals(p.Code, period.Trim(), StringComparison.OrdinalIgnoreCase)).Code;

    public static string? Note(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();
}
