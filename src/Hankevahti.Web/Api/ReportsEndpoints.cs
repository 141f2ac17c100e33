using System.Text.Json;
using Hankevahti.Following;
using Hankevahti.People;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Web.Following.Reports;
using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Api;

/// <summary>
/// The reports to the funder: each period's status report and payment claim, the claim from the start and the
/// final report, with where each stands (open, submitted, approved, returned, overdue) as the reports page shows;
/// and one report's data, as computed now and as it was submitted.
/// </summary>
public static class ReportsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/{id:int}/reports", ListAsync)
            .WithName("listReports").WithSummary("A project's reports per period with their status and due date")
            .Produces<IReadOnlyList<ReportInfo>>().ApiErrors(401, 403, 404, 409)
            .RequireAuthorization(Policies.ProjectRead);

        api.MapGet("/{id:int}/reports/{kind}", GetAsync)
            .WithName("getReport").WithSummary("A report's data: narrative, the figures computed now, and the snapshot sent when it was submitted")
            .WithDescription("kind is status, claim or final; period is the period's code (2026-H2) for a status report or a claim, none for the final report or the claim from the start.")
            .Produces<ReportData>().ApiErrors(400, 401, 403, 404, 409)
            .RequireAuthorization(Policies.ProjectRead);
    }

    private static async Task<IResult> ListAsync(int id, HankevahtiDb db, TimeProvider time, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        if (await ReportsOverviewModel.LoadAsync(db, id, today, ct) is not { } overview)
        {
            return ApiProblems.NotFound($"There is no project with id {id}.");
        }
        if (overview.Problem is { } problem && overview.Periods.Count == 0)
        {
            return ApiProblems.Problem(StatusCodes.Status409Conflict, "The project has no reporting periods", problem);
        }
        var stored = await PeriodReports.ListAsync(db, id, ct);
        ReportInfo Info(ReportKind kind, string period, DateOnly? due, string status)
        {
            var row = stored.FirstOrDefault(r => r.Kind == PeriodReports.KindName(kind) && r.PeriodCode == period);
            var link = $"/api/projects/{id}/reports/{PeriodReports.KindName(kind)}" + (period.Length == 0 ? "" : "?period=" + Uri.EscapeDataString(period));
            return new ReportInfo(PeriodReports.KindName(kind), period, due, status, row?.StatusReason, row?.Revision ?? 0, row?.StatusAt, link);
        }
        static string Name(PeriodStatus s) => s.ToString().ToLowerInvariant();
        string Whole(VersionStatus? s) => s is { } v ? VersionStatuses.Name(v) : "open";
        var list = overview.Periods.SelectMany(p => new[]
        {
            Info(ReportKind.Status, p.Period.Code, p.Period.Due, Name(p.Status)),
            Info(ReportKind.Claim, p.Period.Code, null, Name(p.ClaimStatus)),
        }).Append(Info(ReportKind.Claim, "", null, Whole(overview.WholeClaim)))
          .Append(Info(ReportKind.Final, "", null, Whole(overview.Final)))
          .ToList();
        return Results.Ok(list);
    }

    private static async Task<IResult> GetAsync(int id, string kind, HttpContext http, HankevahtiDb db, TimeProvider time, CancellationToken ct, string? period = null)
    {
        if (PeriodReports.ParseKind(kind) is not { } reportKind)
        {
            return ApiProblems.Invalid("kind", $"kind must be status, claim or final, not \"{kind}\".");
        }
        if (!await db.Projects.AnyAsync(p => p.Id == id, ct))
        {
            return ApiProblems.NotFound($"There is no project with id {id}.");
        }
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var (source, made) = await ReportMaker.MakeAsync(db, id, reportKind, period, ReportWordsIn.Culture(System.Globalization.CultureInfo.GetCultureInfo("en")), today, ct);
        if (made is null)
        {
            return ApiProblems.Problem(StatusCodes.Status409Conflict, "The report cannot be made", source.Problem ?? "The project's plan cannot be read.");
        }
        if (made.Model is null && reportKind != ReportKind.Final && !string.IsNullOrWhiteSpace(period))
        {
            return ApiProblems.Invalid("period", made.Problem ?? $"\"{period}\" is not one of the project's reporting periods.");
        }
        var row = await PeriodReports.FindAsync(db, id, reportKind, period, ct);
        JsonElement? computed = made.Model is null ? null : JsonSerializer.SerializeToElement(made.Model, made.Model.GetType(), ApiJson.Options);
        JsonElement? submitted = row?.SnapshotJson is { } snapshot ? JsonDocument.Parse(snapshot).RootElement.Clone() : null;
        var data = new ReportData(PeriodReports.KindName(reportKind), PeriodReports.PeriodKey(period), row?.Status ?? "open", row?.StatusReason, row?.Revision ?? 0,
            row?.DoneText, row?.Deviations, row?.NextPeriod, computed, made.Problem, submitted);
        return ApiETags.Json(http, ApiJson.Serialize(data));
    }
}
