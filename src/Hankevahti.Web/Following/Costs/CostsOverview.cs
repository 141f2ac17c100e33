using Hankevahti.Following.Costs;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;

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

    /// <summary>Reads what the overview needs: the follow-up's costs, forecasts and transfers of the project.</summary>
    public static async Task<CostsOverview> LoadAsync(HankevahtiDb db, int projectId, Plan plan, DateOnly today, CancellationToken ct = default)
    {
        var followUp = await FollowUps.LoadAsync(db, projectId, ct);
        return Of(projectId, CostStatement.For(plan, followUp, today), followUp.Transfers.Count(t => t.Status == Hankevahti.People.VersionStatus.Submitted));
    }
}
