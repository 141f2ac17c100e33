using Hankevahti.Following.Values;
using Hankevahti.People;
using Hankevahti.Checks.Profiles;
using Hankevahti.Following;
using Hankevahti.Plans;

namespace Hankevahti.Web.Following.Values;

/// <summary>
/// What the project's overview says of its indicators: how many are on track, behind, without an approved value
/// (or without a target to judge by), and how many values wait for the funder. Shown by _ValuesOverview.cshtml.
/// </summary>
public sealed record ValuesOverview(int ProjectId, int OnTrack, int Behind, int NoValue, int NoTarget, int Waiting)
{
    public int Indicators => OnTrack + Behind + NoValue + NoTarget;

    /// <summary>The overview from what the caller has loaded: the plan, its reporting periods and the follow-up's values.</summary>
    public static ValuesOverview Of(int projectId, Plan plan, ProgrammeProfile profile, ReportingCalendarResult calendar, FollowUp followUp)
    {
        var statuses = plan.Indicators
            .Select(i => IndicatorProgressRule.For(i, followUp.Values, calendar.Periods, plan.Project.Period, profile.Progress).Status)
            .ToList();
        return new ValuesOverview(projectId,
            statuses.Count(s => s == ProgressStatus.OnTrack), statuses.Count(s => s == ProgressStatus.Behind),
            statuses.Count(s => s == ProgressStatus.NoValue), statuses.Count(s => s == ProgressStatus.NoTarget),
            followUp.Values.Count(v => v.Status == VersionStatus.Submitted));
    }
}
