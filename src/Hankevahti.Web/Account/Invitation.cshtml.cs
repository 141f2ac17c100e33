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
/// The first password, from the link `hankevahti users add EMAIL --invite` prints: the link carries a password
/// reset token, which works once (setting the password changes the account's security stamp) and expires.
/// </summary>
[Authorize(Policy = Policies.Public)]
public sealed class InvitationModel(UserManager<UserAccount> users, HankevahtiDb db, IStringLocalizer<AccountText> text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? New { get; set; }

    [BindProperty]
    public string? Repeat { get; set; }

    /// <summary>The invited account's address, when the link is valid.</summary>
    public string? Email { get; private set; }

    public bool Done { get; private set; }

    public IReadOnlyList<(string Field, string Message)> Errors { get; private set; } = [];

    public int MinLength => users.Options.Password.RequiredLength;

    public async Task OnGetAsync() => await FindAsync();

    [HandlerPolicy(Policies.Public)]
    public async Task<IActionResult> OnPostAsync()
    {
        var user = await FindAsync();
        if (user is null)
        {
            return Page();
        }
        var errors = new List<(string, string)>();
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
            db.Actor = db.Actor with { UserId = user.Id, UserName = user.Email };
            var result = await AccountChange.RunAsync(db, () => users.ResetPasswordAsync(user, Token!, New!), r => r.Succeeded,
                _ => new AuditEvent("account.invitation", Item: user.Email, After: "first password set"), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Done = true;
                return Page();
            }
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
            {
                Email = null;
                return Page();
            }
            errors.AddRange(result.Errors.Select(e => ("new", AccountErrors.Describe(e, users.Options, text))));
        }
        Errors = errors;
        New = Repeat = null;
        return Page();
    }

    /// <summary>The invited account when the link's token is still good for it (checked without using it up), else null.</summary>
    private async Task<UserAccount?> FindAsync()
    {
        if (string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Token) || UserId.Length > 100 || Token.Length > 2000)
        {
            return null;
        }
        var user = await users.FindByIdAsync(UserId);
        if (user is null || user.DisabledAt is not null
            || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<UserAccount>.ResetPasswordTokenPurpose, Token))
        {
            return null;
        }
        Email = user.Email;
        return user;
    }
}
