using System.Net;
using Hankevahti.People;
using Hankevahti.Web.Tests.Support;
using Microsoft.Playwright;
using TestPeople = Hankevahti.Web.Tests.Support.People;

namespace Hankevahti.Web.Tests.Browser.Support;

/// <summary>
/// One OpenID Connect provider process (tests/oidc/provider.mjs), one app configured with three sign-on
/// providers on it, shared by the tests of a class, and the run's Chromium: starting Node and the app once keeps
/// the class to seconds. The three providers are one client at the same issuer with different settings,
/// as a county's and a ministry's services would be configured side by side:
/// "link" (neither setting: links by verified e-mail only), "create" (CreateAccounts), "trusted" (TrustEmail).
/// </summary>
public sealed class SingleSignOnFixture : IAsyncLifetime
{
    public const string ClientId = "hankevahti";
    private const string Secret = "a-client-secret-long-enough-for-the-tests";

    /// <summary>The providers configured in the app: the key is the name (scheme oidc-NAME, button /account/external/NAME).</summary>
    public static readonly IReadOnlyDictionary<string, string> DisplayNames = new Dictionary<string, string>
    {
        ["link"] = "Sote-tunnus",
        ["create"] = "Ministeriön tunnus",
        ["trusted"] = "Alueen hakemisto",
    };

    // People at the provider; those with a Hankevahti account get one in InitializeAsync (HankevahtiAccounts).
    public static readonly OidcAccount Maija = new("sub-maija", "maija@sote.example", "Maijan pitkä salasana", "Maija Meikäläinen");
    public static readonly OidcAccount Kalle = new("sub-kalle", "kalle.kirjanpitaja@sote.example", "Kallen pitkä salasana", "Kalle Kirjanpitäjä");
    public static readonly OidcAccount Ville = new("sub-ville", "ville@sote.example", "Villen pitkä salasana", "Ville Vahvistamaton", EmailVerified: false);
    public static readonly OidcAccount Veera = new("sub-veera", "veera@alue.example", "Veeran pitkä salasana", "Veera Hakemistosta", EmailVerified: false);
    public static readonly OidcAccount Uusi = new("sub-uusi", "uusi.tyontekija@ministerio.example", "Uuden pitkä salasana", "Uusi Työntekijä");
    public static readonly OidcAccount Uolevi = new("sub-uolevi", "uolevi@ministerio.example", "Uolevin pitkä salasana", "Uolevi Vahvistamaton", EmailVerified: false);
    public static readonly OidcAccount Vieras = new("sub-vieras", "vieras@muu.example", "Vieraan pitkä salasana", "Vieras Henkilö");

    /// <summary>
    /// The Hankevahti accounts made before any test: the e-mail as the administrator typed it, and the role in
    /// the demo project (1). Kalle's address is in other capitals than the provider's, as people type them.
    /// </summary>
    private static readonly (string Email, ProjectRole Role)[] HankevahtiAccounts =
    [
        (Maija.Email, ProjectRole.Editor),
        ("Kalle.Kirjanpitaja@SOTE.example", ProjectRole.Reader),
        (Ville.Email, ProjectRole.Editor),
        (Veera.Email, ProjectRole.Reader),
    ];

    private readonly TempDataFolder data = new();

    public OidcProvider Provider { get; private set; } = null!;
    public RunningApp App { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public TempDataFolder Data => data;

    public async Task InitializeAsync()
    {
        BrowserFixture.RequireChromium();
        // The app binds port 0 and is told the provider's address before it knows its own port: the provider
        // takes the callbacks on any loopback port (OidcClient.AnyLoopbackPort). OidcProvider fails with an
        // install hint when node or the npm package is missing.
        Provider = await OidcProvider.StartAsync(
            new OidcClient(ClientId, Secret, [.. DisplayNames.Keys.Select(name => $"http://127.0.0.1/signin-oidc-{name}")], AnyLoopbackPort: true),
            Maija, Kalle, Ville, Veera, Uusi, Uolevi, Vieras);

        var authority = Provider.Authority.ToString().TrimEnd('/');
        var configuration = new List<string>();
        foreach (var (name, label) in DisplayNames)
        {
            var key = $"--SingleSignOn:Providers:{name}:";
            configuration.AddRange([
                $"{key}DisplayName={label}",
                $"{key}Authority={authority}",
                $"{key}ClientId={ClientId}",
                $"{key}ClientSecret={Secret}",
                $"{key}RequireHttpsMetadata=false",
                $"{key}CreateAccounts={name == "create"}",
                $"{key}TrustEmail={name == "trusted"}",
            ]);
        }
        App = await RunningApp.StartAsync(data.Settings, [.. configuration]);

        foreach (var (email, role) in HankevahtiAccounts)
        {
            var id = await TestPeople.AddUserAsync(App.App, email);
            await TestPeople.AddMemberAsync(App.App, 1, id, role);
        }
        await TestPeople.WaitUntilSignInIsAskedAsync(App);

        Browser = await SharedChromium.BrowserAsync();
    }

    /// <summary>A fresh page (own cookies, at the app and at the provider) on the app, with the app's language cookie set.</summary>
    public Task<IPage> NewPageAsync(string language = "fi") => BrowserFixture.NewPageAsync(Browser, App.Address, language);

    public async Task DisposeAsync()
    {
        // The browser is the run's (SharedChromium); this class's pages are closed.
        if (App is not null)
        {
            await SharedChromium.CloseContextsAsync(App.Address);
            await App.DisposeAsync();
        }
        if (Provider is not null)
        {
            await Provider.DisposeAsync();
        }
        data.Dispose();
    }
}
