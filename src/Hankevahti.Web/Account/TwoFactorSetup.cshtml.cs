using System.Text;
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
/// Two-factor sign-in with an authenticator app (TOTP): the key to add to the app, as text and as an otpauth://
/// address; a code from the app turns it on and shows ten recovery codes once. Also turning it off and new recovery codes.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class TwoFactorSetupModel(UserManager<UserAccount> users, SignInManager<UserAccount> signIn, HankevahtiDb db, IStringLocalizer<AccountText> text) : PageModel
{
    public const string Issuer = "Hankevahti";
    public const int RecoveryCodeCount = 10;

    [BindProperty]
    public string? Code { get; set; }

    public UserAccount? Account { get; private set; }

    public bool Enabled { get; private set; }

    /// <summary>The authenticator key (base32), while two-factor is off.</summary>
    public string? Key { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    /// <summary>Recovery codes just made: shown this once.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    [HandlerPolicy(Policies.SignedIn)]
    public async Task<IActionResult> OnPostAsync()
    {
        if (AccountUser.ByToken(User))
        {
            return Forbid();
        }
        await LoadAsync();
        if (Account is not { } account || Enabled)
        {
            return Page();
        }
        var code = new string((Code ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        if (code.Length == 0)
        {
            Error = text["CodeRequired"];
            return Page();
        }
        if (!await users.VerifyTwoFactorTokenAsync(account, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            await AuditLog.AppendAsync(db, new AuditEvent("account.two-factor-on", AuditOutcomes.Refused, Item: account.Email, After: "wrong code"), HttpContext.RequestAborted);
            Error = text["WrongCode"];
            Code = null;
            return Page();
        }
        var codes = await AccountChange.RunAsync(db, async () =>
        {
            var on = await users.SetTwoFactorEnabledAsync(account, true);
            return on.Succeeded ? (await users.GenerateNewTwoFactorRecoveryCodesAsync(account, RecoveryCodeCount))?.ToList() : null;
        }, c => c is not null, _ => new AuditEvent("account.two-factor-on", Item: account.Email, After: "authenticator app"), HttpContext.RequestAborted);
        if (codes is null)
        {
            Error = text["WrongCode"];
            return Page();
        }
        await signIn.RefreshSignInAsync(account);
        await LoadAsync();
        RecoveryCodes = codes;
        Message = text["TwoFactorEnabled"];
        return Page();
    }

    [HandlerPolicy(Policies.SignedIn)]
    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (AccountUser.ByToken(User))
        {
            return Forbid();
        }
        await LoadAsync();
        if (Account is not { } account || !Enabled)
        {
            return Page();
        }
        // A new key too: the app's old entry and the old recovery codes must not work if two-factor is turned on again.
        var result = await AccountChange.RunAsync(db, async () =>
        {
            var off = await users.SetTwoFactorEnabledAsync(account, false);
            return off.Succeeded ? await users.ResetAuthenticatorKeyAsync(account) : off;
        }, r => r.Succeeded, _ => new AuditEvent("account.two-factor-off", Item: account.Email, After: "off"), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            await signIn.RefreshSignInAsync(account);
        }
        await LoadAsync();
        Message = result.Succeeded ? text["TwoFactorDisabled"] : string.Join(" ", AccountErrors.Describe(result, users.Options, text));
        return Page();
    }

    [HandlerPolicy(Policies.SignedIn)]
    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        if (AccountUser.ByToken(User))
        {
            return Forbid();
        }
        await LoadAsync();
        if (Account is not { } account)
        {
            return Page();
        }
        if (!Enabled)
        {
            Error = text["TwoFactorIsOffNoCodes"];
            return Page();
        }
        var codes = await AccountChange.RunAsync(db, async () => (await users.GenerateNewTwoFactorRecoveryCodesAsync(account, RecoveryCodeCount))?.ToList(),
            c => c is not null, _ => new AuditEvent("account.recovery-codes", Item: account.Email, After: $"{RecoveryCodeCount} new recovery codes"), HttpContext.RequestAborted);
        await LoadAsync();
        RecoveryCodes = codes ?? [];
        Message = text["NewRecoveryCodesMade"];
        return Page();
    }

    private async Task LoadAsync()
    {
        Account = await AccountUser.CurrentAsync(users, User);
        if (Account is null)
        {
            return;
        }
        Enabled = await users.GetTwoFactorEnabledAsync(Account);
        if (Enabled)
        {
            Key = null;
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(Account);
            return;
        }
        Key = await users.GetAuthenticatorKeyAsync(Account);
        if (string.IsNullOrEmpty(Key))
        {
            // The first visit makes the key; it stays until two-factor is turned on, so a reload shows the same one.
            await users.ResetAuthenticatorKeyAsync(Account);
            // Making the key changes the account's security stamp: without a fresh cookie the stamp check would
            // sign the person out within a minute of merely opening this page.
            await signIn.RefreshSignInAsync(Account);
            Key = await users.GetAuthenticatorKeyAsync(Account);
        }
    }

    /// <summary>The key in groups of four, as authenticator apps show and take it.</summary>
    public static string Grouped(string key)
    {
        var s = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            s.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }
        return s.ToString().TrimEnd();
    }

    /// <summary>The otpauth:// address an authenticator app reads (the format Google Authenticator defined; other apps follow it).</summary>
    public static string OtpAuthUri(string email, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
}
