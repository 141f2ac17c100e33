using System.Globalization;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hankevahti.Web.Security;

/// <summary>A policy by name, met or not by <see cref="PolicyHandler"/> through <see cref="Permissions"/>.</summary>
public sealed class PolicyRequirement(string policy) : IAuthorizationRequirement
{
    public string Policy => policy;
}

/// <summary>
/// A project a check is about when it is not the route's {id}: the project chosen in a form (an import
/// saved as a version of an existing project).
/// </summary>
public sealed record ProjectResource(int Id);

/// <summary>An operating model a check is about when it is not the route's {model}.</summary>
public sealed record ModelResource(int Id);

/// <summary>A programme a check is about when it is not the route's {key} (a link to its page shown elsewhere).</summary>
public sealed record ProgrammeResource(string Key);

/// <summary>Meets a <see cref="PolicyRequirement"/> when the user's roles allow it in the project of the request.</summary>
public sealed class PolicyHandler(RequestAccess access) : AuthorizationHandler<PolicyRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PolicyRequirement requirement)
    {
        // Static files and the error pages: nothing to look up.
        if (requirement.Policy == Policies.Public)
        {
            context.Succeed(requirement);
            return;
        }
        // A request that reached no endpoint is answered 404 by the framework, and one routing refused by method or
        // body type 405 or 415: nothing there to keep from anyone.
        if (requirement.Policy == Authorisation.Unnamed && context.Resource is HttpContext { } request
            && (request.GetEndpoint() is not { } endpoint || (endpoint is not RouteEndpoint && Refusals.Contains(endpoint.DisplayName))))
        {
            context.Succeed(requirement);
            return;
        }
        // The models' policy is about a model, not a project: its linked projects decide (Permissions.AllowsModelEdit).
        if (requirement.Policy == Policies.ModelEdit)
        {
            var model = context.Resource switch { ModelResource m => m.Id, HttpContext http => ModelOf(http), _ => null };
            if (await access.AllowsModelEditAsync(model))
            {
                context.Succeed(requirement);
            }
            return;
        }
        // A programme's reporting deadlines: its funder officials (the route's {key}) and administrators.
        if (requirement.Policy == Policies.ProgrammeTerms)
        {
            var programme = context.Resource switch { ProgrammeResource p => p.Key, HttpContext http => http.GetRouteValue("key")?.ToString(), _ => null };
            if (await access.AllowsProgrammeTermsAsync(programme))
            {
                context.Succeed(requirement);
            }
            return;
        }
        var project = context.Resource switch
        {
            ProjectResource p => p.Id,
            HttpContext http => ProjectOf(http),
            _ => null,
        };
        if (await access.AllowsAsync(requirement.Policy, project))
        {
            context.Succeed(requirement);
        }
    }

    /// <summary>The operating model a request is about: the route's {model} on /models/{model}/….</summary>
    public static int? ModelOf(HttpContext http) =>
        http.GetRouteValue("model") is { } value && int.TryParse(value.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    // Routing's own answers when an address exists but not for this method (405) or body type (415, an API endpoint
    // that reads JSON sent a form): endpoints without policies of their own, which say nothing about any data.
    private static readonly HashSet<string?> Refusals = ["405 HTTP Method Not Supported", "415 HTTP Unsupported Media Type"];

    /// <summary>The project a request is about: the route's {id} on /projects/{id}/… and /api/projects/{id}/….</summary>
    public static int? ProjectOf(HttpContext http) =>
        http.GetRouteValue("id") is { } value && int.TryParse(value.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}

public static class Authorisation
{
    /// <summary>Used by the fallback policy: no endpoint of that name exists, so nothing meets it.</summary>
    public const string Unnamed = "unnamed";

    public static IServiceCollection AddHankevahtiAuthorisation(this IServiceCollection services)
    {
        services.AddScoped<RequestAccess>();
        services.AddScoped<IAuthorizationHandler, PolicyHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, RefusalLog>();
        services.AddAuthorization(options =>
        {
            foreach (var policy in Policies.All)
            {
                options.AddPolicy(policy, b => b.AddRequirements(new PolicyRequirement(policy)));
            }
            // An endpoint that names no policy is refused to everyone, also to the local owner.
            options.FallbackPolicy = new AuthorizationPolicyBuilder().AddRequirements(new PolicyRequirement(Unnamed)).Build();
        });
        return services;
    }
}

/// <summary>
/// Refusals go into the audit trail (who tried what, where); then the framework answers as it would:
/// a sign-in redirect for someone signed out, 403 for someone signed in.
/// </summary>
public sealed class RefusalLog : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler inner = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Forbidden)
        {
            await WriteAsync(context, PolicyOf(policy));
        }
        await inner.HandleAsync(next, context, policy, result);
    }

    /// <summary>Records a refused request: the method and path as the item, the policy it did not meet as the value.</summary>
    public static Task WriteAsync(HttpContext context, string? policy)
    {
        var db = context.RequestServices.GetRequiredService<HankevahtiDb>();
        return AuditLog.AppendAsync(db, new AuditEvent("request.refused", AuditOutcomes.Refused,
            ProjectId: PolicyHandler.ProjectOf(context), Item: $"{context.Request.Method} {context.Request.Path}", After: policy), context.RequestAborted);
    }

    private static string? PolicyOf(AuthorizationPolicy policy) =>
        policy.Requirements.OfType<PolicyRequirement>().Select(r => r.Policy).FirstOrDefault();
}
