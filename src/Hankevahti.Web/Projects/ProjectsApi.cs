using Hankevahti.Web.Security;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Projects;

/// <summary>The JSON API for scripts: the project list and each project's latest plan as canonical JSON.</summary>
public static class ProjectsApi
{
    public static IEndpointRouteBuilder MapProjectsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/projects");

        api.MapGet("/", async (HankevahtiDb db, RequestAccess access, CancellationToken ct) =>
            Results.Ok(await ProjectSummary.ListAsync(db, await access.VisibleProjectsAsync(ct), ct)))
            .RequireAuthorization(Policies.SignedIn);

        // The stored JSON is returned as it is, byte for byte: it is already the canonical form
        // (docs/plan-json.md), and re-serialising could only make it differ.
        api.MapGet("/{id:int}/plan", async (int id, HttpContext context, HankevahtiDb db, CancellationToken ct) =>
        {
            if (await db.LatestVersionAsync(id, ct) is not { } version)
            {
                return Results.NotFound(new { error = $"no project with id {id}" });
            }
            // The version is the ETag a PUT sends back in If-Match (PlanWriteApi).
            context.Response.Headers.ETag = PlanWriteApi.ETag(version.Number);
            return Results.Text(version.PlanJson, "application/json", System.Text.Encoding.UTF8);
        })
            .RequireAuthorization(Policies.ProjectRead);

        // The stored versions with where each stands with the funder (docs/approval.md).
        api.MapGet("/{id:int}/versions", async (int id, HankevahtiDb db, CancellationToken ct) =>
            await db.Projects.AnyAsync(p => p.Id == id, ct)
                ? Results.Ok(await db.PlanVersions.AsNoTracking().Where(v => v.ProjectId == id).OrderBy(v => v.Number)
                    .Select(v => new { number = v.Number, savedAt = v.SavedAt, status = v.Status, reason = v.StatusReason }).ToListAsync(ct))
                : Results.NotFound(new { error = $"no project with id {id}" }))
            .RequireAuthorization(Policies.ProjectRead);

        // A stored version is never changed, an approved one least of all: a change is a new version of the plan.
        // Mapped so that the answer says so (405) rather than "no such page"; reading the project is enough to be told.
        api.MapMethods("/{id:int}/versions/{number:int}", ["PUT", "PATCH", "DELETE"], (int id, int number, HttpContext http) =>
        {
            // No method of this address changes anything; the version is read at /projects/{id}/versions/{number}.
            http.Response.Headers.Allow = "";
            return Results.Problem(
                detail: $"version {number} of project {id} cannot be changed: stored versions are read-only; a change to the plan is stored as a new version",
                statusCode: StatusCodes.Status405MethodNotAllowed,
                title: "Stored versions are read-only");
        })
            .RequireAuthorization(Policies.ProjectRead);

        app.MapPlanWriteApi();
        app.MapPlanDownload();
        app.MapAuditExport();
        return app;
    }
}
