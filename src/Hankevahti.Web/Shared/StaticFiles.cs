using Hankevahti.Web.Security;
using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Hankevahti.Web.Shared;

/// <summary>
/// The stylesheets and scripts under wwwroot/ (and the design tokens the build writes), embedded in
/// the assembly and served from memory at /static/…. Pages link them with <see cref="Url"/>, which adds
/// the content hash so that a browser may keep them for a year and still sees every change.
/// </summary>
public static class StaticFiles
{
    private sealed record Asset(byte[] Content, string ContentType, string Hash);

    private static readonly FrozenDictionary<string, Asset> Assets = Load();

    /// <summary>"/static/site.css?v=3f2a…" for "site.css"; throws for a file that is not embedded, so a typo fails the first render.</summary>
    public static string Url(string name) =>
        Assets.TryGetValue(name, out var asset)
            ? $"/static/{name}?v={asset.Hash}"
            : throw new ArgumentException($"no embedded static file '{name}' (src/Hankevahti.Web/wwwroot)", nameof(name));

    public static IEndpointRouteBuilder MapStaticFiles(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/static/{**name}", [HttpMethods.Get, HttpMethods.Head], (string name, HttpContext context) =>
        {
            if (!Assets.TryGetValue(name, out var asset))
            {
                return Results.NotFound();
            }
            var etag = new EntityTagHeaderValue($"\"{asset.Hash}\"");
            context.Response.Headers.CacheControl = context.Request.Query.ContainsKey("v")
                ? "public, max-age=31536000, immutable"
                : "public, max-age=300";
            if (context.Request.Headers.IfNoneMatch.ToString() == etag.Tag.ToString())
            {
                context.Response.Headers.ETag = etag.Tag.ToString();
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }
            return Results.Bytes(asset.Content, asset.ContentType, entityTag: etag);
        }).RequireAuthorization(Policies.Public);
        return app;
    }

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(StaticFiles).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("static/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var bytes = memory.ToArray();
            var name = resource["static/".Length..].Replace('\\', '/');
            assets[name] = new Asset(bytes, ContentTypeOf(name), Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]);
        }
        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".ico" => "image/x-icon",
        ".txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
}
