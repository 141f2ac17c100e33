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
        api.MapGet("/{id:int}/plan", async (int id, HankevahtiDb db, CancellationToken ct) =>
            await db.LatestVersionAsync(id, ct) is { } version
                ? Results.Text(version.PlanJson, "application/json", System.Text.Encoding.UTF8)
                : Results.NotFound(new { error = $"no project with id {id}" }))
            .RequireAuthorization(Policies.ProjectRead);

        app.MapPlanDownload();
        app.MapAuditExport();
        return app;
    }
}
