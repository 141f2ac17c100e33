using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hankevahti.Web.Tests.Support;

/// <summary>
/// The sign-on tests' OpenID Connect provider on its own, over plain HTTP, without the app: if a browser
/// sign-in test fails, these say whether the provider or the app is at fault.
/// </summary>
public sealed partial class OidcProviderTests
{
    private const string Secret = "a-client-secret-long-enough-for-hs256";
    private const string Callback = "http://127.0.0.1:5999/signin-oidc";

    private static readonly OidcAccount Anna = new("anna-1", "anna@example.fi", "Anna's long password", "Anna Aaltonen");
    private static readonly OidcAccount Unverified = new("ville-2", "ville@example.fi", "Ville's long password", "Ville Virtanen", EmailVerified: false);

    private static OidcClient Client(string method = "client_secret_post") => new("hankevahti", Secret, [Callback], TokenEndpointAuthMethod: method);

    [Fact]
    public async Task Discovery_names_the_authority_as_issuer()
    {
        await using var provider = await OidcProvider.StartAsync(Client(), Anna);
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(provider.Authority, ".well-known/openid-configuration"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var discovery = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var issuer = discovery.RootElement.GetProperty("issuer").GetString()!;
        Assert.Equal(provider.Authority, new Uri(issuer));
        Assert.StartsWith(issuer, discovery.RootElement.GetProperty("authorization_endpoint").GetString());
        Assert.Equal(["code"], discovery.RootElement.GetProperty("response_types_supported").EnumerateArray().Select(e => e.GetString()));
    }

    public static TheoryData<string, string> WrongCredentials => new()
    {
        // The plain mistake.
        { "anna@example.fi", "not Anna's password" },
        // An unknown e-mail gets the same answer: the form does not tell which accounts exist.
        { "nobody@example.fi", "Anna's long password" },
        // A password is checked against its own account, not against any account.
        { "ville@example.fi", "Anna's long password" },
    };

    [Theory]
    [MemberData(nameof(WrongCredentials))]
    public async Task Wrong_credentials_show_the_form_again_and_give_no_code(string email, string password)
    {
        await using var provider = await OidcProvider.StartAsync(Client(), Anna, Unverified);
        using var flow = new CodeFlow(provider, Callback);
        var form = await flow.StartAsync();

        using var response = await flow.PostLoginAsync(form, email, password);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {html}\n{provider.Output}");
        Assert.Null(response.Headers.Location);
        Assert.Contains("Wrong e-mail or password", html);
        Assert.Contains("<label for=\"password\">Password</label>", html);
        // The e-mail stays typed in, the password does not.
        Assert.Contains($"value=\"{email}\"", html);
        Assert.DoesNotContain(password, html);
    }

    public static TheoryData<OidcAccount, string, string> RightCredentials => new()
    {
        // ASP.NET Core's handler sends the client secret in the form body.
        { Anna, "anna@example.fi", "client_secret_post" },
        // The other way oidc-provider takes a secret; the e-mail as people type it, in capitals.
        { Anna, "ANNA@example.fi", "client_secret_basic" },
        // email_verified is the account's, not always true: the app must be able to refuse unverified addresses.
        { Unverified, "ville@example.fi", "client_secret_post" },
    };

    [Theory]
    [MemberData(nameof(RightCredentials))]
    public async Task Right_credentials_give_a_code_that_buys_an_id_token_naming_the_account(OidcAccount account, string typed, string method)
    {
        await using var provider = await OidcProvider.StartAsync(Client(method), Anna, Unverified);
        using var flow = new CodeFlow(provider, Callback);
        var form = await flow.StartAsync();

        var (code, _) = await flow.SignInAsync(form, typed, account.Password);
        var idToken = await flow.RedeemAsync(code, method);

        Assert.Equal(account.Sub, idToken.GetProperty("sub").GetString());
        Assert.Equal(account.Email, idToken.GetProperty("email").GetString());
        Assert.Equal(account.EmailVerified, idToken.GetProperty("email_verified").GetBoolean());
        Assert.Equal(account.Name, idToken.GetProperty("name").GetString());
        Assert.Equal(flow.Nonce, idToken.GetProperty("nonce").GetString());
        Assert.Equal(provider.Authority, new Uri(idToken.GetProperty("iss").GetString()!));
    }

    public static TheoryData<bool, string, bool> RedirectUris => new()
    {
        // The registered URI exactly: accepted.
        { false, Callback, true },
        // Another port is another redirect URI for a web client: refused, so the provider's checks are real.
        { false, "http://127.0.0.1:6000/signin-oidc", false },
        // With AnyLoopbackPort the app's port 0 address is accepted, whatever port it got.
        { true, "http://127.0.0.1:6000/signin-oidc", true },
        // AnyLoopbackPort frees the port only, not the path.
        { true, "http://127.0.0.1:6000/elsewhere", false },
    };

    [Theory]
    [MemberData(nameof(RedirectUris))]
    public async Task Redirect_uri_is_checked(bool anyLoopbackPort, string redirectUri, bool accepted)
    {
        var registered = anyLoopbackPort ? "http://127.0.0.1/signin-oidc" : Callback;
        await using var provider = await OidcProvider.StartAsync(new OidcClient("hankevahti", Secret, [registered], AnyLoopbackPort: anyLoopbackPort), Anna);
        using var flow = new CodeFlow(provider, redirectUri);

        using var response = await flow.AuthorizeAsync();

        if (accepted)
        {
            Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
            var form = await flow.StartAsync();
            Assert.StartsWith(redirectUri + "?", (await flow.SignInAsync(form, Anna.Email, Anna.Password)).RedirectedTo);
        }
        else
        {
            // Refused on the provider's own page, never sent on to the unregistered address.
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Null(response.Headers.Location);
        }
    }

    [Fact]
    public async Task Cancel_on_the_form_sends_the_browser_back_with_access_denied_and_no_code()
    {
        // The browser tests' refused sign-in: a person declining at the provider, which the app must take calmly.
        await using var provider = await OidcProvider.StartAsync(Client(), Anna);
        using var flow = new CodeFlow(provider, Callback);
        var form = await flow.StartAsync();

        var back = await flow.CancelAsync(form);

        Assert.StartsWith(Callback + "?", back);
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(back).Query);
        Assert.Equal("access_denied", query["error"]);
        Assert.Equal(flow.State, query["state"]);
        Assert.Null(query["code"]);
    }

