using System.Text.Json;
using System.Text.Json.Serialization;
using Hankevahti.Web.Projects;

namespace Hankevahti.Web.Api;

/// <summary>How the API writes JSON: camelCase, as ASP.NET Core's web defaults; dates yyyy-mm-dd, money as numbers.</summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}

/// <summary>Links of a page of a list: absolute paths with the same filters; next and prev null at the ends.</summary>
public sealed record PageLinks(string Self, string First, string Last, string? Next, string? Prev);

/// <summary>One page of a list: its items, how many there are in all (with the filters), and the links to the neighbours.</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize, PageLinks Links);

/// <summary>A project with its versions' numbers: GET /api/projects/{id}.</summary>
public sealed record ProjectDetail(
    int Id, string Name, string? ShortName, string? Programme, string? ProgrammeKey, DateOnly? PeriodStart, DateOnly? PeriodEnd,
    string? Status, IReadOnlyList<string> Regions, string? CaseNumber, int Versions, int? LatestVersion, int? ApprovedVersion,
    DateTimeOffset UpdatedAt, ProjectLinks Links);

public sealed record ProjectLinks(string Self, string Plan, string Versions, string Values, string Costs, string Reports);

/// <summary>A stored version's facts (not its plan): GET /api/projects/{id}/versions/{number}.</summary>
public sealed record VersionInfo(int Number, DateTimeOffset SavedAt, string Status, string? Reason, string Origin, string? Note, string Plan);

/// <summary>An evidence file's facts (its bytes are on the values page).</summary>
public sealed record EvidenceDto(int Id, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt);

/// <summary>A measured value of an indicator for a period; organisation "" is the project as a whole.</summary>
public sealed record ValueDto(
    int Id, string Indicator, string Period, string Organisation, decimal? Number, bool? YesNo, string? Comment,
    string Status, string? StatusReason, int Revision, string ETag, string? UpdatedBy, DateTimeOffset UpdatedAt, IReadOnlyList<EvidenceDto> Evidence);

/// <summary>POST /api/projects/{id}/values: a new draft value. Value is written as the indicator's kind says (a number, a percentage, yes/no, 1–5).</summary>
public sealed record NewValue(string? Indicator, string? Period, string? Organisation, string? Value, string? Comment);

/// <summary>PUT /api/projects/{id}/values/{valueId}: the value and comment of a draft or returned value.</summary>
public sealed record ValueChange(string? Value, string? Comment);

/// <summary>Actual costs summed per organisation × work part (null: the project as a whole) × category × month (yyyy-MM).</summary>
public sealed record CostSum(string Organisation, string? Part, string Category, string Month, decimal Amount);

public sealed record CostSums(IReadOnlyList<CostSum> Items, decimal Total);

/// <summary>One ledger row as imported (actual_costs).</summary>
public sealed record CostRow(int Id, string Organisation, string Voucher, int Line, DateOnly BookedOn, string Account, string? AccountName,
    string? CostCentre, string? Part, string Category, decimal Amount, string? Text);

/// <summary>A report of a project: kind (status, claim, final) and period ("" for the final report), with where it stands.</summary>
public sealed record ReportInfo(string Kind, string Period, DateOnly? Due, string Status, string? StatusReason, int Revision, DateTimeOffset? StatusAt, string Data);

/// <summary>A report's data: as submitted (snapshot) when it has been submitted, and as computed now from the records.</summary>
public sealed record ReportData(string Kind, string Period, string Status, string? StatusReason, int Revision,
    string? Done, string? Deviations, string? NextPeriod, JsonElement? Computed, string? Problem, JsonElement? Submitted);

/// <summary>The list's item: the same record as the pages' project list and `hankevahti projects --format json`.</summary>
public sealed record ProjectItem(int Id, string Name, string? ShortName, string? Programme, DateOnly? PeriodStart, DateOnly? PeriodEnd,
    int Versions, string? Status, IReadOnlyList<string> Regions, string? CaseNumber, DateTimeOffset UpdatedAt, string Self)
{
    public static ProjectItem Of(ProjectSummary p) =>
        new(p.Id, p.Name, p.ShortName, p.Programme, p.PeriodStart, p.PeriodEnd, p.Versions, p.Status, p.Regions ?? [], p.CaseNumber, p.UpdatedAt, $"/api/projects/{p.Id}");
}

/// <summary>A stored version in the list: its number, when it was saved, and where it stands with the funder (docs/approval.md).</summary>
public sealed record VersionLine(int Number, DateTimeOffset SavedAt, string Status, string? Reason);

/// <summary>PUT /api/projects/{id}/plan saved the plan as this version.</summary>
public sealed record PlanSaved(int Project, int Version);
