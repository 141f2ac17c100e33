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

/// <summary>
/// Changing one's own password: the current one, the new one twice. Identity's rules decide (length, distinct
/// characters); the change ends the account's other sessions (the security stamp changes) and keeps this one.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class PasswordModel(UserManager<UserAccount> users, SignInManager<UserAccount> signIn, HankevahtiDb db, IStringLocalizer<AccountText> text) : PageModel
{
    [BindProperty]
    public string? Current { get; set; }

    [BindProperty]
    public string? New { get; set; }

    [BindProperty]
    public string? Repeat { get; set; }

    /// <summary>Set by the redirect after a change.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Done { get; set; }

    public UserAccount? Account { get; private set; }

    /// <summary>Each error with the field it is about (its id on the page).</summary>
    public IReadOnlyList<(string Field, string Message)> Errors { get; private set; } = [];

    public int MinLength => users.Options.Password.RequiredLength;

    public async Task OnGetAsync() => Account = await AccountUser.CurrentAsync(users, User);

    [HandlerPolicy(Policies.SignedIn)]
    public async Task<IActionResult> OnPostAsync()
    {
        if (AccountUser.ByToken(User))
        {
            return Forbid();
        }
        Account = await AccountUser.CurrentAsync(users, User);
        if (Account is null)
        {
            return Page();
        }
        var errors = new List<(string, string)>();
        if (string.IsNullOrEmpty(Current))
        {
            errors.Add(("current", string.Format(System.Globalization.CultureInfo.CurrentUICulture, text["Required"], text["CurrentPassword"].Value.ToLower(System.Globalization.CultureInfo.CurrentUICulture))));
        }
        if (string.IsNullOrEmpty(New))
        {
            errors.Add(("new", string.Format(System.Globalization.CultureInfo.CurrentUICulture, text["Required"], text["NewPassword"].Value.ToLower(System.Globalization.CultureInfo.CurrentUICulture))));
        }
        else if (New != Repeat)
        {
            errors.Add(("repeat", text["PasswordsDiffer"]));
        }
        if (errors.Count == 0)
        {
            var account = Account;
            var result = await AccountChange.RunAsync(db, () => users.ChangePasswordAsync(account, Current!, New!), r => r.Succeeded,
                _ => new AuditEvent("account.password", Item: account.Email, After: "password changed"), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                // The new security stamp would end this session at the next check too: sign in anew with it.
                await signIn.RefreshSignInAsync(account);
                return RedirectToPage(new { Done = true });
            }
            errors.AddRange(result.Errors.Select(e => (e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "current" : "new", AccountErrors.Describe(e, users.Options, text))));
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                await AuditLog.AppendAsync(db, new AuditEvent("account.password", AuditOutcomes.Refused, Item: account.Email, After: "wrong current password"), HttpContext.RequestAborted);
            }
        }
        Errors = errors;
        Current = New = Repeat = null;
        return Page();
    }
}
