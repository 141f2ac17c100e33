using System.Net;
using System.Net.Http.Headers;
using Hankevahti.People;
using Hankevahti.Storage.People;
using Hankevahti.Web.Tests.Browser.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OtpNet;
using TestPeople = Hankevahti.Web.Tests.Support.People;

namespace Hankevahti.Web.Tests.Browser;

/// <summary>
/// The account in a browser, on an app with accounts: signing in with a password, two-factor with an
/// authenticator app's codes and recovery codes, lockout after five wrong passwords, changing the password,
/// personal API tokens, and axe on every account page in Finnish, Swedish and English. Each test has accounts
/// of its own, so that one test's lockout or two-factor does not reach another.
/// </summary>
public sealed class AccountBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string NewPassword = "toinen pitkä salasana 2027";

    private async Task<string> AddUserAsync(string name, ProjectRole? role = ProjectRole.Editor)
    {
        var email = $"{name}-{Guid.NewGuid():N}@test.invalid"[..Math.Min(60, name.Length + 46)];
        var id = await TestPeople.AddUserAsync(browser.App.App, email);
        if (role is { } r)
        {
            await TestPeople.AddMemberAsync(browser.App.App, 1, id, r);
        }
        await TestPeople.WaitUntilSignInIsAskedAsync(browser.App);
        return email;
    }

    private static async Task SignInAsync(IPage page, string email, string password = TestPeople.Password)
    {
        await page.GotoAsync("/account/sign-in");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("form.sign-in button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync();
    }

    private static async Task SignOutAsync(IPage page)
    {
        await page.Locator("form.account button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/account/sign-in");
    }

    private static async Task<bool> SignedInAsync(IPage page) => await page.Locator("form.account a[href='/account']").CountAsync() == 1;

    private static string PathOf(IPage page) => new Uri(page.Url).AbsolutePath;

    private static string CodeFor(string key, DateTime? at = null) =>
        new Totp(Base32Encoding.ToBytes(key.Replace(" ", "", StringComparison.Ordinal))).ComputeTotp(at ?? DateTime.UtcNow);

    [Fact]
    public async Task A_wrong_password_is_refused_and_the_right_one_opens_the_project_list()
    {
        var email = await AddUserAsync("password");
        var page = await browser.NewPageAsync();

        await SignInAsync(page, email, "väärä salasana joka on pitkä");
        Assert.Equal("/account/sign-in", PathOf(page));
        Assert.Contains("Väärä sähköpostiosoite tai salasana.", await page.Locator(".error-summary").InnerTextAsync());
        Assert.False(await SignedInAsync(page));
        // Still signed out: a page that needs an account sends back to sign in.
        await page.GotoAsync("/account");
        Assert.Equal("/account/sign-in", PathOf(page));

        await SignInAsync(page, email);
        Assert.Equal("/", PathOf(page));
        Assert.True(await SignedInAsync(page));
        Assert.Equal("Hankkeet", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Equal(1, await page.Locator("a[href='/projects/1']").CountAsync());

        // The header's address leads to the account: the address, the project role with a link to the project.
        await page.Locator("form.account a[href='/account']").ClickAsync();
        await page.WaitForURLAsync("**/account");
        Assert.Equal(email, (await page.Locator("#account-email").InnerTextAsync()).Trim());
        Assert.Contains("Muokkaaja", await page.Locator("table.project-roles").InnerTextAsync());
        Assert.Equal(1, await page.Locator("table.project-roles a[href='/projects/1']").CountAsync());
        Assert.Equal("ei käytössä", (await page.Locator("#two-factor-state").InnerTextAsync()).Trim());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_account_without_roles_is_told_so_on_the_project_list_and_its_account_page()
    {
        var email = await AddUserAsync("norole", role: null);
        var page = await browser.NewPageAsync();
        await SignInAsync(page, email);
        Assert.Equal("/", PathOf(page));
        Assert.Contains("Tililläsi ei ole vielä rooleja.", await page.Locator("p.no-roles").InnerTextAsync());
        Assert.Equal(0, await page.Locator("a[href='/projects/1']").CountAsync());
        await page.GotoAsync("/account");
        Assert.Equal(1, await page.Locator("p.no-roles").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Two_factor_set_up_on_the_page_asks_for_the_code_and_takes_a_recovery_code_once()
    {
        var email = await AddUserAsync("totp");
        var page = await browser.NewPageAsync();
        await SignInAsync(page, email);
        await page.GotoAsync("/account/two-factor-setup");
        var key = (await page.Locator("#authenticator-key").InnerTextAsync()).Trim();
        var uri = (await page.Locator("#authenticator-uri").InnerTextAsync()).Trim();
        // The address an authenticator app reads: issuer, the e-mail as label, the same key.
        Assert.StartsWith("otpauth://totp/Hankevahti:" + Uri.EscapeDataString(email) + "?secret=" + key.Replace(" ", "", StringComparison.Ordinal), uri);
        Assert.Contains("issuer=Hankevahti", uri);

        // A wrong code does not turn it on.
        await page.Locator("#code").FillAsync(CodeFor(key) == "123456" ? "654321" : "123456");
        await page.Locator("#code").PressAsync("Enter");
        await page.WaitForLoadStateAsync();
        Assert.Equal(1, await page.Locator(".error-summary").CountAsync());
        Assert.Equal(0, await page.Locator("#recovery-codes").CountAsync());

        await page.Locator("#code").FillAsync(CodeFor(key));
        await page.Locator("#code").PressAsync("Enter");
        await page.WaitForLoadStateAsync();
        var codes = await page.Locator("#recovery-codes li").AllInnerTextsAsync();
        Assert.Equal(10, codes.Count);
        Assert.Equal("Kaksivaiheinen tunnistus on nyt käytössä.", (await page.Locator("p.message").InnerTextAsync()).Trim());
        await Axe.AssertNoViolationsAsync(page, "two-factor setup with recovery codes shown");

        // The next sign-in asks for the code; a wrong one is refused and leaves the user signed out.
        await SignOutAsync(page);
        await SignInAsync(page, email);
        Assert.Equal("/account/two-factor", PathOf(page));
        var right = CodeFor(key);
        await page.Locator("#code").FillAsync(right == "000000" ? "111111" : "000000");
        await page.Locator("#code").PressAsync("Enter");
        await page.WaitForLoadStateAsync();
        Assert.Contains("Koodi ei kelpaa.", await page.Locator(".error-summary").InnerTextAsync());
        Assert.False(await SignedInAsync(page));
        await page.Locator("#code").FillAsync(CodeFor(key));
        await page.Locator("#code").PressAsync("Enter");
        await page.WaitForURLAsync("**/");
        Assert.True(await SignedInAsync(page));

        // A recovery code signs in once.
        var recovery = codes[3].Trim();
        await SignOutAsync(page);
        await SignInAsync(page, email);
        Assert.Equal("/account/two-factor", PathOf(page));
        await page.Locator("#code").FillAsync(recovery);
        await page.Locator("#code").PressAsync("Enter");
        await page.WaitForURLAsync("**/");
        Assert.True(await SignedInAsync(page));
        await page.GotoAsync("/account/two-factor-setup");
        Assert.Contains("9", await page.Locator("main").InnerTextAsync());

        await SignOutAsync(page);
        await SignInAsync(page, email);
        await page.Locator("#code").FillAsync(recovery);
        await page.Locator("#code").PressAsync("Enter");
        await page.WaitForLoadStateAsync();
        Assert.Equal("/account/two-factor", PathOf(page));
        Assert.Contains("Koodi ei kelpaa.", await page.Locator(".error-summary").InnerTextAsync());
        Assert.False(await SignedInAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_the_right_one_then_does_not_sign_in()
    {
        var email = await AddUserAsync("lockout");
        var page = await browser.NewPageAsync();
        for (var i = 0; i < 5; i++)
        {
            await SignInAsync(page, email, $"väärä salasana numero {i}");
            Assert.Equal("/account/sign-in", PathOf(page));
        }
        await SignInAsync(page, email);
        Assert.Equal("/account/sign-in", PathOf(page));
        Assert.Contains("Tili on lukittu 15 minuutiksi", await page.Locator(".error-summary").InnerTextAsync());
        Assert.False(await SignedInAsync(page));
        await page.GotoAsync("/account");
        Assert.Equal("/account/sign-in", PathOf(page));

        var audit = (await TestPeople.AuditAsync(browser.Data.Settings)).Where(r => r.UserName == email && r.Action == "sign-in.password").ToList();
        Assert.Equal(6, audit.Count(r => r.Outcome == "refused"));
        Assert.Equal(0, audit.Count(r => r.Outcome == "done"));
        Assert.Equal("locked out", audit[^1].AfterValue);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_changed_password_replaces_the_old_one()
    {
        var email = await AddUserAsync("change");
        var page = await browser.NewPageAsync();
        await SignInAsync(page, email);
        await page.GotoAsync("/account/password");

        // Refusals first, in Finnish: too short a new password, a wrong current one.
        await page.Locator("#current").FillAsync(TestPeople.Password);
        await page.Locator("#new").FillAsync("lyhyt");
        await page.Locator("#repeat").FillAsync("lyhyt");
        await page.Locator("form.edit button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync();
        Assert.Contains("Salasanassa on oltava vähintään 12 merkkiä.", await page.Locator(".error-summary").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page, "password page with an error");
        await page.Locator("#current").FillAsync("ei nykyinen salasana");
        await page.Locator("#new").FillAsync(NewPassword);
        await page.Locator("#repeat").FillAsync(NewPassword);
        await page.Locator("form.edit button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync();
        Assert.Contains("Nykyinen salasana on väärä.", await page.Locator(".error-summary").InnerTextAsync());

        await page.Locator("#current").FillAsync(TestPeople.Password);
        await page.Locator("#new").FillAsync(NewPassword);
        await page.Locator("#repeat").FillAsync(NewPassword);
        await page.Locator("form.edit button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync();
        Assert.Equal("Salasana on vaihdettu.", (await page.Locator("p.message").InnerTextAsync()).Trim());
        // This session goes on after the change.
        Assert.True(await SignedInAsync(page));

        await SignOutAsync(page);
        await SignInAsync(page, email);
        Assert.Equal("/account/sign-in", PathOf(page));
        Assert.False(await SignedInAsync(page));
        await SignInAsync(page, email, NewPassword);
        Assert.Equal("/", PathOf(page));
        Assert.True(await SignedInAsync(page));

        var audit = await TestPeople.AuditAsync(browser.Data.Settings);
        Assert.Contains(audit, r => r.Action == "account.password" && r.Outcome == "done" && r.Item == email);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_token_made_on_the_page_opens_the_api_until_it_is_revoked()
    {
        var email = await AddUserAsync("token");
        var page = await browser.NewPageAsync();
        await SignInAsync(page, email);
        await page.GotoAsync("/account/tokens");
        await page.Locator("#token-name").FillAsync("raportointi");
        await page.Locator("#token-name").PressAsync("Enter");
        await page.WaitForLoadStateAsync();
        var token = (await page.Locator("#new-token").InnerTextAsync()).Trim();
        Assert.StartsWith("hv_", token);
        Assert.Contains("raportointi", await page.Locator("table.tokens").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page, "tokens page with a token just made");

        using var http = new HttpClient { BaseAddress = browser.App.Address };
        async Task<HttpStatusCode> AskAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/projects");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request);
            return response.StatusCode;
        }
        Assert.Equal(HttpStatusCode.OK, await AskAsync());

        // The token is shown once: the page loaded again has it no more.
        await page.GotoAsync("/account/tokens");
        Assert.Equal(0, await page.Locator("#new-token").CountAsync());
        Assert.DoesNotContain(token, await page.ContentAsync());

        await page.Locator("table.tokens button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync();
        Assert.Contains("peruttu", await page.Locator("table.tokens").InnerTextAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, await AskAsync());
        await page.Context.CloseAsync();
    }

    public static TheoryData<string> Languages() => ["fi", "sv", "en"];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Account_pages_have_no_WCAG_21_AA_violations(string language)
    {
        // Sign-in and the two-factor step, as an account with two-factor on.
        var twoFactor = await AddUserAsync("axe2fa-" + language);
        await using (var scope = browser.App.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            var user = (await users.FindByEmailAsync(twoFactor))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        }
        var page = await browser.NewPageAsync(language);
        await page.GotoAsync("/account/sign-in");
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        await Axe.AssertNoViolationsAsync(page, $"sign-in ({language})");
        await SignInAsync(page, twoFactor, "väärä salasana joka on pitkä");
        await Axe.AssertNoViolationsAsync(page, $"sign-in with an error ({language})");
        await SignInAsync(page, twoFactor);
        Assert.Equal("/account/two-factor", PathOf(page));
        await Axe.AssertNoViolationsAsync(page, $"two-factor ({language})");
        await page.Locator("#code").FillAsync("kelvoton");
        await page.Locator("#code").PressAsync("Enter");
        await page.WaitForLoadStateAsync();
        await Axe.AssertNoViolationsAsync(page, $"two-factor with an error ({language})");
        await page.GotoAsync("/account/invitation?user=x&token=y");
        await Axe.AssertNoViolationsAsync(page, $"invitation with an invalid link ({language})");
        await page.Context.CloseAsync();

        // The account's own pages, as an account signed in without two-factor.
        var plain = await AddUserAsync("axe-" + language);
        page = await browser.NewPageAsync(language);
        await SignInAsync(page, plain);
        foreach (var path in new[] { "/account", "/account/password", "/account/two-factor-setup", "/account/tokens" })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
            await Axe.AssertNoViolationsAsync(page, $"{path} ({language})");
        }
        await page.Context.CloseAsync();
    }
}
