using Hankevahti.Export.Iati;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;

namespace Hankevahti.Web.Export;

/// <summary>
/// The IATI 2.03 downloads: /projects/{id}/export/iati (one project, for whoever may read it) and
/// /programmes/{key}/export/iati (the programme's projects the reader may see: a funder official gets the
/// programmes assigned to them, a member the projects they belong to). docs/iati.md.
/// </summary>
public static class IatiDownload
{
    public static IEndpointRouteBuilder MapIatiDownload(this IEndpointRouteBuilder app)
    {
        app.MapGet("/projects/{id:int}/export/iati", async (int id, HankevahtiDb db, IConfiguration configuration, CancellationToken ct) =>
        {
            var export = await IatiExporter.ProjectAsync(db, id, IatiExporter.Options(configuration), DateTimeOffset.UtcNow, ct);
            return export is null ? Results.NotFound() : File(export, $"hanke-{id}-iati.xml");
        }).RequireAuthorization(Policies.ProjectRead);

        app.MapGet("/programmes/{key}/export/iati", async (string key, HankevahtiDb db, RequestAccess access, IConfiguration configuration, CancellationToken ct) =>
        {
            if (Hankevahti.Checks.Profiles.ProfileCatalog.Programme(key) is not { } profile)
            {
                return Results.Problem($"no programme '{key}'", statusCode: StatusCodes.Status404NotFound);
            }
            var export = await IatiExporter.ProgrammeAsync(db, key, await access.VisibleProjectsAsync(ct), IatiExporter.Options(configuration), DateTimeOffset.UtcNow, ct);
            // Not found also when none of the programme's projects is visible to the reader: it learns nothing of the others.
            return export.Document is null && export.Skipped.Count == 0
                ? Results.Problem(export.Problem, statusCode: StatusCodes.Status404NotFound)
                : File(export, $"ohjelma-{profile.Key}-iati.xml");
        }).RequireAuthorization(Policies.SignedIn);
        return app;
    }

    /// <summary>The file, or the reason it could not be made (a plan without dates…) as a problem, never a stack trace.</summary>
    private static IResult File(IatiExport export, string fileName) =>
        export.Document is { } document
            ? Results.File(IatiDocument.Bytes(document), IatiDocument.ContentType, fileName)
            : Results.Problem(export.Problem, statusCode: StatusCodes.Status422UnprocessableEntity);
}
