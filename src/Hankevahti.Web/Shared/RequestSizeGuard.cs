using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hankevahti.Web.Shared;

/// <summary>
/// Refuses a request whose declared length is over its endpoint's limit before anything reads it:
/// 413 and the "file too large" page. Without this the form was read until the limit broke it, the
/// antiforgery check and the binding failed on that, and the user got a 400 page that said "code 0".
/// A body with no declared length (sent in chunks) can only be found too large while it is read: the
/// limit breaks the form reading, the antiforgery check answers 400, and the guard turns that into the
/// same 413 (see <see cref="BodyLimitWatch"/>).
/// </summary>
public static class RequestSizeGuard
{
    // A browser still sending the file loses the answer if the connection is closed under it (it shows a
    // connection error instead), so the rest of the body is taken and thrown away, up to this many
    // times the limit; past that the connection is closed regardless.
    private const long DrainFactor = 4;

    public static IApplicationBuilder UseRequestSizeGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // The status page is the same request run again, with the same body: let it through.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            await next(context);
            return;
        }
        // An endpoint's own limit ([RequestSizeLimit]; null there means none), else the server's.
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } endpointLimit
            ? endpointLimit.MaxRequestBodySize
            : context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        if (context.Request.ContentLength is { } length)
        {
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
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody != true)
        {
            await next(context);
            return;
        }

        var watch = new BodyLimitWatch(context.Request.Body);
        context.Request.Body = watch;
        try
        {
            await next(context);
        }
        catch when (watch.LimitHit && !context.Response.HasStarted)
        {
            // Whatever failed on the broken body (binding, the page itself), it failed for the size: answered below.
        }
        finally
        {
            context.Request.Body = watch.Inner;
        }
        if (!context.Response.HasStarted && (watch.LimitHit || OverFormLimit(context, watch)))
        {
            // No body written yet: the status page middleware shows the "too large" page for it.
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        }
    });

    // The form reader's own limit ([RequestFormLimits] MultipartBodyLengthLimit) breaks the reading with an
    // InvalidDataException that the antiforgery check turns into a 400, just as the server's limit. A part can
    // only be over that limit when more than the limit was read, so a 400 after that much was read is the limit.
    private static bool OverFormLimit(HttpContext context, BodyLimitWatch watch) =>
        context.Response.StatusCode == StatusCodes.Status400BadRequest
        && watch.BytesRead > (context.GetEndpoint()?.Metadata.GetMetadata<IFormOptionsMetadata>()?.MultipartBodyLengthLimit
            ?? context.RequestServices.GetService<IOptions<FormOptions>>()?.Value.MultipartBodyLengthLimit
            ?? FormOptions.DefaultMultipartBodyLengthLimit);
}
