using Hankevahti.Following.Costs;
using Hankevahti.Plans;
using Hankevahti.Following;

namespace Hankevahti.Web.Following.Costs;

/// <summary>
/// Spend against plan for the project's overview (_CostsOverview.cshtml): the approved budget, the actual costs to
/// date, the share spent, the forecast to the end and the straight-line projection.
/// </summary>
public sealed record CostsOverview(int ProjectId, decimal Budget, decimal Actual, decimal? SpentShare, decimal? Forecast, decimal? Projection,
    int WaitingTransfers)
{
    public static CostsOverview Of(int projectId, CostStatement statement, int waitingTransfers) =>
        new(projectId, statement.Total.Budget, statement.Total.Actual, statement.Total.SpentShare, statement.Total.Forecast,
            statement.Total.Projection, waitingTransfers);

    /// <summary>The overview from the follow-up the caller has loaded: its costs, forecasts and transfers.</summary>
    public static CostsOverview Of(int projectId, Plan plan, FollowUp followUp, DateOnly today) =>
        Of(projectId, CostStatement.For(plan, followUp, today), followUp.Transfers.Count(t => t.Status == Hankevahti.People.VersionStatus.Submitted));
}
