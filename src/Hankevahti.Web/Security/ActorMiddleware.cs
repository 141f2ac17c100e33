using System.Security.Claims;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Hankevahti.Web.Security;

/// <summary>Tells the request's database context who is acting and from where, so that every write it makes is audited as theirs.</summary>
public static class ActorMiddleware
{
    public static IApplicationBuilder UseActor(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var db = context.RequestServices.GetRequiredService<HankevahtiDb>();
        var user = context.User;
        db.Actor = new Actor(
            user.FindFirstValue(ClaimTypes.NameIdentifier),
            user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.Name) : null,
            context.Connection.RemoteIpAddress?.ToString());
        await next();
    });
}
