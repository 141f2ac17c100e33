using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Hankevahti.Web.Api;

/// <summary>The JSON body an endpoint reads, for its OpenAPI description (<see cref="ApiSetup"/> writes it as the request body).</summary>
public sealed record ApiBody(Type Type);

/// <summary>
/// Request bodies are read by the endpoints themselves, after the authorisation: a body declared to routing (Accepts)
/// would make routing answer a form with 415 before any policy is checked, to anyone, signed in or not.
/// </summary>
public static class ApiBodies
{
    public static RouteHandlerBuilder JsonBody<T>(this RouteHandlerBuilder builder) => builder.WithMetadata(new ApiBody(typeof(T)));

    /// <summary>The body as <typeparamref name="T"/>, or the problem to answer: 415 for another type, 400 for JSON that cannot be read.</summary>
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpContext context) where T : class
    {
        if (!context.Request.HasJsonContentType())
        {
            return (null, ApiProblems.Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported Media Type", "Send the body as JSON (Content-Type: application/json)."));
        }
        try
        {
            var value = await context.Request.ReadFromJsonAsync<T>(ApiJson.Options, context.RequestAborted);
            return value is null ? (null, ApiProblems.Invalid("body", "The body must be a JSON object, not null.")) : (value, null);
        }
        catch (JsonException e)
        {
            return (null, ApiProblems.Invalid("body", $"The body is not JSON of the expected shape ({e.Message.Split('.')[0]})."));
        }
    }
}
