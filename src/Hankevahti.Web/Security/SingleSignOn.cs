using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;

namespace Hankevahti.Web.Security;

/// <summary>
/// One OpenID Connect provider from configuration (SingleSignOn:Providers:NAME:…), as the wellbeing services
/// counties' and ministries' identity services are: README "Single sign-on" has an example.
/// </summary>
public sealed class SingleSignOnProvider
{
    /// <summary>The key under Providers: also the scheme ("oidc-NAME") and the callback path (/signin-oidc-NAME).</summary>
    public string Name { get; set; } = "";
    /// <summary>The button's text: "Sign in with …".</summary>
    public string? DisplayName { get; set; }
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    /// <summary>Space-separated scopes beside "openid"; "email profile" by default.</summary>
    public string Scopes { get; set; } = "email profile";
    /// <summary>The claim that carries the e-mail address.</summary>
    public string EmailClaim { get; set; } = "email";
    /// <summary>
    /// Whether the provider's e-mail addresses are verified although it sends no email_verified claim (a
    /// county's own directory): only a verified address links to an existing account or makes one.
    /// </summary>
    public bool TrustEmail { get; set; }
    /// <summary>Whether a first sign-in without an account makes one, without any role, for an administrator to give roles to.</summary>
    public bool CreateAccounts { get; set; }
    /// <summary>Only for a provider on this machine in tests: metadata over http.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public string Scheme => "oidc-" + Name;

    public string Label => string.IsNullOrWhiteSpace(DisplayName) ? Name : DisplayName;
}

public static class SingleSignOn
{
    public static IReadOnlyList<SingleSignOnProvider> Providers(IConfiguration configuration) =>
        configuration.GetSection("SingleSignOn:Providers").GetChildren()
            .Select(section =>
            {
                var provider = new SingleSignOnProvider();
                section.Bind(provider);
                provider.Name = section.Key;
                return provider;
            })
            .ToList();

    /// <summary>The problems of the providers configured, each naming the provider and the setting; none when all can be used.</summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration)
    {
        var problems = new List<string>();
        foreach (var p in Providers(configuration))
        {
            if (!System.Text.RegularExpressions.Regex.IsMatch(p.Name, "^[A-Za-z0-9_-]{1,40}$"))
            {
                problems.Add($"SingleSignOn:Providers:{p.Name}: the name may have only letters, digits, - and _");
            }
            if (!Uri.TryCreate(p.Authority, UriKind.Absolute, out var authority) || (authority.Scheme != Uri.UriSchemeHttps && p.RequireHttpsMetadata))
            {
                problems.Add($"SingleSignOn:Providers:{p.Name}:Authority: an https:// address is expected");
            }
            if (string.IsNullOrWhiteSpace(p.ClientId))
            {
                problems.Add($"SingleSignOn:Providers:{p.Name}:ClientId: the client id is missing");
            }
        }
        return problems;
    }

    /// <summary>
    /// For the audit trail: the provider's error code (access_denied, login_required, …) when it sent one, else that
    /// its answer could not be used. The code only, as the provider's description is free text from elsewhere.
    /// </summary>
    public static string FailureOutcome(Exception? failure) =>
        failure?.Data["error"] is string error && System.Text.RegularExpressions.Regex.IsMatch(error, "^[a-z_]{1,40}$")
            ? "provider answered " + error
            : "no usable answer";

    public static void Add(AuthenticationBuilder authentication, IConfiguration configuration)
    {
        foreach (var provider in Providers(configuration))
        {
            authentication.AddOpenIdConnect(provider.Scheme, provider.Label, o =>
            {
                o.Authority = provider.Authority;
                o.ClientId = provider.ClientId;
                o.ClientSecret = provider.ClientSecret;
                o.RequireHttpsMetadata = provider.RequireHttpsMetadata;
                o.ResponseType = "code";
                // The answer comes back as a GET: a POST from the provider's site would be a cross-site write,
                // which the app refuses (SameSiteWrites), and the content security policy's form-action too.
                o.ResponseMode = "query";
                o.UsePkce = true;
                o.CallbackPath = "/signin-oidc-" + provider.Name;
                o.SignInScheme = IdentityConstants.ExternalScheme;
                o.MapInboundClaims = false;
                o.GetClaimsFromUserInfoEndpoint = true;
                o.SaveTokens = false;
                o.Scope.Clear();
                o.Scope.Add("openid");
                foreach (var scope in provider.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    o.Scope.Add(scope);
                }
                o.ClaimActions.MapUniqueJsonKey(provider.EmailClaim, provider.EmailClaim);
                o.ClaimActions.MapUniqueJsonKey("email_verified", "email_verified");
                // The provider sends the browser back with a top-level GET (response mode query), which Lax cookies
                // go with; SameSite=None (the default) without Secure is dropped by browsers on http, as in tests.
                o.NonceCookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
                o.CorrelationCookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
                o.NonceCookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
                o.CorrelationCookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
                // A refused or failed sign-in at the provider comes back as a message on the sign-in page, not an error page,
                // and into the audit trail like a wrong password: a person declining at the provider (access_denied) or
                // an answer the app did not ask for (a forged or stale state) would otherwise leave no trace.
                o.Events.OnRemoteFailure = async context =>
                {
                    var db = context.HttpContext.RequestServices.GetRequiredService<HankevahtiDb>();
                    // The handler answers before UseActor runs, and nobody is signed in: the address is all that is known.
                    db.Actor = new Actor(null, null, context.HttpContext.Connection.RemoteIpAddress?.ToString());
                    await AuditLog.AppendAsync(db, new AuditEvent("sign-in.external", AuditOutcomes.Refused, Item: provider.Name, After: FailureOutcome(context.Failure)),
                        context.HttpContext.RequestAborted);
                    context.Response.Redirect(Authentication.SignInPath + "?failed=" + Uri.EscapeDataString(provider.Name));
                    context.HandleResponse();
                };
            });
        }
    }
}
