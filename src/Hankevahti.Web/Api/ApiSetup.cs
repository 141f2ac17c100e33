using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Hankevahti.Web.Api;

/// <summary>
/// The REST API (docs/api.md): problem details for every error under /api, the OpenAPI 3.1 document at
/// /openapi/v1.json generated from the endpoints themselves, and its interactive reference at /api/reference.
/// The document and the reference are public: they describe the addresses and shapes, not any data (docs/security.md).
/// </summary>
public static class ApiSetup
{
    public const string DocumentName = "v1";
    public const string ReferencePath = "/api/reference";
    public const string BearerScheme = "bearer";

    public static IServiceCollection AddHankevahtiApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddOpenApi(DocumentName, options =>
        {
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
            // The API only: not the pages' downloads, the static files or the reference page itself.
            options.ShouldInclude = d => d.RelativePath is { } path && path.StartsWith("api/", StringComparison.Ordinal)
                && !path.StartsWith(ReferencePath[1..], StringComparison.Ordinal);
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Hankevahti API",
                    Version = "v1",
                    Description = "Projects, versions, diffs, indicator values, costs and reports (docs/api.md). Authenticate with a personal API token " +
                        "(Authorization: Bearer hv_…). Errors are RFC 9457 problem details. Writes need If-Match with the ETag a GET gave.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "hv_…",
                    Description = "A personal API token, made on /account/tokens.",
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] }];
                return Task.CompletedTask;
            });
            // A write that answers 428 without If-Match says so in its parameters; a body read by the endpoint is described.
            options.AddOperationTransformer(async (operation, context, ct) =>
            {
                if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiBody>().FirstOrDefault() is { } body)
                {
                    operation.RequestBody = new OpenApiRequestBody
                    {
                        Required = true,
                        Content = new Dictionary<string, OpenApiMediaType>
                        {
                            ["application/json"] = new OpenApiMediaType { Schema = await context.GetOrCreateSchemaAsync(body.Type, null, ct) },
                        },
                    };
                }
                if (operation.Responses?.ContainsKey("428") == true)
                {
                    operation.Parameters ??= [];
                    operation.Parameters.Add(new OpenApiParameter
                    {
                        Name = "If-Match",
                        In = ParameterLocation.Header,
                        Required = true,
                        Description = "The ETag a GET of the resource gave (\"r3\", \"v7\"): the change is refused with 412 if the resource changed since.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    });
                }
            });
        });
        return services;
    }

    /// <summary>The API's problem answers and the reference page's own Content-Security-Policy; before the pages' error handling.</summary>
    public static IApplicationBuilder UseHankevahtiApi(this IApplicationBuilder app)
    {
        app.UseApiProblems();
        // The reference page runs Scalar's script with a nonce made per request, and its inline styles; every other
        // page keeps the strict policy of SecurityHeaders.
        app.UseWhen(c => c.Request.Path.StartsWithSegments(ReferencePath), branch => branch.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                if (context.Items[ScalarOptions.NonceHttpContextItemKey] is string nonce)
                {
                    context.Response.Headers.ContentSecurityPolicy =
                        $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
                        "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";
                }
                return Task.CompletedTask;
            });
            return next(context);
        }));
        return app;
    }

    public static IEndpointRouteBuilder MapHankevahtiApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").RequireAuthorization(Policies.Public);
        app.MapScalarApiReference(ReferencePath, options =>
        {
            options.WithTitle("Hankevahti API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .AddDocument(DocumentName)
                .AddPreferredSecuritySchemes(BearerScheme)
                .WithNonce()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp();
            // Nothing from other sites: no web fonts from Scalar's servers.
            options.DefaultFonts = false;
        }).RequireAuthorization(Policies.Public);
        return app;
    }

    /// <summary>The problem answers an endpoint may give, for its OpenAPI description: 400 with the fields' errors, others plain.</summary>
    public static RouteHandlerBuilder ApiErrors(this RouteHandlerBuilder builder, params int[] statuses)
    {
        foreach (var status in statuses)
        {
            builder = status == StatusCodes.Status400BadRequest ? builder.ProducesValidationProblem() : builder.ProducesProblem(status);
        }
        return builder.WithTags("Hankevahti");
    }
}
