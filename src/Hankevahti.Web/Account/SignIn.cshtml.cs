using System.Globalization;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.People;
using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Account;

/// <summary>
/// Signing in with e-mail and password (then /account/two-factor when the account has it on), or through a
/// single sign-on provider. Every attempt, failed or not, goes into the audit trail with the address it came from.
/// </summary>
[Authorize(Policy = Policies.Public)]
public sealed class SignInModel(SignInManager<UserAccount> signIn, HankevahtiDb db, IConfiguration configuration, IStringLocalizer<AccountText> text) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The single sign-on provider whose sign-in failed, from its redirect back here.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Failed { get; set; }

    public IReadOnlyList<SingleSignOnProvider> Providers { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public void OnGet()
    {
        Providers = SingleSignOn.Providers(configuration);
        if (Failed is not null && Providers.FirstOrDefault(p => p.Name == Failed) is { } provider)
        {
            Errors = [string.Format(CultureInfo.CurrentUICulture, text["ExternalFailed"], provider.Label)];
        }
    }

    [HandlerPolicy(Policies.Public)]
    public async Task<IActionResult> OnPostAsync()
    {
        Providers = SingleSignOn.Providers(configuration);
        var email = Email?.Trim() ?? "";
        if (email.Length == 0 || string.IsNullOrEmpty(Password))
        {
            Errors = [string.Format(CultureInfo.CurrentUICulture, text["Required"], (email.Length == 0 ? text["Email"] : text["Password"]).Value.ToLower(CultureInfo.CurrentUICulture))];
            return Page();
        }
        var user = await signIn.UserManager.FindByEmailAsync(email);
        db.Actor = db.Actor with { UserId = user?.Id, UserName = email };
        // An unknown address is answered like a wrong password: the page tells no one which addresses have accounts.
        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        await AuditLog.AppendAsync(db, new AuditEvent("sign-in.password", result.Succeeded || result.RequiresTwoFactor ? AuditOutcomes.Done : AuditOutcomes.Refused,
            After: Outcome(result)), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturn(ReturnUrl));
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/TwoFactor", new { ReturnUrl = SafeReturn(ReturnUrl) });
        }
        Errors = [result.IsLockedOut ? string.Format(CultureInfo.CurrentUICulture, text["LockedOut"], PeopleServices.LockoutMinutes)
            : result.IsNotAllowed ? text["NotAllowed"] : text["WrongPassword"]];
        Password = null;
        return Page();
    }

    public static string Outcome(Microsoft.AspNetCore.Identity.SignInResult result) =>
        result.Succeeded ? "signed in" : result.RequiresTwoFactor ? "second factor asked" : result.IsLockedOut ? "locked out" : result.IsNotAllowed ? "account disabled" : "wrong e-mail or password";

    /// <summary>Back to a page of this app only: an address elsewhere (//evil.example) becomes the front page.</summary>
    public static string SafeReturn(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
