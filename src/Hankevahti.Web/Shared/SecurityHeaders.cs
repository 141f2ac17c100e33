using Microsoft.AspNetCore.Http;

namespace Hankevahti.Web.Shared;

/// <summary>Response headers that keep the pages from being framed, sniffed or loading anything from elsewhere.</summary>
public static class SecurityHeaders
{
    // The pages have no scripts at all; the only style is the one embedded in the layout.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; " +
        "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

    public static Task Add(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        return next();
    }
}
