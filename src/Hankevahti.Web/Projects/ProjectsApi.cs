using Hankevahti.Web.Security;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Hankevahti.Web.Api;

namespace Hankevahti.Web.Projects;

/// <summary>The JSON API for scripts: the project list and each project's latest plan as canonical JSON.</summary>
public static class ProjectsApi
{
    public static IEndpointRouteBuilder MapProjectsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/projects");

        // The list, one project, versions, diffs, values, costs and reports: Api/ (docs/api.md).
        Api.ProjectsEndpoints.Map(api);
        Api.ValuesEndpoints.Map(api);
        Api.CostsEndpoints.Map(api);
        Api.ReportsEndpoints.Map(api);

        // The stored JSON is returned as it is, byte for byte: it is already the canonical form
        // (docs/plan-json.md), and re-serialising could only make it differ.
        api.MapGet("/{id:int}/plan", async (int id, HttpContext context, HankevahtiDb db, CancellationToken ct) =>
        {
            if (await db.LatestVersionAsync(id, ct) is not { } version)
            {
                return Api.ApiProblems.NotFound($"There is no project with id {id}.");
            }
            // The version is the ETag a PUT sends back in If-Match (PlanWriteApi).
            context.Response.Headers.ETag = PlanWriteApi.ETag(version.Number);
            return Results.Text(version.PlanJson, "application/json", System.Text.Encoding.UTF8);
        })
            .WithName("getPlan").WithSummary("The newest plan as canonical JSON (docs/plan-json.md); its ETag (\"v7\") goes back in If-Match on PUT")
            .Produces(StatusCodes.Status200OK, typeof(System.Text.Json.JsonElement), "application/json").ApiErrors(401, 403, 404)
            .RequireAuthorization(Policies.ProjectRead);

        // The stored versions with where each stands with the funder (docs/approval.md).
        api.MapGet("/{id:int}/versions", async (int id, HankevahtiDb db, CancellationToken ct) =>
            await db.Projects.AnyAsync(p => p.Id == id, ct)
                ? Results.Ok(await db.PlanVersions.AsNoTracking().Where(v => v.ProjectId == id).OrderBy(v => v.Number)
                    .Select(v => new Api.VersionLine(v.Number, v.SavedAt, v.Status, v.StatusReason)).ToListAsync(ct))
                : Api.ApiProblems.NotFound($"There is no project with id {id}."))
            .WithName("listVersions").WithSummary("The stored versions with where each stands with the funder")
            .Produces<IReadOnlyList<Api.VersionLine>>().ApiErrors(401, 403, 404)
            .RequireAuthorization(Policies.ProjectRead);

        // A stored version is never changed, an approved one least of all: a change is a new version of the plan.
        // Mapped so that the answer says so (405) rather than "no such page"; reading the project is enough to be told.
        var refuse = (int id, int number, HttpContext http) =>
        {
            // No method of this address changes anything; the version is read at /projects/{id}/versions/{number}.
            http.Response.Headers.Allow = "";
            return Results.Problem(
                detail: $"version {number} of project {id} cannot be changed: stored versions are read-only; a change to the plan is stored as a new version",
                statusCode: StatusCodes.Status405MethodNotAllowed,
                title: "Stored versions are read-only");
        };
        // One endpoint per method, each with its own name: the name is the document's operationId, which OpenAPI requires
        // to be unique, and one endpoint of three methods gave three operations the same one.
        foreach (var (method, name) in new[] { ("PUT", "replaceVersion"), ("PATCH", "patchVersion"), ("DELETE", "deleteVersion") })
        {
            api.MapMethods("/{id:int}/versions/{number:int}", [method], refuse)
                .WithName(name).WithSummary("Not allowed: a stored version is never changed (405); a change is a new version (PUT /api/projects/{id}/plan)")
                .ApiErrors(401, 403, 405)
                .RequireAuthorization(Policies.ProjectRead);
        }

        app.MapPlanWriteApi();
        app.MapPlanDownload();
        app.MapAuditExport();
        return app;
    }
}
