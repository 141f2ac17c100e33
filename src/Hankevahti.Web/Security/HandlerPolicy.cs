using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Hankevahti.Web.Security;

/// <summary>
/// The policy a page's form handler needs besides the page's own (Razor Pages take [Authorize] on the page
/// only). Every handler of a POST names one: <see cref="HandlerPolicyFilter"/> refuses one that does not.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class HandlerPolicyAttribute(string policy) : Attribute
{
    public string Policy => policy;
}

/// <summary>Checks the selected handler's <see cref="HandlerPolicyAttribute"/>; a handler of a change without one is refused.</summary>
public sealed class HandlerPolicyFilter(IAuthorizationService authorisation) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        var policy = context.HandlerMethod?.MethodInfo.GetCustomAttribute<HandlerPolicyAttribute>()?.Policy;
        if (policy is null)
        {
            // Reading is what the page's own policy is for; a change must say who may make it.
            if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            {
                await next();
                return;
            }
            policy = Authorisation.Unnamed;
        }
        var result = await authorisation.AuthorizeAsync(http.User, http, policy);
        if (!result.Succeeded)
        {
            var signedIn = http.User.Identity?.IsAuthenticated == true;
            if (signedIn)
            {
                await RefusalLog.WriteAsync(http, policy);
            }
            context.Result = signedIn ? new ForbidResult() : new ChallengeResult();
            return;
        }
        await next();
    }
}
