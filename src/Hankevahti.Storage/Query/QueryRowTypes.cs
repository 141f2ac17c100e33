namespace Hankevahti.Storage.Query;

// The rows of the query tables (migration 0007_query_tables, docs/decisions/0008-query-tables.md).
// Every row belongs to one stored version: (ProjectId, VersionNumber) is plan_versions (project_id, number).
// Enums are the plan JSON's names ("planned", "personnelHired"); Ordinal is the item's place in the plan.

/// <summary>A region the version's plan names.</summary>
public sealed record PlanRegionRow(int ProjectId, int VersionNumber, int Ordinal, string Region);

/// <summary>A work part (osa-alue, pilari, investointi, työpaketti), at any depth; ParentItemId is null at the top.</summary>
public sealed record PlanWorkPartRow(int ProjectId, int VersionNumber, string ItemId, int Ordinal, string? ParentItemId,
    string Code, string Title, string Kind, string? KindLabel, string? Responsible);

/// <summary>A budget line as the plan states it.</summary>
public sealed record PlanBudgetLineRow(int ProjectId, int VersionNumber, string ItemId, int Ordinal, string? PartCode, string? Organisation,
    string Category, string? Label, int? Year, string? Period, string Kind, decimal Amount, decimal? PersonYears);

/// <summary>The version's funding: the shares the plan states and the euros derived from them by <c>PlanFigures</c>.</summary>
public sealed record PlanFundingRow(int ProjectId, int VersionNumber, decimal? OwnFundingShare, decimal? GrantShare,
    decimal PlannedTotal, decimal? OwnFunding, decimal? GrantAmount, decimal GrantTransfers);

/// <summary>An indicator; its targets are <see cref="PlanIndicatorTargetRow"/>s under the same ItemId.</summary>
public sealed record PlanIndicatorRow(int ProjectId, int VersionNumber, string ItemId, int Ordinal, string Name, string Kind,
    string? Unit, decimal? BaselineValue, int? BaselineYear);

/// <summary>One target value of an indicator (ItemId is the indicator's); Ordinal is its place in the indicator's targets.</summary>
public sealed record PlanIndicatorTargetRow(int ProjectId, int VersionNumber, string ItemId, int Ordinal, int? Year, string? Period,
    decimal? Value, bool? Achieved, string? Text);

/// <summary>A risk with its ratings (min = max for a single value) and the derived score likelihood × impact.</summary>
public sealed record PlanRiskRow(int ProjectId, int VersionNumber, string ItemId, int Ordinal, string? Code, string Title,
    decimal? LikelihoodMin, decimal? LikelihoodMax, decimal? ImpactMin, decimal? ImpactMax, decimal? ScoreMin, decimal? ScoreMax, string? Owner);

/// <summary>An organisation taking part; Roles are the JSON's role names joined by commas.</summary>
public sealed record PlanOrganisationRow(int ProjectId, int VersionNumber, string ItemId, int Ordinal, string Name, string? ShortName,
    string Roles, decimal? GrantTransfer);
