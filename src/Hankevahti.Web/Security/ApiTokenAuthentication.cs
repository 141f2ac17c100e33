using System.Security.Claims;
using System.Text.Encodings.Web;
using Hankevahti.Storage.Database;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Hankevahti.Storage.People;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hankevahti.Web.Security;

/// <summary>
/// A script's request with a personal API token ("Authorization: Bearer hv_…"): the token's SHA-256 is looked
/// up among the tokens not revoked of accounts not disabled. A token is never sent by a browser on its own,
/// so requests it authenticates need no antiforgery token.
/// </summary>
public sealed class ApiTokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    private const string Prefix = "Bearer ";

    public static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!HasBearer(Request))
        {
            return AuthenticateResult.NoResult();
        }
        var token = Request.Headers.Authorization.ToString()[Prefix.Length..].Trim();
        var db = Context.RequestServices.GetRequiredService<HankevahtiDb>();
        // Unknown, revoked, malformed, or its account disabled: all the same to the caller.
        if (await db.FindUserByTokenAsync(token, Context.RequestAborted) is not { } user)
        {
            return AuthenticateResult.Fail("unknown or revoked token");
        }
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, user.UserName ?? "")], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
