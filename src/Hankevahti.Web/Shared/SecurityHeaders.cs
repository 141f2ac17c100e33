using Microsoft.AspNetCore.Http;

namespace Hankevahti.Web.Shared;

/// <summary>Response headers that keep the pages from being framed, sniffed or loading anything from elsewhere.</summary>
public static class SecurityHeaders
{
    // Scripts and styles only from the app's own /static files: no inline script or style attribute
    // runs, so even text that slipped through as markup could do nothing.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

    public static Task Add(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        // No address of a plan leaves for another site; same-origin rather than no-referrer, because under
        // no-referrer the browser sends "Origin: null" with the app's own forms, and SameSiteWrites refuses that.
        headers["Referrer-Policy"] = "same-origin";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        // Only over HTTPS (RFC 6797 §7.2): a browser ignores it over http, and a loopback test must stay on http.
        if (context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = "max-age=31536000";
        }
        return next();
    }
}
