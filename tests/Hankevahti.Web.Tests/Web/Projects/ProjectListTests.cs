using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Web.Tests.Support;

namespace Hankevahti.Web.Tests.Web.Projects;

/// <summary>
/// Four invented projects that differ in every way the list can tell them apart: programme,
/// regions, status, period (one has none), case number, and when they were last saved.
/// </summary>
public class ProjectListFixture : IAsyncLifetime
{
    private readonly TempDataFolder data = new();

    public RunningApp App { get; private set; } = null!;

    /// <summary>The database the projects are stored in and the app runs on: SQLite here.</summary>
    protected virtual Task<DatabaseSettings> DatabaseAsync() => Task.FromResult(data.Settings);

    private static Plan Make(string name, string? shortName, string? programme, ProjectStatus status, DateOnly? start, DateOnly? end, string? caseNumber, params string[] regions) => new()
    {
        Project = new Project
        {
            Name = name,
            ShortName = shortName,
            Programme = programme is null ? null : new Programme { Key = "test", Name = programme },
            Status = status,
            Period = start is null && end is null ? null : new DateRange { Start = start, End = end },
            CaseNumber = caseNumber,
            Regions = [.. regions],
        },
    };

    public async Task InitializeAsync()
    {
        var settings = await DatabaseAsync();
        await Migrator.MigrateAsync(settings);
        await using (var db = HankevahtiDb.Create(settings))
        {
            await db.AddProjectAsync(Make("Arjen apu", "AA", "Hyvän työn ohjelma", ProjectStatus.Running, new(2024, 1, 1), new(2025, 12, 31), "VN/100/2024", "Pohjola"), "import");
            var b = (await db.AddProjectAsync(Make("Bussilla kotiin", "BUK", "Rakenneuudistus", ProjectStatus.Draft, new(2026, 3, 1), new(2027, 6, 30), null, "Etelämaa", "Pohjola"), "import")).Id;
            await db.AddProjectAsync(Make("Ääni kuuluviin", "ÄK", "Rakenneuudistus", ProjectStatus.Closed, new(2022, 1, 1), new(2023, 12, 31), "STM/7/2022", "Etelämaa"), "import");
            await db.AddProjectAsync(Make("Digituki", null, null, ProjectStatus.Draft, null, null, null), "import");
            // A second version makes "Bussilla kotiin" the most recently updated, though it was stored second.
            await db.AddVersionAsync(b, Make("Bussilla kotiin", "BUK", "Rakenneuudistus", ProjectStatus.Draft, new(2026, 3, 1), new(2027, 6, 30), null, "Etelämaa", "Pohjola"), "edit");
        }
        App = await RunningApp.StartAsync(settings);
    }

    public virtual async Task DisposeAsync()
    {
        await App.DisposeAsync();
        data.Dispose();
    }
}

/// <summary>The same four projects on PostgreSQL, where the list's SQL must find the same ones.</summary>
public sealed class PostgresProjectListFixture : ProjectListFixture
{
    private PostgresTempDatabase? database;

    protected override async Task<DatabaseSettings> DatabaseAsync()
    {
        database = await PostgresTempDatabase.CreateAsync();
        return database.Settings;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}

/// <summary>The list's search and filters are SQL: every case of <see cref="ProjectListTests.Cases"/> on PostgreSQL.</summary>
public sealed class PostgresProjectListTests(PostgresProjectListFixture fixture) : IClassFixture<PostgresProjectListFixture>
{
    [Theory]
    [MemberData(nameof(ProjectListTests.Cases), MemberType = typeof(ProjectListTests))]
    public async Task The_list_shows_the_projects_the_choices_ask_for_in_their_order(string query, string[] expected)
    {
        var (status, html) = await fixture.App.GetPageAsync("/" + query);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(expected, ProjectListTests.Names(html));
        Assert.Contains($"Hankkeita: {expected.Length} (kaikkiaan 4)", html);
    }

    [Fact]
    public async Task The_filters_offer_the_programmes_regions_and_years_the_projects_have()
    {
        var (_, html) = await fixture.App.GetPageAsync("/");

        var region = Regex.Match(html, "<select id=\"region\".*?</select>", RegexOptions.Singleline).Value;
        Assert.Equal(["", "Etelämaa", "Pohjola"], Regex.Matches(region, "<option value=\"([^\"]*)\"").Select(m => m.Groups[1].Value));
        var year = Regex.Match(html, "<select id=\"year\".*?</select>", RegexOptions.Singleline).Value;
        Assert.Equal(["", "2022", "2023", "2024", "2025", "2026", "2027"], Regex.Matches(year, "<option value=\"([^\"]*)\"").Select(m => m.Groups[1].Value));
    }
}

/// <summary>The front page's search, filters and sorting, all in the address of a GET form.</summary>
public sealed class ProjectListTests(ProjectListFixture fixture) : IClassFixture<ProjectListFixture>
{
    private const string A = "Arjen apu", B = "Bussilla kotiin", C = "Ääni kuuluviin", D = "Digituki";

