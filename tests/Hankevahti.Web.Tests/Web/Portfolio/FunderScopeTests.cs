using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Hankevahti.Checks.Profiles;
using Hankevahti.Demo.Portfolio;
using Hankevahti.Web.Tests.Support;
using MiniExcelLibs;

namespace Hankevahti.Web.Tests.Web.Portfolio;

/// <summary>
/// Issue 17's acceptance "a funder official sees only the programmes assigned to them", on a generated portfolio of
/// several programmes, surface by surface: the portfolio pages and drill-downs, their .xlsx and CSV exports, the IATI
/// programme download and the API. Each surface must hold every project of the funder's programme where it lists
/// projects, and nothing of another programme: no project's name or link, no programme's name.
/// </summary>
public sealed class FunderScopeTests : IAsyncLifetime
{
    private const string Funder = "rahoittaja@scope.invalid";
    private readonly TempDataFolder data = new();
    private RunningApp app = null!;
    private SignedInClient browser = null!;
    private HttpClient api = null!;
    private string programme = "";
    private string otherProgramme = "";
    private List<(int Id, string Name)> own = [];
    private List<(int Id, string Name)> others = [];

    public async Task InitializeAsync()
    {
        var generated = await GeneratedPortfolio.WriteAsync(data.Settings, new PortfolioSpec(16, 11, new DateOnly(2026, 12, 7)));
        var projects = generated.Select((p, i) => (Id: i + 1, p.Plan.Project.Name, Programme: GeneratedPortfolio.CatalogueKey(p.Plan.Project.Programme?.Key))).ToList();
        programme = projects[0].Programme;
        own = projects.Where(p => p.Programme == programme).Select(p => (p.Id, p.Name)).ToList();
        others = projects.Where(p => p.Programme != programme).Select(p => (p.Id, p.Name)).ToList();
        Assert.True(others.Count > 0, "the generated portfolio has one programme only");
        otherProgramme = projects.First(p => p.Programme != programme).Programme;
        app = await RunningApp.StartAsync(data.Settings);
        var user = await Support.People.AddUserAsync(app.App, Funder, "funder:" + programme);
        await Support.People.WaitUntilSignInIsAskedAsync(app);
        browser = new SignedInClient(app.Address);
        using var signedIn = await browser.SignInAsync(Funder);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        api = new HttpClient { BaseAddress = app.Address };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Support.People.ApiTokenAsync(app.App, user));
    }

    public async Task DisposeAsync()
    {
        browser.Dispose();
        api.Dispose();
        await app.DisposeAsync();
        data.Dispose();
    }

    /// <summary>What a surface answers with: HTML, a CSV or .xlsx file, an IATI file, the API's JSON, or a refusal.</summary>
    public enum Answer { Html, Csv, Xlsx, Iati, ApiList, Refused, NotFound }

    /// <summary>
    /// Each row: why the case exists, the address ({own} / {other}: a programme's key, {project}: a project of another
    /// programme), what it answers with, and whether it lists every project of the funder's programme by name.
    /// </summary>
    public static TheoryData<string, string, Answer, bool> Surfaces => new()
    {
        { "the overview lists projects: all of theirs, none of another programme's", "/portfolio", Answer.Html, true },
        { "the programme view: their programme's row only, no other programme named", "/portfolio/programmes", Answer.Html, false },
        { "the region view counts only their projects in each region", "/portfolio/regions", Answer.Html, false },
        { "the organisation view", "/portfolio/organisations", Answer.Html, false },
        { "the year view", "/portfolio/years", Answer.Html, false },
        { "the drill-down of all projects", "/portfolio/projects?figure=projects", Answer.Html, true },
        { "a drill-down into another programme's group, by a hand-made address, shows none of it", "/portfolio/projects?view=programmes&group={other}&figure=projects", Answer.Html, false },
        { "a filter by another programme is refused as unknown, not applied", "/portfolio/programmes?programme={other}", Answer.Html, false },
        { "the overview's CSV export", "/portfolio?format=csv", Answer.Csv, true },
        { "the region view's CSV export", "/portfolio/regions?format=csv", Answer.Csv, false },
        { "the drill-down's CSV export", "/portfolio/projects?figure=projects&format=csv", Answer.Csv, true },
        { "the overview's .xlsx export", "/portfolio?format=xlsx", Answer.Xlsx, true },
        { "the programme view's .xlsx export", "/portfolio/programmes?format=xlsx", Answer.Xlsx, false },
        { "the drill-down's .xlsx export of a money figure", "/portfolio/projects?figure=budget&format=xlsx", Answer.Xlsx, true },
        { "the IATI file of their programme holds each of its projects", "/programmes/{own}/export/iati", Answer.Iati, true },
        { "the IATI file of another programme is answered as if it had no projects", "/programmes/{other}/export/iati", Answer.NotFound, false },
        { "another programme's project's IATI file", "/projects/{project}/export/iati", Answer.Refused, false },
        { "the API's project list, all pages in one", "/api/projects?pageSize=100", Answer.ApiList, true },
        { "the API's list filtered by another programme is empty, not theirs", "/api/projects?programme={other}", Answer.ApiList, false },
        { "the API: another programme's project", "/api/projects/{project}", Answer.Refused, false },
        { "the API: its versions", "/api/projects/{project}/versions/1", Answer.Refused, false },
        { "the API: its plan", "/api/projects/{project}/versions/1/plan", Answer.Refused, false },
        { "the API: its diff", "/api/projects/{project}/diff?from=1&to=1", Answer.Refused, false },
        { "the API: its values", "/api/projects/{project}/values", Answer.Refused, false },
        { "the API: its costs", "/api/projects/{project}/costs", Answer.Refused, false },
        { "the API: its cost rows", "/api/projects/{project}/costs/rows", Answer.Refused, false },
        { "the API: its reports", "/api/projects/{project}/reports", Answer.Refused, false },
    };

    [Theory]
    [MemberData(nameof(Surfaces))]
    public async Task A_funder_official_sees_only_their_programme(string why, string template, Answer answer, bool listsProjects)
    {
        var path = template.Replace("{own}", programme, StringComparison.Ordinal).Replace("{other}", otherProgramme, StringComparison.Ordinal)
            .Replace("{project}", others[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var client = path.StartsWith("/api/", StringComparison.Ordinal) ? api : browser.Http;

        using var response = await client.GetAsync(path);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        if (answer is Answer.Refused or Answer.NotFound)
        {
            Assert.True(response.StatusCode == (answer == Answer.Refused ? HttpStatusCode.Forbidden : HttpStatusCode.NotFound), $"{why}: {response.StatusCode}");
            Assert.DoesNotContain(others[0].Name, Encoding.UTF8.GetString(bytes));
            return;
        }
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{why}: {response.StatusCode}");
        var text = answer switch
        {
            Answer.Html => WebUtility.HtmlDecode(Encoding.UTF8.GetString(bytes)),
            Answer.Xlsx => string.Join("\n", new MemoryStream(bytes).Query().Cast<IDictionary<string, object?>>().SelectMany(r => r.Values).Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))),
            _ => Encoding.UTF8.GetString(bytes),
        };
        var ids = answer switch
        {
            Answer.Iati => XDocument.Parse(text).Root!.Elements("iati-activity").Select(a => int.Parse(((string)a.Element("iati-identifier")!).Split('-')[^1], System.Globalization.CultureInfo.InvariantCulture)).ToList(),
            Answer.ApiList => JsonDocument.Parse(text).RootElement.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ToList(),
            _ => null,
        };

        foreach (var (id, name) in others)
        {
            Assert.False(text.Contains(name, StringComparison.Ordinal), $"{why}: another programme's project '{name}' is shown");
            Assert.DoesNotContain($"/projects/{id}\"", text);
            Assert.DoesNotContain(id, ids ?? []);
        }
        foreach (var profile in ProfileCatalog.All.Where(p => p.Key != programme && p.Key != ProfileCatalog.GenericKey))
        {
            Assert.False(text.Contains(profile.Name.Fi, StringComparison.Ordinal), $"{why}: another programme '{profile.Name.Fi}' is named");
        }
        if (listsProjects)
        {
            Assert.All(own, p => Assert.True(ids?.Contains(p.Id) ?? text.Contains(p.Name, StringComparison.Ordinal), $"{why}: their project '{p.Name}' is missing"));
        }
    }
}
