using Hankevahti.Web.Security;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

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

        app.MapPlanWriteApi();
        app.MapPlanDownload();
        app.MapAuditExport();
        return app;
    }
}