    internal static IReadOnlyList<string> Names(string html) =>
        Regex.Matches(html, "<th scope=\"row\"><a href=\"/projects/\\d+\">([^<]*)</a></th>").Select(m => m.Groups[1].Value).ToList();

    public static TheoryData<string, string[]> Cases => new()
    {
        // No choices: every project by name in Finnish order, where Ä comes after Z.
        { "", [A, B, D, C] },
        // Name, descending.
        { "?order=desc", [C, D, B, A] },
        // Search finds the short name, whatever the case.
        { "?q=buk", [B] },
        // Search finds the case number.
        { "?q=stm%2F7", [C] },
        // Every word must be found, in any order.
        { "?q=kotiin+bussilla", [B] },
        // A word that only one of them has in full.
        { "?q=kotiin+apu", [] },
        // Case folding beyond ASCII: ÄÄNI finds Ääni.
        { "?q=%C3%84%C3%84NI", [C] },
        // Programme, as the list names it.
        { "?programme=Rakenneuudistus", [B, C] },
        // Region: one of several regions is enough.
        { "?region=Pohjola", [A, B] },
        // Status by its stored name.
        { "?status=draft", [B, D] },
        // A year inside one period only.
        { "?year=2025", [A] },
        // The first year of a period counts.
        { "?year=2026", [B] },
        // The last year of a period counts.
        { "?year=2023", [C] },
        // A year no project runs in.
        { "?year=2030", [] },
        // Filters together narrow each other.
        { "?programme=Rakenneuudistus&region=Pohjola", [B] },
        // Start date; the project with no period comes last.
        { "?sort=start", [C, A, B, D] },
        // Start date descending; the project with no period still comes last.
        { "?sort=start&order=desc", [B, A, C, D] },
        // End date.
        { "?sort=end", [C, A, B, D] },
        // Last updated: B was saved again after the others.
        { "?sort=updated", [A, C, D, B] },
        // Last updated, newest first.
        { "?sort=updated&order=desc", [B, D, C, A] },
        // An unknown sort key falls back to the name.
        { "?sort=nonsense", [A, B, D, C] },
        // A filter value no project has.
        { "?region=Kuu", [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_list_shows_the_projects_the_choices_ask_for_in_their_order(string query, string[] expected)
    {
        var (status, html) = await fixture.App.GetPageAsync("/" + query);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(expected, Names(html));
        Assert.Contains($"Hankkeita: {expected.Length} (kaikkiaan 4)", html);
        if (expected.Length == 0)
        {
            Assert.Contains("Mikään hanke ei vastaa valintoja.", html);
        }
    }

    [Fact]
    public async Task The_form_shows_the_choices_made_so_that_the_next_search_keeps_them()
    {
        var (_, html) = await fixture.App.GetPageAsync("/?q=kotiin&programme=Rakenneuudistus&region=Pohjola&status=draft&year=2026&sort=end&order=desc");

        Assert.Matches("<form method=\"get\" action=\"/\"", html);
        Assert.Contains("name=\"q\" value=\"kotiin\"", html);
        // An address holding the programme's name (from before the catalogue) selects its catalogue entry.
        Assert.Contains("<option value=\"name:rakenneuudistus\" selected=\"selected\">Rakenneuudistus</option>", html);
        Assert.Contains("<option value=\"Pohjola\" selected=\"selected\">", html);
        Assert.Contains("<option value=\"draft\" selected=\"selected\">", html);
        Assert.Contains("<option value=\"2026\" selected=\"selected\">", html);
        Assert.Contains("<option value=\"end\" selected=\"selected\">", html);
        Assert.Contains("<option value=\"desc\" selected=\"selected\">", html);
        Assert.Equal([B], Names(html));
        // Choices made: a way back to the whole list.
        Assert.Contains("<a href=\"/\">Tyhjennä valinnat</a>", html);
    }

    [Fact]
    public async Task The_filters_offer_the_programmes_regions_and_years_the_projects_have()
    {
        var (_, html) = await fixture.App.GetPageAsync("/");

        var region = Regex.Match(html, "<select id=\"region\".*?</select>", RegexOptions.Singleline).Value;
        Assert.Equal(["", "Etelämaa", "Pohjola"], Regex.Matches(region, "<option value=\"([^\"]*)\"").Select(m => m.Groups[1].Value));
        var programme = Regex.Match(html, "<select id=\"programme\".*?</select>", RegexOptions.Singleline).Value;
        // The values are the programme catalogue's keys (docs/portfolio.md): programmes no profile knows go by their names.
        Assert.Equal(["", "name:hyvän työn ohjelma", "name:rakenneuudistus"], Regex.Matches(programme, "<option value=\"([^\"]*)\"").Select(m => m.Groups[1].Value));
        Assert.Equal(["Kaikki", "Hyvän työn ohjelma", "Rakenneuudistus"], Regex.Matches(programme, "<option[^>]*>([^<]*)</option>").Select(m => m.Groups[1].Value));
        var year = Regex.Match(html, "<select id=\"year\".*?</select>", RegexOptions.Singleline).Value;
        Assert.Equal(["", "2022", "2023", "2024", "2025", "2026", "2027"], Regex.Matches(year, "<option value=\"([^\"]*)\"").Select(m => m.Groups[1].Value));
        // Without choices there is nothing to clear.
        Assert.DoesNotContain("Tyhjennä valinnat", html);
    }

    // Only an edited address can send a year that is not one; the list is not filtered by it and says why, next to the field.
    [Fact]
    public async Task A_year_that_is_not_a_year_is_ignored_with_a_message_next_to_the_field()
    {
        var (status, html) = await fixture.App.GetPageAsync("/?year=20x5");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([A, B, D, C], Names(html));
        Assert.Matches("<span class=\"field-error\" id=\"year-error\">Kentän ”Vuosi” pitää olla vuosi", html);
        Assert.Contains("aria-describedby=\"year-error\"", html);
    }

    [Fact]
    public async Task The_row_shows_regions_status_and_period_and_links_to_the_overview()
    {
        var (_, html) = await fixture.App.GetPageAsync("/?q=bussilla");

        var row = Regex.Match(html, "<tr>\\s*<th scope=\"row\">.*?</tr>", RegexOptions.Singleline).Value;
        Assert.Matches("<a href=\"/projects/\\d+\">Bussilla kotiin</a>", row);
        Assert.Contains("<td>Etelämaa, Pohjola</td>", row);
        Assert.Contains("<td>Luonnos</td>", row);
        Assert.Contains("<td>1.3.2026–30.6.2027</td>", row);
        Assert.Contains("<td class=\"num\">2</td>", row);
    }

    [Fact]
    public async Task The_list_is_Swedish_for_a_Swedish_reader()
    {
        var (_, html) = await fixture.App.GetPageAsync("/?lang=sv&status=closed");

        Assert.Contains("<h1>Projekt</h1>", html);
        Assert.Contains("Projekt: 1 (totalt 4)", html);
        Assert.Equal([C], Names(html));
    }

    [Fact]
    public async Task The_api_list_carries_status_regions_and_case_number()
    {
        var (status, body) = await fixture.App.GetAsync("/api/projects");
        using var json = JsonDocument.Parse(body);

        Assert.Equal(HttpStatusCode.OK, status);
        // A page of the list (docs/api.md): the projects are its items.
        var c = json.RootElement.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("name").GetString() == C);
        Assert.Equal("closed", c.GetProperty("status").GetString());
        Assert.Equal(["Etelämaa"], c.GetProperty("regions").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("STM/7/2022", c.GetProperty("caseNumber").GetString());
        Assert.Equal(4, json.RootElement.GetProperty("total").GetInt32());
    }
}

/// <summary>A database without projects: the list says so and offers the import instead of an empty form.</summary>
public sealed class EmptyProjectListTests
{
    [Fact]
    public async Task An_empty_database_shows_a_message_and_the_way_to_import()
    {
        using var data = new TempDataFolder();
        await Migrator.MigrateAsync(data.Settings);
        await using var app = await RunningApp.StartAsync(data.Settings);
        // The app stores the demo on an empty database at start; take it away again to see the empty list.
        await using (var db = HankevahtiDb.Create(data.Settings))
        {
            db.Projects.RemoveRange(db.Projects);
            await db.SaveChangesAsync();
        }

        var (status, html) = await app.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Tietokannassa ei ole vielä yhtään hanketta.", html);
        Assert.Contains("<a href=\"/import\">Tuo ensimmäinen hankesuunnitelma</a>", html);
        Assert.DoesNotContain("<form method=\"get\"", html);
    }
}
