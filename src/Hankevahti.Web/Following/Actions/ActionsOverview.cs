using Hankevahti.Following;
using Hankevahti.Following.Actions;
using Hankevahti.Plans;

namespace Hankevahti.Web.Following.Actions;

/// <summary>
/// What the project's overview shows of its actions (_ActionsOverview.cshtml): how many have each status and which
/// are late, as of today, with the way to the progress page.
/// </summary>
public sealed record ActionsOverview(int ProjectId, IReadOnlyDictionary<ActionStatus, int> Counts, IReadOnlyList<ActionState> Late, int Total)
{
    public static ActionsOverview Of(int projectId, Plan plan, FollowUp followUp, IReadOnlyList<ProjectPeriod> periods, DateOnly today)
    {
        var states = ActionStates.Of(PlannedActions.Of(plan), followUp.Actions, today, periods);
        return new ActionsOverview(projectId, ActionStates.Counts(states), ActionStates.Late(states), states.Count);
    }
}
