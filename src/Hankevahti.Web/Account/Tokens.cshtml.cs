using Hankevahti.Storage.Database;
using Hankevahti.Storage.People;
using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using System.Globalization;

namespace Hankevahti.Web.Account;

/// <summary>Personal API tokens: made with a name and shown once, listed with when they were made and last used, revoked.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class TokensModel(UserManager<UserAccount> users, HankevahtiDb db, IStringLocalizer<AccountText> text) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public int? TokenId { get; set; }

    public UserAccount? Account { get; private set; }

    public IReadOnlyList<ApiTokenInfo> Tokens { get; private set; } = [];

    /// <summary>The token just made, shown this once, and its name.</summary>
    public (string Name, string Token)? Created { get; private set; }

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    [HandlerPolicy(Policies.SignedIn)]
    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (AccountUser.ByToken(User))
        {
            return Forbid();
        }
        await LoadAsync(ct);
        if (Account is not { } account)
        {
            return Page();
        }
        var name = Name?.Trim() ?? "";
        if (name.Length == 0 || name.Length > ApiTokens.MaxNameLength)
        {
            Error = name.Length == 0 ? text["TokenNameRequired"] : string.Format(CultureInfo.CurrentUICulture, text["TokenNameTooLong"], ApiTokens.MaxNameLength);
            return Page();
        }
        var made = await db.CreateApiTokenAsync(account.Id, name, ct);
        if (made.Token is not { } token)
        {
            // The account was disabled between the page and the post: the next request signs it out.
            return Forbid();
        }
        Created = (name, token);
        Name = null;
        ModelState.Clear();
        await LoadAsync(ct);
        return Page();
    }

    [HandlerPolicy(Policies.SignedIn)]
    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken ct)
    {
        if (AccountUser.ByToken(User))
        {
            return Forbid();
        }
        await LoadAsync(ct);
        if (Account is not { } account)
        {
            return Page();
        }
        var revoked = TokenId is { } id && Tokens.FirstOrDefault(t => t.Id == id && !t.Revoked) is { } shown
            && await db.RevokeApiTokenAsync(account.Id, id, ct) == ApiTokenOutcome.Done ? shown.Name : null;
        Message = revoked is null ? text["NoSuchToken"] : string.Format(CultureInfo.CurrentUICulture, text["TokenRevoked"], revoked);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Account = await AccountUser.CurrentAsync(users, User);
        Tokens = Account is null ? [] : await db.ApiTokensAsync(Account.Id, ct);
    }

    public static string When(DateTimeOffset time) => time.ToLocalTime().ToString("g", CultureInfo.CurrentCulture);
}
