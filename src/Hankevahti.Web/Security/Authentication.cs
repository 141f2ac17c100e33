using System.Text.Encodings.Web;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.People;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hankevahti.Web.Security;

/// <summary>
/// Who a request is from, in this order: the local owner while the database has no account
/// (<see cref="LocalOwner"/>); a personal API token in "Authorization: Bearer"; Identity's sign-in cookie.
/// A challenge sends a browser to the sign-in page and answers a script (/api/…, a token) with 401;
/// a refusal is 403 with the app's own status page, never a redirect.
/// </summary>
public sealed class HankevahtiAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, LocalOwner local)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Hankevahti";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (await local.ActiveAsync(Context.RequestAborted))
        {
            return AuthenticateResult.Success(new AuthenticationTicket(LocalOwner.Principal(SchemeName), SchemeName));
        }
        if (ApiTokenAuthentication.HasBearer(Request))
        {
            return await Context.AuthenticateAsync(ApiTokenAuthentication.SchemeName);
        }
        return await Context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (IsScript(Request))
        {
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            Response.Headers.WWWAuthenticate = "Bearer";
            return Task.CompletedTask;
        }
        return Context.ChallengeAsync(IdentityConstants.ApplicationScheme, properties);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    private static bool IsScript(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || ApiTokenAuthentication.HasBearer(request);
}

public static class Authentication
{
    public const string SignInPath = "/account/sign-in";

    public static IServiceCollection AddHankevahtiAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<LocalOwner>();
        services.AddHttpContextAccessor();
        var authentication = services
            .AddAuthentication(o =>
            {
                o.DefaultScheme = HankevahtiAuthenticationHandler.SchemeName;
                o.DefaultChallengeScheme = HankevahtiAuthenticationHandler.SchemeName;
                o.DefaultForbidScheme = HankevahtiAuthenticationHandler.SchemeName;
                // What a single sign-on provider says is kept in the external cookie until the account is found or made.
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddScheme<AuthenticationSchemeOptions, HankevahtiAuthenticationHandler>(HankevahtiAuthenticationHandler.SchemeName, null)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null);
        authentication.AddIdentityCookies();
        services.AddHankevahtiIdentityCore()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "hankevahti.auth";
            o.Cookie.HttpOnly = true;
            // Secure whenever the request came over HTTPS; a loopback test over http still works.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = SignInPath;
            o.LogoutPath = "/account/sign-out";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        foreach (var name in new[] { IdentityConstants.ExternalScheme, IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme })
        {
            services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(name, o =>
            {
                o.Cookie.HttpOnly = true;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.Cookie.SameSite = SameSiteMode.Lax;
            });
        }
        // A disabled account or a changed password ends the sessions within a minute, not at the next sign-in.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        // The keys that protect the cookies and forms live in the database: they survive a restart and every
        // process on the same database (several web servers, the CLI's invitation links) shares them.
        services.AddHankevahtiDataProtection();
        SingleSignOn.Add(authentication, configuration);
        return services;
    }
}
