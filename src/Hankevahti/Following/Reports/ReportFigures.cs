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

    public static IReadOnlyList<IndicatorLine> Indicators(Plan plan, FollowUp followUp, ReportingCalendarResult calendar, int upTo)
    {
        var lines = new List<IndicatorLine>();
        foreach (var indicator in plan.Indicators)
        {
            var approved = followUp.Values
                .Where(v => v.IndicatorId == indicator.Id && v.Status == VersionStatus.Approved)
                .Select(v => (Value: v, Index: IndexOf(calendar, v.PeriodCode)))
                .Where(v => v.Index >= 0 && v.Index <= upTo)
                .ToList();
            var latestIndex = approved.Count == 0 ? -1 : approved.Max(v => v.Index);
            var latest = approved.Where(v => v.Index == latestIndex).Select(v => v.Value).ToList();
            // The project's own figure when it was recorded; else the organisations' figures added up, for the
            // kinds that add up (counts, money, days); a percentage of each organisation does not.
            var whole = latest.FirstOrDefault(v => v.Organisation == "");
            decimal? number = whole?.Number;
            if (whole is null && latest.Count > 0 && indicator.Kind is IndicatorKind.Count or IndicatorKind.Money or IndicatorKind.Days)
            {
                number = latest.Where(v => v.Number is not null).Sum(v => v.Number);
            }
            var baseline = indicator.Baseline?.Value;
            var target = indicator.Targets.LastOrDefault(t => t.Value is not null)?.Value;
            decimal? progress = number is { } n && target is { } t && t != (baseline ?? 0m)
                ? Math.Round((n - (baseline ?? 0m)) / (t - (baseline ?? 0m)), 4)
                : null;
            lines.Add(new IndicatorLine(indicator.Id, indicator.Name, indicator.Unit, baseline, target, number,
                (whole ?? latest.FirstOrDefault())?.YesNo, latestIndex >= 0 ? calendar.Periods[latestIndex].Code : null, progress,
                (whole ?? latest.FirstOrDefault())?.Comment));
        }
        return lines;
    }

    /// <summary>
    /// The actions' status as of <paramref name="asOf"/>: the latest note up to the period; an action past its
    /// planned end that is not done or cancelled is late whatever its note says.
    /// </summary>
    public static IReadOnlyList<ActionLine> Actions(Plan plan, FollowUp followUp, ReportingCalendarResult calendar, int upTo, DateOnly asOf)
    {
        var lines = new List<ActionLine>();
        foreach (var (part, action) in AllActions(plan.Work))
        {
            var said = followUp.Actions.Where(a => a.ActionId == action.Id)
                .Select(a => (Progress: a, Index: IndexOf(calendar, a.PeriodCode)))
                .Where(a => a.Index >= 0 && a.Index <= upTo)
                .OrderBy(a => a.Index).Select(a => a.Progress).LastOrDefault();
            var end = action.Schedule.Periods.Select(p => p.End).Where(e => e is not null).Max();
            var status = said?.Status ?? ActionStatus.NotStarted;
            if (end is { } e && e < asOf && status is not (ActionStatus.Done or ActionStatus.Cancelled))
            {
                status = ActionStatus.Late;
            }
            lines.Add(new ActionLine(action.Id, action.Code, action.Title, part.Code, end, status, said?.PercentDone, said?.Note));
        }
        return lines;
    }

    public static IReadOnlyList<RiskLine> Risks(Plan plan, FollowUp followUp, ReportingCalendarResult calendar, int at)
    {
        return plan.Risks.Select(risk =>
        {
            var assessed = followUp.Risks.Where(r => r.RiskId == risk.Id)
                .Select(r => (Risk: r, Index: IndexOf(calendar, r.PeriodCode))).Where(r => r.Index >= 0 && r.Index <= at).ToList();
            var now = assessed.Where(r => r.Index == at).Select(r => r.Risk).FirstOrDefault();
            var before = assessed.Where(r => r.Index < at).OrderBy(r => r.Index).Select(r => r.Risk).LastOrDefault();
            int? planScore = risk.Likelihood?.Min is { } l && risk.Impact?.Min is { } i ? (int)Math.Round(l * i) : null;
            return new RiskLine(risk.Id, risk.Code ?? "", risk.Title, planScore, before is null ? null : before.Likelihood * before.Impact,
                now?.Likelihood, now?.Impact, now?.Note);
        }).ToList();
    }

    /// <summary>The approved budget per cost category: the plan's planned lines (not its actual or forecast columns).</summary>
    public static IReadOnlyDictionary<CostCategory, decimal> Budget(Plan plan) =>
        plan.Budget.Lines.Where(l => l.Kind == FigureKind.Planned).GroupBy(l => l.Category).ToDictionary(g => g.Key, g => g.Sum(l => l.Amount));

    /// <summary>Costs per category: in [from, to], from the start to <paramref name="to"/>, against the budget; every category with a budget or a cost.</summary>
    public static IReadOnlyList<CategoryCosts> Categories(Plan budgetPlan, FollowUp followUp, DateOnly from, DateOnly to)
    {
        var budget = Budget(budgetPlan);
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

    internal static IEnumerable<(WorkPart Part, WorkAction Action)> AllActions(IEnumerable<WorkPart> parts)
    {
        foreach (var part in parts)
        {
            foreach (var action in part.Actions)
            {
                yield return (part, action);
            }
            foreach (var inner in AllActions(part.Children))
            {
                yield return inner;
            }
        }
    }
}
