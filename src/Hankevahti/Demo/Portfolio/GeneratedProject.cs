using Hankevahti.Following;
using Hankevahti.People;
using Hankevahti.Plans;

namespace Hankevahti.Demo.Portfolio;

/// <summary>One synthetic project: its plan (version 1) and what was recorded while it ran, as the follow-up tables hold it.</summary>
/// <param name="Index">The project's place in the portfolio (0-based); with the seed it determines everything else.</param>
public sealed record GeneratedProject(
    int Index,
    Plan Plan,
    IReadOnlyList<GeneratedValue> Values,
    IReadOnlyList<GeneratedCost> Costs,
    IReadOnlyList<GeneratedProgress> Progress,
    IReadOnlyList<GeneratedReport> Reports);

/// <summary>A measured indicator value; Organisation "" is the project as a whole.</summary>
public sealed record GeneratedValue(string IndicatorId, string PeriodCode, string Organisation, decimal? Number, bool? YesNo,
    string? Comment, VersionStatus Status, string? Reason, DateOnly RecordedOn);

/// <summary>A ledger row: one organisation's voucher line, on a work part and cost category (PartCode null: not mapped to a part).</summary>
public sealed record GeneratedCost(string Organisation, string Voucher, int Line, DateOnly BookedOn, string Account, string AccountName,
    string CostCentre, string? PartCode, CostCategory Category, decimal Amount, string Text);

/// <summary>An action's status for a period.</summary>
public sealed record GeneratedProgress(string ActionId, string PeriodCode, ActionStatus Status, int PercentDone, string? Note, DateOnly RecordedOn);

/// <summary>A report to the funder with the manager's narrative; a period that has none stays unreported (overdue once it is due).</summary>
public sealed record GeneratedReport(ReportKind Kind, string PeriodCode, VersionStatus Status, string DoneText, string Deviations, string NextPeriod,
    string? Reason, DateOnly On);
