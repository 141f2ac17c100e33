using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.People;
using Hankevahti.Web.Tests.Browser.Support;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Hankevahti.Web.Tests.Browser.Support.SingleSignOnFixture;
using TestPeople = Hankevahti.Web.Tests.Support.People;

namespace Hankevahti.Web.Tests.Browser;

/// <summary>
/// Single sign-on end to end in Chromium: the sign-in page's provider button, the provider's own sign-in form
/// (a real OpenID Connect provider, oidc-provider, on loopback), and back to Hankevahti, which links the
/// provider's person to an account by verified e-mail, makes one without roles when allowed, or refuses
/// with a message on its own page. The fixture's people and providers are in <see cref="SingleSignOnFixture"/>;
/// each test uses people of its own, so the order the tests run in does not matter.
/// </summary>
public sealed class SingleSignOnBrowserTests(SingleSignOnFixture sso) : IClassFixture<SingleSignOnFixture>
{
    private static readonly Dictionary<string, OidcAccount> ByName = new()
    {
        [nameof(Maija)] = Maija,
        [nameof(Kalle)] = Kalle,
        [nameof(Ville)] = Ville,
        [nameof(Veera)] = Veera,
        [nameof(Uusi)] = Uusi,
        [nameof(Uolevi)] = Uolevi,
        [nameof(Vieras)] = Vieras,
    };

    private static string PathOf(IPage page) => new Uri(page.Url).AbsolutePath;

    private static async Task<string?> HeaderAccountAsync(IPage page) =>
        await page.Locator("form.account a[href='/account']").CountAsync() == 1
            ? (await page.Locator("form.account a[href='/account']").InnerTextAsync()).Trim()
            : null;

