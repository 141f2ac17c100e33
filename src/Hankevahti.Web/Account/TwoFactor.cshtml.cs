using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.People;
using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Account;

/// <summary>The second step of a sign-in with two-factor on: the authenticator's code, or one of the recovery codes (each works once).</summary>
[Authorize(Policy = Policies.Public)]
public sealed class TwoFactorModel(SignInManager<UserAccount> signIn, HankevahtiDb db, IStringLocalizer<AccountText> text) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    [HandlerPolicy(Policies.Public)]
    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            Error = text["TwoFactorExpired"];
            return Page();
        }
        db.Actor = db.Actor with { UserId = user.Id, UserName = user.UserName };
        var code = new string((Code ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        // Six digits are the authenticator's; anything else is tried as a recovery code.
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : code.Length > 0 ? await signIn.TwoFactorRecoveryCodeSignInAsync(code) : Microsoft.AspNetCore.Identity.SignInResult.Failed;
        await AuditLog.AppendAsync(db, new AuditEvent("sign-in.second-factor", result.Succeeded ? AuditOutcomes.Done : AuditOutcomes.Refused,
            After: SignInModel.Outcome(result)), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return LocalRedirect(SignInModel.SafeReturn(ReturnUrl));
        }
        Error = result.IsLockedOut ? string.Format(System.Globalization.CultureInfo.CurrentUICulture, text["LockedOut"], PeopleServices.LockoutMinutes) : text["WrongCode"];
        Code = null;
        return Page();
    }
}
