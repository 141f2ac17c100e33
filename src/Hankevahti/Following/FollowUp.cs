using Hankevahti.People;
using Hankevahti.Plans;

namespace Hankevahti.Following;

/// <summary>
/// Everything recorded about a running project besides its plan: the measured values, the actual costs, the
/// forecasts and transfers, the actions' progress and the risks reassessed. Reports, the overview and the
/// progress figures are computed from a plan and this; nothing derived is stored.
/// </summary>
public sealed record FollowUp(
    IReadOnlyList<MeasuredValue> Values,
    IReadOnlyList<CostAmount> Costs,
    IReadOnlyList<CostForecast> Forecasts,
    IReadOnlyList<RecordedTransfer> Transfers,
    IReadOnlyList<ActionProgress> Actions,
    IReadOnlyList<RiskAssessment> Risks)
{
    public static readonly FollowUp Empty = new([], [], [], [], [], []);
}

/// <summary>
/// A measured value of an indicator for a period. Number holds counts, percentages, money, days and the 1–5
/// self-assessment; YesNo the yes/no kind. Organisation is "" for the project as a whole.
/// Only approved values count in progress.
/// </summary>
public sealed record MeasuredValue(string IndicatorId, string PeriodCode, string Organisation, decimal? Number, bool? YesNo,
    string? Comment, VersionStatus Status, string? StatusReason);

/// <summary>
/// Actual costs of one organisation in one work part (null: not mapped to a part, the project as a whole), cost
/// category and month (the first day of the month): the ledger's rows and the grid's entries summed.
/// </summary>
public sealed record CostAmount(string Organisation, string? PartCode, CostCategory Category, DateOnly Month, decimal Amount);

/// <summary>The forecast of costs to the end of the project for a work part (null: the whole project) and category.</summary>
public sealed record CostForecast(string? PartCode, CostCategory Category, decimal Amount, string? Note);

/// <summary>A budget transfer; only an approved one changes the budget that costs are followed against.</summary>
public sealed record RecordedTransfer(string? FromPart, string? ToPart, CostCategory? FromCategory, CostCategory? ToCategory,
    decimal Amount, string Reason, VersionStatus Status);

/// <summary>What is said of an action for a period.</summary>
public sealed record ActionProgress(string ActionId, string PeriodCode, ActionStatus Status, int? PercentDone, string? Note);

/// <summary>A risk reassessed for a period, likelihood and impact 1–5.</summary>
public sealed record RiskAssessment(string RiskId, string PeriodCode, int Likelihood, int Impact, string? Note);

/// <summary>The status of an action. Late is also derived: an action past its end and not done or cancelled is late by itself.</summary>
public enum ActionStatus { NotStarted, InProgress, Done, Late, Cancelled }

/// <summary>The reports to the funder: a period's status report, a payment claim, the final report.</summary>
public enum ReportKind { Status, Claim, Final }
