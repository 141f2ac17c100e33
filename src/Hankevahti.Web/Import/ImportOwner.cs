using System.Security.Claims;

namespace Hankevahti.Web.Import;

/// <summary>Whose an upload is: the account's id, or "" for the local owner of a database without accounts.</summary>
public static class ImportOwner
{
    public static string Of(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
}