    /// <summary>From the sign-in page to the provider's form, through the provider's button.</summary>
    private async Task OpenProviderAsync(IPage page, string provider, string startPath = "/account/sign-in")
    {
        await page.GotoAsync(startPath);
        var button = page.Locator($"ul.sign-in-providers a[href^='/account/external/{provider}?']");
        await button.ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(sso.Provider.Authority + "interaction/", StringComparison.Ordinal));
        Assert.Equal("E-mail", (await page.Locator("label[for=email]").InnerTextAsync()).Trim());
    }

    /// <summary>Types into the provider's form and signs in there; returns once the browser is back at the app.</summary>
    private async Task SignInAtProviderAsync(IPage page, OidcAccount who)
    {
        await page.Locator("#email").FillAsync(who.Email);
        await page.Locator("#password").FillAsync(who.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(sso.App.Address.ToString(), StringComparison.Ordinal));
        await page.WaitForLoadStateAsync();
    }

    private async Task SignInThroughAsync(IPage page, string provider, OidcAccount who, string startPath = "/account/sign-in")
    {
        await OpenProviderAsync(page, provider, startPath);
        await SignInAtProviderAsync(page, who);
    }

    /// <summary>
    /// Signs out of Hankevahti and in again with the provider's button. Signing out here does not sign out at
    /// the provider, whose session still knows the person: it asks nothing and sends the browser straight back.
    /// </summary>
    private async Task SignOutAndInAgainAsync(IPage page, string provider)
    {
        await page.Locator("form.account button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/account/sign-in");
        var askedAgain = false;
        page.FrameNavigated += (_, frame) => askedAgain |= frame.Url.StartsWith(sso.Provider.Authority + "interaction/", StringComparison.Ordinal);
        await page.Locator($"ul.sign-in-providers a[href^='/account/external/{provider}?']").ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(sso.App.Address.ToString(), StringComparison.Ordinal) && new Uri(url).AbsolutePath != "/account/sign-in");
        await page.WaitForLoadStateAsync();
        Assert.False(askedAgain, "the provider asked for the password again");
    }

    /// <summary>Not signed in: a page that needs an account sends the browser to sign in.</summary>
    private static async Task AssertSignedOutAsync(IPage page)
    {
        Assert.Null(await HeaderAccountAsync(page));
        await page.GotoAsync("/account");
        Assert.Equal("/account/sign-in", PathOf(page));
    }

    /// <summary>What a person sees has no trace of the code: no exception, no stack frame.</summary>
    private static async Task AssertNoStackTraceAsync(IPage page)
    {
        var text = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain("Exception", text);
        Assert.DoesNotContain("   at ", await page.ContentAsync());
    }

    private async Task<List<AuditRow>> AuditAfterAsync(long lastId) =>
        [.. (await TestPeople.AuditAsync(sso.Data.Settings)).Where(r => r.Id > lastId)];

    private async Task<long> LastAuditIdAsync() => (await TestPeople.AuditAsync(sso.Data.Settings)).LastOrDefault()?.Id ?? 0;

    private HankevahtiDb Db() => HankevahtiDb.Create(sso.Data.Settings);

    public static TheoryData<string, string, string, string> Linked => new()
    {
        // The everyday case: a verified address at the provider that an administrator gave an account.
        { "link", nameof(Maija), "/", "/" },
        // The address in other capitals at Hankevahti than at the provider, and a page asked for before signing
        // in: linked all the same, and the browser lands on the page it asked for, through the provider and back.
        { "link", nameof(Kalle), "/projects/1", "/projects/1" },
        // An address the provider does not mark verified links when the provider is trusted (TrustEmail): the
        // counterpart of the refusal below, so that refusal is known to be for the verification and not for the person.
        { "trusted", nameof(Veera), "/", "/" },
    };

    [Theory]
    [MemberData(nameof(Linked))]
    public async Task A_verified_address_links_to_the_existing_account_and_signs_in_as_it(string provider, string person, string startPath, string landing)
    {
        var who = ByName[person];
        var before = await LastAuditIdAsync();
        var page = await sso.NewPageAsync();

        await page.GotoAsync(startPath);
        Assert.Equal("/account/sign-in", PathOf(page));
        Assert.Equal($"Kirjaudu palvelulla {DisplayNames[provider]}",
            (await page.Locator($"ul.sign-in-providers a[href^='/account/external/{provider}?']").InnerTextAsync()).Trim());
        // Started from the sign-in page the app sent the browser to, so the return address rides along.
        await SignInThroughAsync(page, provider, who, page.Url);

        Assert.Equal(landing, PathOf(page));
        string userId;
        await using (var db = Db())
        {
            var account = await db.Users.SingleAsync(u => u.NormalizedEmail == who.Email.ToUpperInvariant());
            userId = account.Id;
            // Signed in as the account that was there, under the address the administrator typed.
            Assert.Equal(account.Email, await HeaderAccountAsync(page));
            var login = await db.UserLogins.SingleAsync(l => l.UserId == userId);
            Assert.Equal(("oidc-" + provider, who.Sub), (login.LoginProvider, login.ProviderKey));
            Assert.Equal(1, await db.Users.CountAsync(u => u.NormalizedEmail == who.Email.ToUpperInvariant()));
        }
        // The project the account is a member of is there, and no "no roles" message.
        await page.GotoAsync("/");
        Assert.Equal(1, await page.Locator("a[href='/projects/1']").CountAsync());
        Assert.Equal(0, await page.Locator("p.no-roles").CountAsync());

        // Signing out and in again finds the account by the provider's subject, without linking anew.
        await SignOutAndInAgainAsync(page, provider);
        Assert.Equal("/", PathOf(page));
        Assert.NotNull(await HeaderAccountAsync(page));

        var audit = (await AuditAfterAsync(before)).Where(r => r.Action.StartsWith("sign-in.external", StringComparison.Ordinal)).ToList();
        Assert.Equal(["sign-in.external-linked", "sign-in.external"], audit.Select(r => r.Action));
        // Both rows name the account, the second found by the provider's subject alone.
        Assert.All(audit, r => Assert.Equal((AuditOutcomes.Done, provider, userId), (r.Outcome, r.Item, r.UserId)));
        await page.Context.CloseAsync();
    }

    public static TheoryData<string, string, string, string> RefusedAtProvider => new()
    {
        // The person gives a wrong password at the provider, stays there, and then gives up with Cancel:
        // the provider answers access_denied, which must bring a message on the sign-in page, not an error page.
        { "fi", "cancel", "Kirjautuminen palvelulla Sote-tunnus ei onnistunut. Yritä uudelleen tai kirjaudu salasanalla.", "provider answered access_denied" },
        // The same in English: the message is translated, not only present in Finnish.
        { "en", "cancel", "Signing in with Sote-tunnus did not succeed. Try again or sign in with a password.", "provider answered access_denied" },
        // An answer at the callback that the app never asked for (a forged or stale state, a code from elsewhere)
        // is refused the same way: no stack trace, and it is in the audit trail.
        { "sv", "forged", "Inloggningen med Sote-tunnus misslyckades. Försök igen eller logga in med lösenord.", "no usable answer" },
    };

    [Theory]
    [MemberData(nameof(RefusedAtProvider))]
    public async Task A_sign_in_refused_at_the_provider_comes_back_as_a_message_on_the_sign_in_page(string language, string how, string message, string audited)
    {
        var before = await LastAuditIdAsync();
        var page = await sso.NewPageAsync(language);

        if (how == "cancel")
        {
            await OpenProviderAsync(page, "link");
            await page.Locator("#email").FillAsync(Maija.Email);
            await page.Locator("#password").FillAsync("not Maija's password at all");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
            await page.WaitForLoadStateAsync();
            // A wrong password is the provider's business: its form again, and nothing at Hankevahti yet.
            Assert.StartsWith(sso.Provider.Authority.ToString(), page.Url);
            Assert.Equal("Wrong e-mail or password", (await page.Locator("#error").InnerTextAsync()).Trim());
            Assert.DoesNotContain(await AuditAfterAsync(before), r => r.Action.StartsWith("sign-in.external", StringComparison.Ordinal));

            await page.GetByRole(AriaRole.Button, new() { Name = "Cancel", Exact = true }).ClickAsync();
            await page.WaitForURLAsync(url => url.StartsWith(sso.App.Address.ToString(), StringComparison.Ordinal));
        }
        else
        {
            await page.GotoAsync("/signin-oidc-link?code=a-code-from-elsewhere&state=not-a-state-this-app-made");
        }
        await page.WaitForLoadStateAsync();

        Assert.Equal("/account/sign-in", PathOf(page));
        Assert.Equal(message, (await page.Locator(".error-summary li").InnerTextAsync()).Trim());
        await AssertNoStackTraceAsync(page);
        await Axe.AssertNoViolationsAsync(page, $"sign-in after a refused single sign-on ({language})");
        await AssertSignedOutAsync(page);

        var refusal = Assert.Single(await AuditAfterAsync(before), r => r.Action == "sign-in.external");
        Assert.Equal((AuditOutcomes.Refused, "link", audited, (string?)null), (refusal.Outcome, refusal.Item, refusal.AfterValue, refusal.UserId));
        Assert.Equal("127.0.0.1", refusal.Address);
        await page.Context.CloseAsync();
    }

    public static TheoryData<string, string, string, string, string> RefusedAtHankevahti => new()
    {
        // email_verified false and the provider not trusted: an address anyone could have typed at the provider
        // must not open the account of that address, though the account exists.
        { "link", nameof(Ville), "fi", "Palvelu Sote-tunnus ei kertonut vahvistettua sähköpostiosoitetta, joten tiliä ei voi yhdistää. Pyydä ylläpitäjää luomaan tili.", "no verified e-mail" },
        // CreateAccounts does not let an unverified address through either: it would make an account for anyone's address.
        { "create", nameof(Uolevi), "fi", "Palvelu Ministeriön tunnus ei kertonut vahvistettua sähköpostiosoitetta, joten tiliä ei voi yhdistää. Pyydä ylläpitäjää luomaan tili.", "no verified e-mail" },
        // A verified address without an account, and the provider may not make accounts: refused, none made.
        { "link", nameof(Vieras), "fi", "Osoitteelle vieras@muu.example ei ole tiliä Hankevahdissa. Pyydä ylläpitäjää luomaan se.", "no account" },
        // The same refusal in Swedish and English: every message in the three languages.
        { "link", nameof(Vieras), "sv", "Det finns inget konto för vieras@muu.example i Hankevahti. Be en administratör skapa det.", "no account" },
        { "link", nameof(Vieras), "en", "There is no Hankevahti account for vieras@muu.example. Ask an administrator to create one.", "no account" },
    };

    [Theory]
    [MemberData(nameof(RefusedAtHankevahti))]
    public async Task A_person_the_provider_signed_in_is_refused_without_a_verified_address_or_an_account(string provider, string person, string language, string message, string audited)
    {
        var who = ByName[person];
        var before = await LastAuditIdAsync();
        await using (var db = Db())
        {
            Assert.Equal(0, await db.UserLogins.CountAsync(l => l.ProviderKey == who.Sub));
        }
        var accountsBefore = await CountAccountsAsync();
        var page = await sso.NewPageAsync(language);

        await SignInThroughAsync(page, provider, who);

        Assert.Equal($"/account/external/{provider}", PathOf(page));
        Assert.Equal(message, (await page.Locator("main [role=alert]").InnerTextAsync()).Trim());
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        await AssertNoStackTraceAsync(page);
        await Axe.AssertNoViolationsAsync(page, $"refused single sign-on ({provider}, {language})");
        await AssertSignedOutAsync(page);

        // Nothing linked and nothing made: the existing account stays as it was, the unknown address stays unknown.
        await using (var db = Db())
        {
            Assert.Equal(0, await db.UserLogins.CountAsync(l => l.ProviderKey == who.Sub));
        }
        Assert.Equal(accountsBefore, await CountAccountsAsync());
        var refusal = Assert.Single(await AuditAfterAsync(before), r => r.Action.StartsWith("sign-in.external", StringComparison.Ordinal));
        Assert.Equal(("sign-in.external", AuditOutcomes.Refused, provider, audited, who.Email), (refusal.Action, refusal.Outcome, refusal.Item, refusal.AfterValue, refusal.UserName));
        await page.Context.CloseAsync();
    }

    private async Task<int> CountAccountsAsync()
    {
        await using var db = Db();
        return await db.Users.CountAsync();
    }

    [Fact]
    public async Task A_first_sign_in_where_accounts_may_be_made_makes_one_without_any_role_once()
    {
        var before = await LastAuditIdAsync();
        var page = await sso.NewPageAsync();

        await SignInThroughAsync(page, "create", Uusi);

        // Signed in, told there are no roles yet, and no project to see.
        Assert.Equal("/", PathOf(page));
        Assert.Equal(Uusi.Email, await HeaderAccountAsync(page));
        Assert.Equal("Tililläsi ei ole vielä rooleja. Pyydä hankkeen projektipäällikköä tai ylläpitäjää lisäämään sinut hankkeeseen.",
            (await page.Locator("p.no-roles").InnerTextAsync()).Trim());
        Assert.Equal(0, await page.Locator("a[href^='/projects/']").CountAsync());
        var project = await page.GotoAsync("/projects/1");
        Assert.NotEqual(200, project!.Status);
        await page.GotoAsync("/account");
        Assert.Equal(1, await page.Locator("p.no-roles").CountAsync());
        await AssertAccountAsync();

        // The next sign-in finds the account it made: no second one.
        await page.GotoAsync("/");
        await SignOutAndInAgainAsync(page, "create");
        Assert.Equal("/", PathOf(page));
        Assert.Equal(Uusi.Email, await HeaderAccountAsync(page));
        await AssertAccountAsync();

        var audit = (await AuditAfterAsync(before)).Where(r => r.Action.StartsWith("sign-in.external", StringComparison.Ordinal)).ToList();
        Assert.Equal(["sign-in.external-created", "sign-in.external"], audit.Select(r => r.Action));
        Assert.All(audit, r => Assert.Equal((AuditOutcomes.Done, "create"), (r.Outcome, r.Item)));
        await page.Context.CloseAsync();
    }

    /// <summary>One account for the address, with the provider's name, its subject as the login, and no role at all.</summary>
    private async Task AssertAccountAsync()
    {
        await using var db = Db();
        var account = await db.Users.SingleAsync(u => u.NormalizedEmail == Uusi.Email.ToUpperInvariant());
        Assert.Equal((Uusi.Email, Uusi.Name, true), (account.Email, account.DisplayName, account.EmailConfirmed));
        Assert.Null(account.PasswordHash);
        var login = await db.UserLogins.SingleAsync(l => l.UserId == account.Id);
        Assert.Equal(("oidc-create", Uusi.Sub), (login.LoginProvider, login.ProviderKey));
        Assert.Equal(0, await db.GlobalRoles.CountAsync(r => r.UserId == account.Id));
        Assert.Equal(0, await db.ProjectMembers.CountAsync(m => m.UserId == account.Id));
    }
}
