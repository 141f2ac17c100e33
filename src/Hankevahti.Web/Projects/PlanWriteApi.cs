using System.Globalization;
using System.Security.Claims;
using Hankevahti.Json;
using Hankevahti.People;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Plans;
using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Hankevahti.Web.Api;

namespace Hankevahti.Web.Projects;

/// <summary>
/// PUT /api/projects/{id}/plan: a script saves a whole plan as the project's next version, with the version it
/// was made on in If-Match ("v7", as GET gives it in ETag). The same rules as the pages: a co-implementer may
/// change only its organisation's share, a save on an older version is refused (412) rather than overwriting.
/// Scripts authenticate with a personal API token: a browser's cookie is not accepted for writes here, so no
/// other page can make a signed-in browser write through the API.
/// </summary>
public static class PlanWriteApi
{
    public static IEndpointRouteBuilder MapPlanWriteApi(this IEndpointRouteBuilder app)
    {
        app.MapPut("/api/projects/{id:int}/plan", SaveAsync)
            .WithName("savePlan").WithSummary("Saves a whole plan as the project's next version; If-Match is the version it was made on")
            .JsonBody<System.Text.Json.JsonElement>()
            .Produces<Api.PlanSaved>().ApiErrors(400, 401, 403, 404, 409, 412, 428)
            .RequireAuthorization(Policies.ShareEdit)
            .WithMetadata(new RequestSizeLimitAttribute(PlanPartPage.MaxRequestBytes));
        return app;
    }

    public static string ETag(int version) => string.Create(CultureInfo.InvariantCulture, $"\"v{version}\"");

    private static async Task<IResult> SaveAsync(int id, HttpContext context, HankevahtiDb db, PlanCache cache, RequestAccess access, CancellationToken ct)
    {
        var user = await access.CurrentAsync(ct);
        if (!user.LocalOwner && context.User.Identity?.AuthenticationType != ApiTokenAuthentication.SchemeName)
        {
            return Problem(StatusCodes.Status403Forbidden, "a personal API token is needed", "Writes through the API take a personal API token (Authorization: Bearer …), not a browser's sign-in.");
        }
        if (!TryVersion(context.Request.Headers.IfMatch.ToString(), out var baseVersion))
        {
            return Problem(StatusCodes.Status428PreconditionRequired, "If-Match is needed",
                "Send the version the plan was made on in If-Match, as GET /api/projects/{id}/plan gives it in ETag (\"v7\").");
        }
        string body;
        using (var reader = new StreamReader(context.Request.Body))
        {
            body = await reader.ReadToEndAsync(ct);
        }
        var read = PlanJson.Deserialize(body, "request body");
        if (read.Plan is not { } plan)
        {
            return Problem(StatusCodes.Status400BadRequest, "the plan could not be read", read.Error!);
        }
        var member = await access.MembershipAsync(id, ct);
        Func<Plan, OrganisationShare>? share = member is { Role: ProjectRole.CoImplementer }
            ? current => OrganisationShare.Of(member.Organisation ?? "", current)
            : null;
        var result = await PlanEdits.SaveAsync(db, cache, id, baseVersion, _ => plan, "API", ct, share);
        return result.Outcome switch
        {
            EditOutcome.Saved => Saved(context, id, result.Version),
            EditOutcome.NotFound => Problem(StatusCodes.Status404NotFound, "no such project", $"There is no project {id}."),
            EditOutcome.OutsideShare => Problem(StatusCodes.Status403Forbidden, "outside your organisation's share",
                $"As a co-implementer of {member?.Organisation} you may change only its budget lines and actions; nothing was saved."),
            EditOutcome.Unreadable => Problem(StatusCodes.Status409Conflict, "the stored plan cannot be read", "The newest stored version cannot be read; save through the web after checking it."),
            _ => Problem(StatusCodes.Status412PreconditionFailed, "the plan changed meanwhile",
                $"Version {result.Version} is the newest now, not {baseVersion}: read it, apply your change to it and send it with If-Match {ETag(result.Version)}."),
        };
    }

    private static IResult Saved(HttpContext context, int id, int version)
    {
        context.Response.Headers.ETag = ETag(version);
        return Results.Ok(new Api.PlanSaved(id, version));
    }

    private static bool TryVersion(string ifMatch, out int version)
    {
        var value = ifMatch.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }
        value = value.Trim('"');
        if (value.StartsWith('v'))
        {
            value = value[1..];
        }
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out version);
    }

    private static IResult Problem(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail);
}
