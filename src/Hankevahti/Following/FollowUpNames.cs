using System.Text.Json;
using Hankevahti.Plans;

namespace Hankevahti.Following;

/// <summary>
/// The names the follow-up's enums are stored and written by: the plan JSON's names for cost categories
/// ("personnelHired"), snake case for statuses ("not_started"), so the database, the CSV files and the API agree.
/// </summary>
public static class FollowUpNames
{
    public static string Category(CostCategory category) => JsonNamingPolicy.CamelCase.ConvertName(category.ToString());

    public static CostCategory? ParseCategory(string? name) =>
        Enum.TryParse<CostCategory>(name, ignoreCase: true, out var category) && Enum.IsDefined(category) && !int.TryParse(name, out _)
            ? category : null;

    public static string Action(ActionStatus status) => status switch
    {
        ActionStatus.InProgress => "in_progress",
        ActionStatus.Done => "done",
        ActionStatus.Late => "late",
        ActionStatus.Cancelled => "cancelled",
        _ => "not_started",
    };

    public static ActionStatus? ParseAction(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "not_started" => ActionStatus.NotStarted,
        "in_progress" => ActionStatus.InProgress,
        "done" => ActionStatus.Done,
        "late" => ActionStatus.Late,
        "cancelled" => ActionStatus.Cancelled,
        _ => null,
    };

    public static string Report(ReportKind kind) => kind switch
    {
        ReportKind.Claim => "claim",
        ReportKind.Final => "final",
        _ => "status",
    };

    public static ReportKind? ParseReport(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "status" => ReportKind.Status,
        "claim" => ReportKind.Claim,
        "final" => ReportKind.Final,
        _ => null,
    };
}
