using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.People;
using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hankevahti.Web.Account;

/// <summary>Signing out: a POST from the header's button (a GET could be made by any page's image).</summary>
[Authorize(Policy = Policies.Public)]
public sealed class SignOutModel(SignInManager<UserAccount> signIn, HankevahtiDb db) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    [HandlerPolicy(Policies.Public)]
    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true && !User.HasClaim(c => c.Type == LocalOwner.ClaimType))
        {
            await AuditLog.AppendAsync(db, new AuditEvent("sign-out"), HttpContext.RequestAborted);
            await signIn.SignOutAsync();
        }
        return Redirect(Authentication.SignInPath);
    }
}
