using System.Net;
using Hankevahti.Web.Tests.Support;

namespace Hankevahti.Web.Tests.Web.Security;

/// <summary>The headers every answer carries and the flags of the sign-in cookie (docs/security.md).</summary>
public sealed class SecurityHeadersTests
{
    [Fact]
    public async Task Pages_forbid_framing_and_sniffing_and_the_sign_in_cookie_is_http_only_and_lax()
    {
        using var data = new TempDataFolder();
        await using var app = await RunningApp.StartAsync(data.Settings);
        await Support.People.AddUserAsync(app.App, "lukija@test.invalid");
        using var client = new SignedInClient(app.Address);

        using var page = await client.GetAsync("/account/sign-in");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", page.Headers.GetValues("Referrer-Policy").Single());
        // Over http (this test) no Strict-Transport-Security: a browser would ignore it, and it must not pin http.
        Assert.False(page.Headers.Contains("Strict-Transport-Security"));

        using var signedIn = await client.SignInAsync("lukija@test.invalid");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("hankevahti.auth=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);
        // Secure is set when the request came over HTTPS; over http it would keep the cookie from being sent at all.
        Assert.DoesNotContain("secure", cookie.Replace("samesite", "", StringComparison.Ordinal));
    }
}
