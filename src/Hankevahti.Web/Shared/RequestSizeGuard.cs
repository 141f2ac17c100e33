using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Hankevahti.Web.Shared;

/// <summary>
/// Refuses a request whose declared length is over its endpoint's limit before anything reads it:
/// 413 and the "file too large" page. Without this the form was read until the limit broke it, the
/// antiforgery check and the binding failed on that, and the user got a 400 page that said "code 0".
/// </summary>
public static class RequestSizeGuard
{
    // A browser still sending the file loses the answer if the connection is closed under it (it shows a
    // connection error instead), so the rest of the body is taken and thrown away, up to this many
    // times the limit; past that the connection is closed regardless.
    private const long DrainFactor = 4;

    public static IApplicationBuilder UseRequestSizeGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // The status page is the same request run again, with the same declared length: let it through.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is null && context.Request.ContentLength is { } length)
        {
            // An endpoint's own limit ([RequestSizeLimit]; null there means none), else the server's.
            var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } endpointLimit
                ? endpointLimit.MaxRequestBodySize
                : context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
            if (length > limit)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                if (length <= limit * DrainFactor && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
                {
                    size.MaxRequestBodySize = length;
                    try
                    {
                        await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
                    }
                    catch (Exception e) when (e is IOException or OperationCanceledException or BadHttpRequestException)
                    {
                        // The client gave up or broke off: there is no one left to answer.
                        return;
                    }
                }
                return;
            }
        }
        await next(context);
    });
}
