using Hankevahti.Plans;

namespace Hankevahti.Following.Reports;

/// <summary>A period's status report (tilanneraportti): progress, actions, costs against plan and forecast, risks, and the narrative.</summary>
public sealed record StatusReport(string ProjectName, string? CaseNumber, ProjectPeriod Period, IReadOnlyList<IndicatorLine> Indicators,
    IReadOnlyList<ActionLine> Actions, IReadOnlyList<CategoryCosts> Costs, IReadOnlyList<RiskLine> Risks, Narrative Narrative);

/// <summary>One organisation's costs of one category in a claim's period.</summary>
public sealed record ClaimLine(string Organisation, CostCategory Category, decimal Amount);

/// <summary>
/// A payment claim's cost breakdown (maksatushakemuksen kustannuserittely): the period's costs by organisation and
/// category, split into own funding and grant by the funding share, and the cumulative costs against the approved budget.
/// </summary>
public sealed record ClaimReport(string ProjectName, string? CaseNumber, string? PeriodCode, DateOnly From, DateOnly To,
    IReadOnlyList<ClaimLine> Lines, decimal? GrantShare, IReadOnlyList<CategoryCosts> Cumulative, Narrative Narrative)
{
    public decimal Total => Lines.Sum(l => l.Amount);
    /// <summary>The grant asked for: the total times the grant share, rounded to the cent.</summary>
    public decimal? Grant => GrantShare is { } share ? Math.Round(Total * share, 2, MidpointRounding.AwayFromZero) : null;
    /// <summary>Own funding is what the grant leaves, so the two always add up to the total to the cent.</summary>
    public decimal? OwnFunding => Grant is { } grant ? Total - grant : null;
}

/// <summary>
/// The final report (loppuraportti), in the order of the funders' final-report forms (docs/following.md#reports):
/// the project, the plan against what was done, the indicators at the end, the costs in total and the funding.
/// </summary>
public sealed record FinalReport(string ProjectName, string? CaseNumber, string? Programme, DateOnly? Start, DateOnly? End, IReadOnlyList<string> Organisations,
    IReadOnlyList<ActionLine> Actions, IReadOnlyList<IndicatorLine> Indicators, IReadOnlyList<CategoryCosts> Costs, decimal? GrantShare, Narrative Narrative)
{
    public decimal TotalCosts => Costs.Sum(c => c.Cumulative);
    public decimal TotalBudget => Costs.Sum(c => c.Budget);
    public decimal? Grant => GrantShare is { } share ? Math.Round(TotalCosts * share, 2, MidpointRounding.AwayFromZero) : null;
    public decimal? OwnFunding => Grant is { } grant ? TotalCosts - grant : null;
}

/// <summary>A report, or why it cannot be made (one line naming what was expected).</summary>
public sealed record ReportResult<T>(T? Report, string? Problem) where T : class;

/// <summary>Makes the three reports from a <see cref="ReportInput"/>.</summary>
public static class ReportBuilder
{
    public static ReportResult<StatusReport> Status(ReportInput input, string? periodCode, Narrative narrative)
    {
        if (input.Calendar.Problem is { } problem)
        {
            return new(null, problem);
        }
        if (input.Calendar.Find(periodCode) is not { } period)
        {
            return new(null, UnknownPeriod(input.Calendar, periodCode));
        }
        var at = ReportFigures.IndexOf(input.Calendar, period.Code);
        var asOf = period.End < input.Today ? period.End : input.Today;
        return new(new StatusReport(input.Plan.Project.Name, input.Plan.Project.CaseNumber, period,
            ReportFigures.Indicators(input.Plan, input.FollowUp, input.Calendar, at, input.Profile.Progress),
            ReportFigures.Actions(input.Plan, input.FollowUp, input.Calendar, at, asOf),
            ReportFigures.Categories(input.BudgetPlan, input.FollowUp, period.Start, period.End),
            ReportFigures.Risks(input.Plan, input.FollowUp, input.Calendar, at),
            narrative), null);
    }

    /// <summary>A claim for a period, or without one from the project's start (or its first cost) to today.</summary>
    public static ReportResult<ClaimReport> Claim(ReportInput input, string? periodCode, Narrative narrative)
    {
        DateOnly from, to;
        string? code = null;
        if (!string.IsNullOrWhiteSpace(periodCode))
        {
            if (input.Calendar.Problem is { } problem)
            {
                return new(null, problem);
            }
            if (input.Calendar.Find(periodCode) is not { } period)
            {
                return new(null, UnknownPeriod(input.Calendar, periodCode));
            }
            (from, to, code) = (period.Start, period.End, period.Code);
        }
        else
        {
            var firstCost = input.FollowUp.Costs.Count == 0 ? input.Today : input.FollowUp.Costs.Min(c => c.Month);
            from = input.Plan.Project.Period?.Start is { } start && start < firstCost ? start : firstCost;
            to = input.Today;
        }
        var firstMonth = new DateOnly(from.Year, from.Month, 1);
        var lines = input.FollowUp.Costs.Where(c => c.Month >= firstMonth && c.Month <= to)
            .GroupBy(c => (c.Organisation, c.Category))
            .Select(g => new ClaimLine(g.Key.Organisation, g.Key.Category, g.Sum(c => c.Amount)))
            .OrderBy(l => l.Organisation, StringComparer.Ordinal).ThenBy(l => l.Category).ToList();
        return new(new ClaimReport(input.Plan.Project.Name, input.Plan.Project.CaseNumber, code, from, to, lines,
            ReportFigures.GrantShare(input.BudgetPlan, input.Profile),
            ReportFigures.Categories(input.BudgetPlan, input.FollowUp, from, to), narrative), null);
    }

    /// <summary>The final report: everything up to the project's last period (or today when the project has no periods).</summary>
    public static ReportResult<FinalReport> Final(ReportInput input, Narrative narrative)
    {
        var plan = input.Plan;
        var last = input.Calendar.Periods.Count - 1;
        var end = plan.Project.Period?.End ?? input.Today;
        var asOf = end < input.Today ? end : input.Today;
        var organisations = plan.Organisations.Select(o => o.Name).ToList();
        return new(new FinalReport(plan.Project.Name, plan.Project.CaseNumber, plan.Project.Programme?.Name,
            plan.Project.Period?.Start, plan.Project.Period?.End, organisations,
            ReportFigures.Actions(plan, input.FollowUp, input.Calendar, last, asOf),
            ReportFigures.Indicators(plan, input.FollowUp, input.Calendar, last, input.Profile.Progress),
            ReportFigures.Categories(input.BudgetPlan, input.FollowUp, DateOnly.MinValue, DateOnly.MaxValue),
            ReportFigures.GrantShare(input.BudgetPlan, input.Profile), narrative), null);
    }

    /// <summary>The one-line refusal for a period the project does not have, listing the ones it has.</summary>
    public static string UnknownPeriod(ReportingCalendarResult calendar, string? code) =>
        string.IsNullOrWhiteSpace(code)
            ? $"a period is expected, one of: {string.Join(", ", calendar.Periods.Select(p => p.Code))}"
            : $"the project has no period '{code.Trim()}'; its periods are: {string.Join(", ", calendar.Periods.Select(p => p.Code))}";
}
