using Hankevahti.Checks.Profiles;
using Hankevahti.Plans;

namespace Hankevahti.Following.Reports;

/// <summary>
/// What every report is made from: the plan as it is now, the plan the funder approved (the budget that costs are
/// claimed against; the current plan when none is approved yet), what has been recorded, the programme's profile
/// (funding shares) and the project's periods, and the day the report is made.
/// </summary>
public sealed record ReportInput(Plan Plan, Plan? ApprovedPlan, FollowUp FollowUp, ProgrammeProfile Profile,
    ReportingCalendarResult Calendar, DateOnly Today)
{
    /// <summary>The plan whose budget counts: the approved one when there is one.</summary>
    public Plan BudgetPlan => ApprovedPlan ?? Plan;
}

/// <summary>What the project manager writes for a report: what was done, deviations, and the next period (for the final report: what continues after the project).</summary>
public sealed record Narrative(string? Done, string? Deviations, string? NextPeriod)
{
    public static readonly Narrative Empty = new(null, null, null);
}

/// <summary>
/// The words of a report in the reader's language, by key (headings and column names: ReportsText.resx in the
/// web project, which also knows the names of cost categories and statuses as "CostCategory.X", "ActionStatus.X").
/// The core lays reports out but owns no language.
/// </summary>
public delegate string ReportWords(string key);
