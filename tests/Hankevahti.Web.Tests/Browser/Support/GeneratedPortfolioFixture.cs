using Hankevahti.Demo.Portfolio;
using Hankevahti.People;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.People;
using Hankevahti.Web.Tests.Support;
using Microsoft.Playwright;
using TestPeople = Hankevahti.Web.Tests.Support.People;

namespace Hankevahti.Web.Tests.Browser.Support;

/// <summary>
/// Issue 17's acceptance portfolio: 50 projects made by the real generator (seed 17, seen today, the app's own day)
/// and stored before the app starts (so the app adds no demo plan), the real app over it, an administrator, a
/// funder official of each programme and one of them all, and Debian's Chromium. Shared by the read-mostly tests of one class.
/// </summary>
public sealed class GeneratedPortfolioFixture : IAsyncLifetime
{
    public const int Projects = 50;
    public const int Seed = 17;
    public const string Admin = "paakayttaja@salkku.invalid";
    /// <summary>A funder official of every programme the generator uses: sees the whole portfolio.</summary>
    public const string AllProgrammes = "rahoittaja-kaikki@salkku.invalid";

    private readonly TempDataFolder data = new();
    private IPlaywright? playwright;

    public RunningApp App { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public TempDataFolder Data => data;
    public PortfolioSpec Spec { get; } = new(Projects, Seed, GeneratedPortfolio.Today);

    /// <summary>The projects as generated, in the order stored (ids 1…50).</summary>
    public IReadOnlyList<GeneratedProject> Generated { get; private set; } = [];

    /// <summary>The funder official of a programme (catalogue key), made for every programme the generator uses.</summary>
    public static string Funder(string programme) => $"rahoittaja-{programme}@salkku.invalid";

    public async Task InitializeAsync()
    {
        BrowserFixture.RequireChromium();
        Generated = await GeneratedPortfolio.WriteAsync(data.Settings, Spec);
        App = await RunningApp.StartAsync(data.Settings);
        await TestPeople.AddUserAsync(App.App, Admin, "admin");
        var programmes = Generated.Select(p => GeneratedPortfolio.CatalogueKey(p.Plan.Project.Programme?.Key)).Distinct().ToList();
        foreach (var programme in programmes)
        {
            await TestPeople.AddUserAsync(App.App, Funder(programme), "funder:" + programme);
        }
        var all = await TestPeople.AddUserAsync(App.App, AllProgrammes, "funder:" + programmes[0]);
        await using (var db = HankevahtiDb.Create(data.Settings))
        {
            db.GlobalRoles.AddRange(programmes.Skip(1).Select(p => new GlobalRoleRow { UserId = all, Role = RoleNames.FunderName, ProgrammeKey = p, AddedAt = DateTimeOffset.UtcNow }));
            await db.SaveChangesAsync();
        }
        await TestPeople.WaitUntilSignInIsAskedAsync(App);
        (playwright, Browser) = await BrowserFixture.LaunchAsync();
    }

    /// <summary>A new page signed in through the sign-in form as <paramref name="email"/>, left on the front page.</summary>
    public async Task<IPage> SignedInPageAsync(string email)
    {
        var page = await BrowserFixture.NewPageAsync(Browser, App.Address, language: null);
        await page.GotoAsync("/account/sign-in");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(TestPeople.Password);
        await page.Locator("form.sign-in button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }
        data.Dispose();
    }
}