    [Fact]
    public async Task A_refused_client_fails_the_start_with_the_providers_reason()
    {
        // oidc-provider checks client metadata lazily; the script looks the client up before it reports ready.
        var failure = await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(
            () => OidcProvider.StartAsync(new OidcClient("hankevahti", Secret, ["ftp://127.0.0.1/signin-oidc"]), Anna));

        Assert.Contains("exited with 2", failure.Message);
        Assert.Contains("redirect_uris must only contain web uris", failure.Message);
    }

    /// <summary>
    /// One authorization code flow as a browser would run it, by hand: cookies kept, each redirect
    /// looked at before it is followed.
    /// </summary>
    private sealed class CodeFlow(OidcProvider provider, string redirectUri) : IDisposable
    {
        private readonly HttpClient http = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };

        private readonly string verifier = Base64Url(RandomNumberGenerator.GetBytes(32));

        public string Nonce { get; } = Base64Url(RandomNumberGenerator.GetBytes(16));
        public string State { get; } = Base64Url(RandomNumberGenerator.GetBytes(16));

        public Task<HttpResponseMessage> AuthorizeAsync()
        {
            var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
            var query = string.Join('&', new Dictionary<string, string>
            {
                ["client_id"] = provider.Client.ClientId,
                ["response_type"] = "code",
                ["scope"] = "openid email profile",
                ["redirect_uri"] = redirectUri,
                ["code_challenge"] = challenge,
                ["code_challenge_method"] = "S256",
                ["state"] = State,
                ["nonce"] = Nonce,
            }.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
            return http.GetAsync(new Uri(provider.Authority, "auth?" + query));
        }

        /// <summary>Authorizes and follows the provider to its sign-in form; returns where the form posts.</summary>
        public async Task<Uri> StartAsync()
        {
            using var authorize = await AuthorizeAsync();
            Assert.True(authorize.StatusCode == HttpStatusCode.SeeOther, $"authorize answered {(int)authorize.StatusCode}: {await authorize.Content.ReadAsStringAsync()}\n{provider.Output}");
            using var page = await http.GetAsync(new Uri(provider.Authority, authorize.Headers.Location!));
            var html = await page.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("<label for=\"email\">E-mail</label>", html);
            return new Uri(provider.Authority, WebUtility.HtmlDecode(FormAction().Match(html).Groups[1].Value));
        }

        public Task<HttpResponseMessage> PostLoginAsync(Uri form, string email, string password) =>
            http.PostAsync(form, new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = email, ["password"] = password }));

        /// <summary>Signs in and follows the provider back to the client: the code it sends there.</summary>
        public async Task<(string Code, string RedirectedTo)> SignInAsync(Uri form, string email, string password)
        {
            using var login = await PostLoginAsync(form, email, password);
            Assert.True(login.StatusCode == HttpStatusCode.SeeOther, $"login answered {(int)login.StatusCode}: {await login.Content.ReadAsStringAsync()}\n{provider.Output}");
            using var resume = await http.GetAsync(new Uri(provider.Authority, login.Headers.Location!));
            Assert.True(resume.StatusCode == HttpStatusCode.SeeOther, $"resume answered {(int)resume.StatusCode}: {await resume.Content.ReadAsStringAsync()}\n{provider.Output}");
            var back = resume.Headers.Location!.ToString();
            Assert.StartsWith(redirectUri + "?", back);
            var query = System.Web.HttpUtility.ParseQueryString(new Uri(back).Query);
            Assert.Equal(State, query["state"]);
            Assert.False(string.IsNullOrEmpty(query["code"]), back);
            return (query["code"]!, back);
        }

        /// <summary>Presses Cancel under the form and follows the provider back to the client: where it sends the browser.</summary>
        public async Task<string> CancelAsync(Uri form)
        {
            var cancel = new Uri(form, "cancel");
            using var response = await http.PostAsync(cancel, new FormUrlEncodedContent([]));
            Assert.True(response.StatusCode == HttpStatusCode.SeeOther, $"cancel answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}\n{provider.Output}");
            using var resume = await http.GetAsync(new Uri(provider.Authority, response.Headers.Location!));
            Assert.True(resume.StatusCode == HttpStatusCode.SeeOther, $"resume answered {(int)resume.StatusCode}: {await resume.Content.ReadAsStringAsync()}\n{provider.Output}");
            return resume.Headers.Location!.ToString();
        }

        /// <summary>Exchanges the code at the token endpoint; the ID token's payload.</summary>
        public async Task<JsonElement> RedeemAsync(string code, string method)
        {
            var fields = new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code",
                ["code"] = code,
                ["redirect_uri"] = redirectUri,
                ["code_verifier"] = verifier,
            };
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(provider.Authority, "token"));
            if (method == "client_secret_basic")
            {
                var pair = $"{Uri.EscapeDataString(provider.Client.ClientId)}:{Uri.EscapeDataString(provider.Client.ClientSecret)}";
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)));
            }
            else
            {
                fields["client_id"] = provider.Client.ClientId;
                fields["client_secret"] = provider.Client.ClientSecret;
            }
            request.Content = new FormUrlEncodedContent(fields);
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"token answered {(int)response.StatusCode}: {body}\n{provider.Output}");
            using var tokens = JsonDocument.Parse(body);
            var payload = tokens.RootElement.GetProperty("id_token").GetString()!.Split('.')[1];
            using var claims = JsonDocument.Parse(Base64UrlDecode(payload));
            return claims.RootElement.Clone();
        }

        public void Dispose() => http.Dispose();

        private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        private static byte[] Base64UrlDecode(string text)
        {
            var padded = text.Replace('-', '+').Replace('_', '/');
            return Convert.FromBase64String(padded + new string('=', (4 - padded.Length % 4) % 4));
        }
    }

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]+)\"")]
    private static partial Regex FormAction();
}
