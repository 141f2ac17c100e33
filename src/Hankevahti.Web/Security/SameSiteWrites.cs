using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Hankevahti.Web.Security;

/// <summary>
/// Refuses a change (POST, PUT, PATCH, DELETE) that the browser says came from another site: 403 and a
/// page saying so. The antiforgery token alone does not stop this: after DNS rebinding the other site's
/// page reads a valid token from the app under its own name. Origin decides (scheme, host and port equal
/// to the request's own); without it Referer does; "null", which sandboxed frames and data: pages send,
/// is nobody's page of this app. A request with neither header is not from a browser page (a script, a
/// test client) and is let through: its forms still need the antiforgery token.
/// </summary>
public static class SameSiteWrites
{
    /// <summary>Set on a refused request so that the status page says why rather than a general 403.</summary>
    public const string RefusedItem = "Hankevahti.CrossSiteRefused";

    public static IApplicationBuilder UseSameSiteWrites(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // The status page re-executes the refused request itself: let that through to show the page.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is null && IsWrite(context.Request.Method) && !FromThisSite(context.Request))
        {
            context.Items[RefusedItem] = true;
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        await next(context);
    });

    private static bool IsWrite(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);

    private static bool FromThisSite(HttpRequest request)
    {
        var origin = request.Headers.Origin;
        if (origin.Count > 0)
        {
            return origin.Count == 1 && SameOrigin(origin[0], request);
        }
        var referer = request.Headers.Referer;
        return referer.Count == 0 || (referer.Count == 1 && SameOrigin(referer[0], request));
    }

    private static bool SameOrigin(string? url, HttpRequest request) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.Host, request.Host.Host, StringComparison.OrdinalIgnoreCase)
        && uri.Port == (request.Host.Port ?? (request.IsHttps ? 443 : 80));
}
