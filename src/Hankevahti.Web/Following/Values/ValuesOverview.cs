using Hankevahti.Following.Values;
using Hankevahti.People;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;

namespace Hankevahti.Web.Following.Values;

/// <summary>
/// What the project's overview says of its indicators: how many are on track, behind, without an approved value
/// (or without a target to judge by), and how many values wait for the funder. Shown by _ValuesOverview.cshtml.
/// </summary>
public sealed record ValuesOverview(int ProjectId, int OnTrack, int Behind, int NoValue, int NoTarget, int Waiting)
{
    public int Indicators => OnTrack + Behind + NoValue + NoTarget;

    /// <summary>The overview of a project's values; null when the project or its plan cannot be read.</summary>
    public static async Task<ValuesOverview?> LoadAsync(HankevahtiDb db, int projectId, CancellationToken ct = default)
    {
        var context = await IndicatorValues.ContextAsync(db, projectId, ct);
        if (context is null)
        {
            return null;
        }
        var values = (await IndicatorValues.ListAsync(db, projectId, ct)).Select(v => v.Value).ToList();
        var statuses = context.Plan.Indicators
            .Select(i => IndicatorProgressRule.For(i, values, context.Calendar.Periods, context.Plan.Project.Period, context.Profile.Progress).Status)
            .ToList();
        return new ValuesOverview(projectId,
            statuses.Count(s => s == ProgressStatus.OnTrack), statuses.Count(s => s == ProgressStatus.Behind),
            statuses.Count(s => s == ProgressStatus.NoValue), statuses.Count(s => s == ProgressStatus.NoTarget),
            values.Count(v => v.Status == VersionStatus.Submitted));
    }
}
