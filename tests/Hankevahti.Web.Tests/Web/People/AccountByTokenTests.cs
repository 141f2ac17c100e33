using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Hankevahti.Web.Tests.Support;

namespace Hankevahti.Web.Tests.Web.People;

/// <summary>
/// A personal API token is for scripts reading and writing plans: it may not change the account that holds it
/// (make more tokens, turn two-factor off, change the password), which a leaked token would otherwise allow.
/// </summary>
public sealed partial class AccountByTokenTests : IAsyncLifetime
{
    private readonly TempDataFolder data = new();
    private RunningApp app = null!;

    public async Task InitializeAsync() => app = await RunningApp.StartAsync(data.Settings);

    // Each account-changing form handler, asked with the bearer token alone.
    [Theory]
    [InlineData("/account/tokens?handler=Create")]
    [InlineData("/account/tokens?handler=Revoke")]
    [InlineData("/account/two-factor-setup")]
    [InlineData("/account/two-factor-setup?handler=Disable")]
    [InlineData("/account/two-factor-setup?handler=RecoveryCodes")]
    [InlineData("/account/password")]
    public async Task A_token_cannot_change_its_account(string action)
    {
        await Support.People.AddUserAsync(app.App, "skripti@test.invalid");
        using var client = new SignedInClient(app.Address);
        using (var signedIn = await client.SignInAsync("skripti@test.invalid"))
        {
            Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
        }
        using var made = await client.PostAsync("/account/tokens", "/account/tokens?handler=Create", [new("Name", "skripti")]);
        var token = NewToken().Match(await made.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.StartsWith("hv_", token);

        using var http = new HttpClient { BaseAddress = app.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent([new("Name", "toinen"), new("TokenId", "1"), new("Current", Support.People.Password), new("New", "x")]) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        // Refused before the handler runs (antiforgery: a token request carries none) or by the handler itself (403).
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden, $"{action}: {response.StatusCode}");
        var audit = await Support.People.AuditAsync(data.Settings);
        Assert.Single(audit, r => r.Action.StartsWith("token.", StringComparison.Ordinal) || r.Action.StartsWith("account.", StringComparison.Ordinal));
        // The token still works for reading: it was the change that was refused.
        using var read = new HttpRequestMessage(HttpMethod.Get, "/api/projects");
        read.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var answer = await http.SendAsync(read);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
    }

    [GeneratedRegex("id=\"new-token\"[^>]*>([^<]+)<")]
    private static partial Regex NewToken();

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        data.Dispose();
    }
}
