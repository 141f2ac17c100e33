using System.Globalization;
using System.Security.Claims;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.People;
using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Account;

/// <summary>
/// Single sign-on: /account/external/NAME sends the browser to the provider; it comes back (through the
/// handler's /signin-oidc-NAME) to /account/external/NAME?handler=callback, where the provider's subject is
/// found among the accounts' logins, or linked to the account of the same verified e-mail address, or, when
/// the provider's configuration allows it, made into a new account without any role.
/// </summary>
[Authorize(Policy = Policies.Public)]
public sealed class ExternalModel(SignInManager<UserAccount> signIn, HankevahtiDb db, IConfiguration configuration, IStringLocalizer<AccountText> text) : PageModel
{
    public string? Error { get; private set; }

    public IActionResult OnGet(string provider, string? returnUrl)
    {
        if (Find(provider) is not { } p)
        {
            return NotFound();
        }
        var callback = $"/account/external/{p.Name}?handler=callback&returnUrl={Uri.EscapeDataString(SignInModel.SafeReturn(returnUrl))}";
        var properties = signIn.ConfigureExternalAuthenticationProperties(p.Scheme, callback);
        return Challenge(properties, p.Scheme);
    }

    public async Task<IActionResult> OnGetCallbackAsync(string provider, string? returnUrl)
    {
        if (Find(provider) is not { } p)
        {
            return NotFound();
        }
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null || info.LoginProvider != p.Scheme)
        {
            Error = string.Format(CultureInfo.CurrentUICulture, text["ExternalFailed"], p.Label);
            return Page();
        }
        var email = info.Principal.FindFirstValue(p.EmailClaim)?.Trim();
        db.Actor = db.Actor with { UserName = email ?? info.ProviderKey };
        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true);
        if (result.Succeeded)
        {
            // The audit row names the account signed in, as for a first sign-in below (else it had the e-mail only).
            db.Actor = db.Actor with { UserId = (await signIn.UserManager.FindByLoginAsync(info.LoginProvider, info.ProviderKey))?.Id };
            return await DoneAsync("sign-in.external", p, returnUrl);
        }
        if (result.IsLockedOut || result.IsNotAllowed)
        {
            return await RefuseAsync(p, result.IsLockedOut ? string.Format(CultureInfo.CurrentUICulture, text["LockedOut"], PeopleServices.LockoutMinutes) : text["NotAllowed"], SignInModel.Outcome(result));
        }
        var verified = p.TrustEmail || string.Equals(info.Principal.FindFirstValue("email_verified"), "true", StringComparison.OrdinalIgnoreCase);
        if (string.IsNullOrEmpty(email) || !verified)
        {
            return await RefuseAsync(p, string.Format(CultureInfo.CurrentUICulture, text["ExternalNoEmail"], p.Label), "no verified e-mail");
        }
        var user = await signIn.UserManager.FindByEmailAsync(email);
        var action = "sign-in.external-linked";
        // A new account and its login are stored together or not at all: an account without its login could
        // never be signed in to through the provider, and its e-mail would block the next attempt.
        await using var tx = await db.Database.BeginTransactionAsync(HttpContext.RequestAborted);
        if (user is null)
        {
            if (!p.CreateAccounts)
            {
                await tx.RollbackAsync(HttpContext.RequestAborted);
                return await RefuseAsync(p, string.Format(CultureInfo.CurrentUICulture, text["ExternalNoAccount"], email), "no account");
            }
            user = new UserAccount { UserName = email, Email = email, EmailConfirmed = true, DisplayName = info.Principal.FindFirstValue("name"), CreatedAt = DateTimeOffset.UtcNow };
            var created = await signIn.UserManager.CreateAsync(user);
            if (!created.Succeeded)
            {
                await tx.RollbackAsync(HttpContext.RequestAborted);
                return await RefuseAsync(p, string.Join(" ", created.Errors.Select(e => e.Description)), "account not created");
            }
            action = "sign-in.external-created";
        }
        var linked = await signIn.UserManager.AddLoginAsync(user, info);
        if (!linked.Succeeded)
        {
            await tx.RollbackAsync(HttpContext.RequestAborted);
            return await RefuseAsync(p, string.Join(" ", linked.Errors.Select(e => e.Description)), "login not linked");
        }
        await tx.CommitAsync(HttpContext.RequestAborted);
        result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true);
        if (!result.Succeeded)
        {
            return await RefuseAsync(p, text["NotAllowed"], SignInModel.Outcome(result));
        }
        db.Actor = db.Actor with { UserId = user.Id };
        return await DoneAsync(action, p, returnUrl);
    }

    private async Task<IActionResult> DoneAsync(string action, SingleSignOnProvider provider, string? returnUrl)
    {
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        await AuditLog.AppendAsync(db, new AuditEvent(action, Item: provider.Name, After: "signed in"), HttpContext.RequestAborted);
        return LocalRedirect(SignInModel.SafeReturn(returnUrl));
    }

    private async Task<IActionResult> RefuseAsync(SingleSignOnProvider provider, string message, string outcome)
    {
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        // The provider as the item, as on a successful sign-in: with several providers, which one was refused matters.
        await AuditLog.AppendAsync(db, new AuditEvent("sign-in.external", AuditOutcomes.Refused, Item: provider.Name, After: outcome), HttpContext.RequestAborted);
        Error = message;
        Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden;
        return Page();
    }

    private SingleSignOnProvider? Find(string provider) => SingleSignOn.Providers(configuration).FirstOrDefault(p => p.Name == provider);
}
