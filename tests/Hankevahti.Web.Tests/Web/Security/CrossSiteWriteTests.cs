using System.Net;
using Hankevahti.Web.Tests.Support;
using Hankevahti.Web.Tests.Web.Goals;

namespace Hankevahti.Web.Tests.Web.Security;

/// <summary>
/// A change (POST and the other writing methods) is refused when the browser says it was sent from
/// another site: Origin, or when it is missing Referer, names another scheme, host or port than the
/// request's own. The antiforgery token does not stop this on its own: after DNS rebinding the other
/// site's page reads a valid token from the app itself.
/// </summary>
public sealed class CrossSiteWriteTests
{
    private const string OwnSite = "http://127.0.0.1:{port}";

    /// <summary>"{port}" is the app's port; null leaves the header out.</summary>
    [Theory]
    // The attack itself: a form on another site posting here with a valid token and cookie.
    [InlineData("http://evil.example", null, HttpStatusCode.Forbidden)]
    // Same name, other port or scheme: another origin, which may be another program on this machine.
    [InlineData("http://127.0.0.1:1", null, HttpStatusCode.Forbidden)]
    [InlineData("https://127.0.0.1:{port}", null, HttpStatusCode.Forbidden)]
    // "null" is what a sandboxed frame or a data: page sends: nobody's page of this app.
    [InlineData("null", null, HttpStatusCode.Forbidden)]
    // Not an origin at all.
    [InlineData("evil.example", null, HttpStatusCode.Forbidden)]
    // Without Origin, Referer tells where the form was: another site's page is refused, a page of this app is not.
    [InlineData(null, "http://evil.example/page", HttpStatusCode.Forbidden)]
    [InlineData(null, OwnSite + "/projects/1/risks", HttpStatusCode.Redirect)]
    // The browser's own origin, as a form of this app sends it.
    [InlineData(OwnSite, null, HttpStatusCode.Redirect)]
    // Another name for the same machine is another origin: the page was not loaded from this address.
    [InlineData("http://localhost:{port}", null, HttpStatusCode.Forbidden)]
    // Origin is what the browser vouches for; a Referer beside it does not change the answer.
    [InlineData(OwnSite, "http://evil.example/page", HttpStatusCode.Redirect)]
    // Neither header: a script or a test client, not a browser page; the antiforgery token still applies.
    [InlineData(null, null, HttpStatusCode.Redirect)]
    public async Task A_save_with_a_valid_token_is_refused_only_when_it_came_from_another_site(string? origin, string? referer, HttpStatusCode expected)
    {
        using var data = new TempDataFolder();
        await using var app = await RunningApp.StartAsync(data.Settings);
        var port = app.Address.Port.ToString();
        var form = await RiskPageForm.OpenAsync(app);
        var before = await PartPageForms.LatestAsync(data, RiskPageForm.DemoProject);

        using var request = form.Post("Istutettu riski");
        if (origin is not null)
        {
            request.Headers.TryAddWithoutValidation("Origin", origin.Replace("{port}", port));
        }
        if (referer is not null)
        {
            request.Headers.TryAddWithoutValidation("Referer", referer.Replace("{port}", port));
        }
        using var response = await app.Http.SendAsync(request);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var after = await PartPageForms.LatestAsync(data, RiskPageForm.DemoProject);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.Contains("toiselta sivustolta", html);
            Assert.Equal(before.Version, after.Version);
            Assert.DoesNotContain(after.Plan.Risks, r => r.Title == "Istutettu riski");
        }
        else
        {
            Assert.Contains(after.Plan.Risks, r => r.Title == "Istutettu riski");
        }
    }

    /// <summary>Why: the language switch is the one write outside the pages, mapped on its own.</summary>
    [Fact]
    public async Task The_language_switch_from_another_site_is_refused_and_sets_no_cookie()
    {
        using var data = new TempDataFolder();
        await using var app = await RunningApp.StartAsync(data.Settings);
        var form = await RiskPageForm.OpenAsync(app);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/language")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = form.Token, ["lang"] = "en", ["returnUrl"] = "/" }),
        };
        request.Headers.Add("Cookie", form.Cookie);
        request.Headers.TryAddWithoutValidation("Origin", "http://evil.example");
        using var response = await app.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal)));
    }

    /// <summary>Why each method: the rule is about changes, whatever method carries them; reading stays open.</summary>
    [Theory]
    [InlineData("PUT", HttpStatusCode.Forbidden)]
    [InlineData("PATCH", HttpStatusCode.Forbidden)]
    [InlineData("DELETE", HttpStatusCode.Forbidden)]
    [InlineData("GET", HttpStatusCode.OK)]
    [InlineData("HEAD", HttpStatusCode.OK)]
    public async Task Writing_methods_from_another_site_are_refused_and_reading_is_not(string method, HttpStatusCode expected)
    {
        using var data = new TempDataFolder();
        await using var app = await RunningApp.StartAsync(data.Settings);

        using var request = new HttpRequestMessage(new HttpMethod(method), $"/projects/{RiskPageForm.DemoProject}");
        request.Headers.TryAddWithoutValidation("Origin", "http://evil.example");
        using var response = await app.Http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }
}
