using Hankevahti.Checks.Profiles;
using Hankevahti.Following;
using Hankevahti.Following.Actions;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;

namespace Hankevahti.Web.Following.Actions;

/// <summary>
/// What the project's overview shows of its actions (_ActionsOverview.cshtml): how many have each status and which
/// are late, as of today, with the way to the progress page.
/// </summary>
public sealed record ActionsOverview(int ProjectId, IReadOnlyDictionary<ActionStatus, int> Counts, IReadOnlyList<ActionState> Late, int Total)
{
    public static async Task<ActionsOverview> LoadAsync(HankevahtiDb db, int projectId, Plan plan, DateOnly today, CancellationToken ct = default)
    {
        var followUp = await FollowUps.LoadAsync(db, projectId, ct);
        var periods = ReportingCalendar.For(ProfileCatalog.For(plan), plan.Project.Period).Periods;
        var states = ActionStates.Of(PlannedActions.Of(plan), followUp.Actions, today, periods);
        return new ActionsOverview(projectId, ActionStates.Counts(states), ActionStates.Late(states), states.Count);
    }
}
