using System.Security.Cryptography;
using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Hankevahti.Web.Api;

/// <summary>
/// Errors under /api as RFC 9457 problem details (application/problem+json), whoever answers: an endpoint, the
/// authorisation (401, 403), routing (404, 405), a refused size (413) or an exception (500, without its trace).
/// </summary>
public static class ApiProblems
{
    public static bool IsApi(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi");

    /// <summary>
    /// Registered before the app's HTML error pages: under /api an empty error answer gets a problem body here, so the
    /// status pages (which re-execute a page) never run for a script, and an exception is a 500 problem, not a page.
    /// </summary>
    public static IApplicationBuilder UseApiProblems(this IApplicationBuilder app) =>
        app.UseWhen(c => IsApi(c.Request.Path), branch =>
        {
            branch.UseExceptionHandler(handler => handler.Run(context =>
                Results.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "Something went wrong",
                    detail: "The request could not be completed; the details are in the server's log.").ExecuteAsync(context)));
            // Always problem+json, whatever the Accept header says: an API never answers with a page.
            branch.UseStatusCodePages(context => Results.Problem(statusCode: context.HttpContext.Response.StatusCode,
                detail: DetailOf(context.HttpContext)).ExecuteAsync(context.HttpContext));
        });

    private static string? DetailOf(HttpContext context) => context.Response.StatusCode switch
    {
        StatusCodes.Status401Unauthorized => "Sign in: send a personal API token as \"Authorization: Bearer hv_…\" (docs/api.md).",
        StatusCodes.Status403Forbidden when context.Items.ContainsKey(SameSiteWrites.RefusedItem) => "A change sent from another site's page is refused.",
        StatusCodes.Status403Forbidden => "Your roles do not allow this in this project.",
        StatusCodes.Status404NotFound => $"There is nothing at {context.Request.Path}.",
        StatusCodes.Status405MethodNotAllowed => $"{context.Request.Method} is not allowed at {context.Request.Path}.",
        StatusCodes.Status400BadRequest => "The request could not be read: check the address's parameters (numbers where numbers are expected) and the body's JSON.",
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "Send the body as JSON (Content-Type: application/json).",
        _ => null,
    };

    public static IResult Problem(int status, string title, string detail) => Results.Problem(statusCode: status, title: title, detail: detail);

    public static IResult NotFound(string detail) => Problem(StatusCodes.Status404NotFound, "Not found", detail);

    /// <summary>400 with the fields refused, each with a one-line message naming what was expected.</summary>
    public static IResult Invalid(IDictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "The request has invalid values", detail: string.Join(" ", errors.SelectMany(e => e.Value)));

    public static IResult Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static IResult PreconditionRequired(string example) => Problem(StatusCodes.Status428PreconditionRequired, "If-Match is needed",
        $"Send the ETag that GET gave for this resource in If-Match (for example If-Match: {example}), so that a change made meanwhile is not overwritten.");

    public static IResult Stale(string current) => Problem(StatusCodes.Status412PreconditionFailed, "Changed meanwhile",
        $"The resource was changed since you read it (its ETag is now {current}): read it again, apply your change and send the new ETag in If-Match.");

    /// <summary>
    /// Writes through the API take a personal API token, as PUT /api/projects/{id}/plan always has: a browser's cookie is
    /// refused, so no other site's page can make a signed-in browser write here, and no antiforgery token is needed.
    /// The local owner (a database without accounts, loopback only) writes as it does on the pages.
    /// </summary>
    public static async Task<IResult?> RefuseCookieWriteAsync(HttpContext context, RequestAccess access, CancellationToken ct)
    {
        var user = await access.CurrentAsync(ct);
        return user.LocalOwner || context.User.Identity?.AuthenticationType == ApiTokenAuthentication.SchemeName
            ? null
            : Problem(StatusCodes.Status403Forbidden, "A personal API token is needed",
                "Writes through the API take a personal API token (Authorization: Bearer …), not a browser's sign-in.");
    }
}

/// <summary>ETags of the API's resources and the If-Match / If-None-Match rules.</summary>
public static class ApiETags
{
    /// <summary>A strong ETag of a read-only answer: the SHA-256 of its bytes (an unchanged resource keeps it).</summary>
    public static string OfContent(ReadOnlySpan<byte> content) => "\"" + Convert.ToHexStringLower(SHA256.HashData(content))[..32] + "\"";

    /// <summary>The ETag of a stored value: its revision, which every change raises ("r3").</summary>
    public static string Revision(int revision) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"\"r{revision}\"");

    /// <summary>The revision an If-Match names ("r3", with or without quotes or W/), or null for none or another form.</summary>
    public static int? RevisionIn(string? ifMatch)
    {
        var value = (ifMatch ?? "").Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }
        value = value.Trim('"');
        return value.StartsWith('r') && int.TryParse(value.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var r) ? r : null;
    }

    /// <summary>Sets ETag and answers 304 when If-None-Match already names it; else the JSON body.</summary>
    public static IResult Json(HttpContext context, string json)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        var tag = OfContent(bytes);
        context.Response.Headers.ETag = tag;
        if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == tag || t.Trim() == "*")))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        return Results.Bytes(bytes, "application/json; charset=utf-8");
    }
}
