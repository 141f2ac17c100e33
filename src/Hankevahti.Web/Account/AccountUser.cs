using System.Security.Claims;
using Hankevahti.Storage.People;
using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Identity;

namespace Hankevahti.Web.Account;

/// <summary>The account a request to the account pages is about: always the signed-in user's own.</summary>
public static class AccountUser
{
    /// <summary>The signed-in account, or null for the local owner (a database without accounts has no account to show).</summary>
    public static Task<UserAccount?> CurrentAsync(UserManager<UserAccount> users, ClaimsPrincipal user) => users.GetUserAsync(user);

    /// <summary>
    /// Whether the request came with an API token rather than the browser's sign-in: a token is for reading and
    /// changing plans by script, not for changing the account that holds it (turning two-factor off, making more tokens).
    /// </summary>
    public static bool ByToken(ClaimsPrincipal user) => user.Identity?.AuthenticationType == ApiTokenAuthentication.SchemeName;
}
