using Hankevahti.Following.Actions;
using Hankevahti.Following.Costs;
using Hankevahti.Following.Values;
using Hankevahti.People;
using Hankevahti.Plans;

namespace Hankevahti.Following.Reports;

/// <summary>An indicator as a report shows it: the plan's baseline and target and the latest approved value up to the report's period.</summary>
public sealed record IndicatorLine(string Id, string Name, string? Unit, decimal? Baseline, decimal? Target, decimal? Value, bool? YesNo,
    string? ValuePeriod, decimal? Progress, string? Comment);

/// <summary>An action as a report shows it: its planned end and its status as of the report (late derived when past its end).</summary>
public sealed record ActionLine(string Id, string Code, string Title, string? PartCode, DateOnly? PlannedEnd, ActionStatus Status, int? PercentDone, string? Note);

/// <summary>A risk reassessed: the plan's likelihood × impact, the previous period's and this period's.</summary>
public sealed record RiskLine(string Id, string Code, string Title, int? PlanScore, int? PreviousScore, int? Likelihood, int? Impact, string? Note)
{
    public int? Score => Likelihood * Impact;
}

/// <summary>Costs of a cost category against the approved budget.</summary>
public sealed record CategoryCosts(CostCategory Category, decimal Budget, decimal InPeriod, decimal Cumulative, decimal? Forecast)
{
    public decimal? SpentShare => Budget == 0 ? null : Cumulative / Budget;
    public decimal Remaining => Budget - Cumulative;
}

/// <summary>
/// The figures reports share, computed from the plan and the follow-up. Only approved values count, as they do in
/// progress everywhere; values and action notes of periods after the report's are not seen, so a report made
/// later for an earlier period says what that period knew.
/// </summary>
public static class ReportFigures
{
    /// <summary>The position of a period code in the project's calendar (-1 when the project has no such period).</summary>
    public static int IndexOf(ReportingCalendarResult calendar, string code)
    {
        for (var i = 0; i < calendar.Periods.Count; i++)
        {
            if (string.Equals(calendar.Periods[i].Code, code, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// The indicators as of the period at <paramref name="upTo"/>: progress by the values' rule
    /// (<see cref="IndicatorProgressRule"/>, approved values only, organisations combined), seeing only the
    /// periods up to it. The comment is the project-wide value's, else the first organisation's.
    /// </summary>
    public static IReadOnlyList<IndicatorLine> Indicators(Plan plan, FollowUp followUp, ReportingCalendarResult calendar, int upTo,
        Checks.Profiles.ProgressRule rule)
    {
        var periods = calendar.Periods.Take(upTo + 1).ToList();
        return plan.Indicators.Select(indicator =>
        {
            var progress = IndicatorProgressRule.For(indicator, followUp.Values, periods, plan.Project.Period, rule);
            var latest = progress.Latest;
            var comment = latest is null ? null : followUp.Values
                .Where(v => v.IndicatorId == indicator.Id && v.Status == VersionStatus.Approved && v.PeriodCode == latest.Period.Code)
                .OrderBy(v => v.Organisation == "" ? 0 : 1).ThenBy(v => v.Organisation, StringComparer.Ordinal)
                .Select(v => v.Comment).FirstOrDefault(c => !string.IsNullOrWhiteSpace(c));
            return new IndicatorLine(indicator.Id, indicator.Name, indicator.Unit, indicator.Baseline?.Value, progress.Target,
                latest?.Number, latest?.YesNo, latest?.Period.Code, indicator.Kind == IndicatorKind.YesNo ? null : progress.Share, comment);
        }).ToList();
    }

    /// <summary>
    /// The actions' status as of <paramref name="asOf"/> (<see cref="ActionStates"/>: the latest note up to the
    /// period; past its planned end and neither done nor cancelled is late whatever the note says).
    /// </summary>
    public static IReadOnlyList<ActionLine> Actions(Plan plan, FollowUp followUp, ReportingCalendarResult calendar, int upTo, DateOnly asOf)
    {
        var periods = calendar.Periods.Take(upTo + 1).ToList();
        var known = periods.Select(p => p.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var progress = followUp.Actions.Where(a => known.Contains(a.PeriodCode)).ToList();
        return ActionStates.Of(PlannedActions.Of(plan), progress, asOf, periods)
            .Select(s => new ActionLine(s.ActionId, s.Planned.Action.Code, s.Planned.Action.Title, s.Planned.PartCode, s.Planned.End,
                s.Status, s.PercentDone, s.Note)).ToList();
    }

    /// <summary>The risks at the period (<see cref="RiskStates"/>): as planned, as assessed before, as assessed now.</summary>
    public static IReadOnlyList<RiskLine> Risks(Plan plan, FollowUp followUp, ReportingCalendarResult calendar, int at)
    {
        var code = at >= 0 && at < calendar.Periods.Count ? calendar.Periods[at].Code : null;
        return RiskStates.At(plan.Risks, followUp.Risks, code, calendar.Periods).Select(s =>
        {
            var now = s.Assessed;
            var before = now is null ? s.Current : s.Previous;
            return new RiskLine(s.RiskId, s.Risk.Code ?? "", s.Risk.Title, s.Planned?.Score,
                s.CurrentPeriod is null ? null : before?.Score, now?.Likelihood, now?.Impact, now?.Note);
        }).ToList();
    }

    /// <summary>
    /// The approved budget per cost category (<see cref="ApprovedBudget"/>): the plan's planned lines changed by
    /// the approved budget transfers.
    /// </summary>
    public static IReadOnlyDictionary<CostCategory, decimal> Budget(Plan plan, FollowUp followUp) =>
        ApprovedBudget.Of(plan, followUp.Transfers).Cells.GroupBy(c => c.Key.Category).ToDictionary(g => g.Key, g => g.Sum(c => c.Value));

    /// <summary>Costs per category: in [from, to], from the start to <paramref name="to"/>, against the budget; every category with a budget or a cost.</summary>
    public static IReadOnlyList<CategoryCosts> Categories(Plan budgetPlan, FollowUp followUp, DateOnly from, DateOnly to)
    {
        var budget = Budget(budgetPlan, followUp);
        var firstMonth = new DateOnly(from.Year, from.Month, 1);
        var forecasts = followUp.Forecasts.GroupBy(f => f.Category).ToDictionary(g => g.Key, g => g.Sum(f => f.Amount));
        return Enum.GetValues<CostCategory>()
            .Select(c => new CategoryCosts(c, budget.GetValueOrDefault(c),
                followUp.Costs.Where(x => x.Category == c && x.Month >= firstMonth && x.Month <= to).Sum(x => x.Amount),
                followUp.Costs.Where(x => x.Category == c && x.Month <= to).Sum(x => x.Amount),
                forecasts.TryGetValue(c, out var f) ? f : null))
            .Where(c => c.Budget != 0 || c.Cumulative != 0 || c.Forecast is not null)
            .ToList();
    }

    /// <summary>
    /// The grant's share of eligible costs: the plan's own (the funding decision) when it states one, else the
    /// programme's; own funding is the rest. Null when neither says.
    /// </summary>
    public static decimal? GrantShare(Plan plan, Checks.Profiles.ProgrammeProfile profile) =>
        plan.Budget.Funding.GrantShare
        ?? (plan.Budget.Funding.OwnFundingShare is { } own ? 1m - own : (decimal?)null)
        ?? profile.Funding.GrantShare
        ?? (profile.Funding.OwnFundingShare is { } pOwn ? 1m - pOwn : (decimal?)null);
}
