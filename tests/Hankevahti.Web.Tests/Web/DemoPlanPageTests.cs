using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hankevahti.Demo;
using Hankevahti.Figures;
using Hankevahti.Json;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Web;

/// <summary>The app on a fresh database: the demo project in the list, on its page and through the API.</summary>
public sealed class DemoPlanPageTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private readonly RunningApp app = fixture.App;
    private static readonly Plan Demo = DemoPlan.Load();

    private async Task<int> DemoIdAsync()
    {
        await using var db = HankevahtiDb.Create(fixture.Data.Settings);
        return await db.Projects.Where(p => p.Name == Demo.Project.Name).Select(p => p.Id).SingleAsync();
    }

    [Fact]
    public async Task Front_page_lists_the_demo_project_with_programme_period_and_link()
    {
        var id = await DemoIdAsync();
        var (status, html) = await app.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(Demo.Project.Name, html);
        Assert.Contains(Demo.Project.Programme!.Name, html);
        Assert.Contains("1.1.2026–31.12.2027", html);
        Assert.Contains($"href=\"/projects/{id}\"", html);
    }

    [Fact]
    public async Task Project_page_shows_name_risks_and_budget_total_in_Finnish_format()
    {
        var (status, html) = await app.GetPageAsync($"/projects/{await DemoIdAsync()}/plan");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"<h1>{Demo.Project.Name}</h1>", html);
        Assert.All(Demo.Risks, risk => Assert.Contains(risk.Title, html));
        // 1 336 000 € planned in all: group separator a no-break space, decimal comma, euro sign after.
        Assert.Equal(1_336_000m, PlanFigures.Total(Demo.Budget));
        Assert.Contains("1\u00A0336\u00A0000,00 €", html);
        // Own funding 20 % and grant 80 % of it, derived from the shares.
        Assert.Contains("267\u00A0200,00 €", html);
        Assert.Contains("1\u00A0068\u00A0800,00 €", html);
    }

    [Fact]
    public async Task Project_page_shows_every_part_of_the_plan()
    {
        var (_, html) = await app.GetPageAsync($"/projects/{await DemoIdAsync()}/plan");

        foreach (var heading in new[]
        {
            "Hankkeen tiedot", "Versiohistoria", "Suunnitelman luvut", "Tarpeet", "Kohderyhmät", "Tavoitteet ja mittarit",
            "Työn rakenne, toimenpiteet ja aikataulu", "Tuotokset, tulokset ja vaikutukset", "Mittarit", "Organisaatiot ja roolit",
            "Hallinto ja ohjaus", "Resurssit", "Kustannusarvio ja rahoitus", "Viestintäsuunnitelma", "Seuranta ja arviointi",
            "Rajapinnat muihin hankkeisiin", "Riskit",
        })
        {
            Assert.Matches($"<h2 id=\"[^\"]+\">{Regex.Escape(heading)}</h2>", html);
        }
        // A sample of each part's content, down to the nested ones.
        Assert.All(Demo.Versions, v => Assert.Contains(v.Description!, html));
        Assert.All(Demo.Needs, n => Assert.Contains(n.Title, html));
        Assert.All(Demo.TargetGroups, g => Assert.Contains(g.Name, html));
        Assert.All(Demo.Indicators, i => Assert.Contains(i.Name, html));
        Assert.All(PlanFigures.Parts(Demo), p => Assert.Contains(p.Title, html));
        Assert.All(PlanFigures.Actions(Demo), a => Assert.Contains(a.Action.Title, html));
        Assert.All(Demo.Outcomes, o => Assert.Contains(o.Title, html));
        Assert.All(Demo.Organisations, o => Assert.Contains(o.Name, html));
        Assert.All(Demo.Governance.SelectMany(b => b.Members), m => Assert.Contains(m.Name!, html));
        Assert.All(Demo.Resources, r => Assert.Contains(r.PersonOrRole, html));
        Assert.All(Demo.Budget.Lines, l => Assert.Contains(l.Label!, html));
        Assert.All(Demo.Communication!.MainMessages, m => Assert.Contains(m, html));
        Assert.Contains(Demo.Monitoring!.Evaluator!, html);
        Assert.All(Demo.RelatedProjects, r => Assert.Contains(r.Name, html));
        // The grant transfer to the co-implementer, in euros.
        Assert.Contains("136\u00A0800,00 €", html);
    }

    [Fact]
    public async Task Section_text_keeps_its_paragraphs_and_nested_sections_get_lower_headings()
    {
        var (_, html) = await app.GetPageAsync($"/projects/{await DemoIdAsync()}/plan");
        var withParagraphs = Demo.Sections.First(s => s.Text.Contains("\n\n"));
        var paragraphs = withParagraphs.Text.Split("\n\n");
        var parent = Demo.Sections.First(s => s.Children.Count > 0);

        Assert.True(paragraphs.Length > 1);
        Assert.All(paragraphs, p => Assert.Contains($"<p>{p.Trim()}</p>", html));
        Assert.Contains($"<h3>{parent.Number} {parent.Title}</h3>", html);
        Assert.Contains($"<h4>{parent.Children[0].Number} {parent.Children[0].Title}</h4>", html);
    }

    [Fact]
    public async Task An_action_whose_schedule_was_lost_is_marked_unknown()
    {
        var lost = PlanFigures.Actions(Demo).Single(a => a.Action.Schedule.Status == ScheduleStatus.Unknown).Action;
        var (_, html) = await app.GetPageAsync($"/projects/{await DemoIdAsync()}/plan");

        var row = Regex.Match(html, $"<th scope=\"row\">{Regex.Escape(lost.Code)}</th>.*?</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"no row for action {lost.Code}");
        Assert.Contains("Aikataulu tuntematon", row.Value);
    }

    [Fact]
    public async Task Risks_show_wording_numbers_and_the_derived_score()
    {
        var (_, html) = await app.GetPageAsync($"/projects/{await DemoIdAsync()}/plan");
        var risk = Demo.Risks.First(r => r.Likelihood?.Min != r.Likelihood?.Max || r.Impact?.Min != r.Impact?.Max);
        var score = PlanFigures.Score(risk)!;

        var row = Regex.Match(html, $"<th scope=\"row\">{Regex.Escape(risk.Code!)} {Regex.Escape(risk.Title)}</th>.*?</tr>", RegexOptions.Singleline);
        Assert.True(row.Success);
        Assert.Contains(risk.Likelihood!.Text!, row.Value);
        Assert.Contains(risk.Impact!.Text!, row.Value);
        Assert.Contains($"{score.Min:0}–{score.Max:0}", row.Value);
    }

    [Fact]
    public async Task Whole_plan_in_Swedish_heads_the_risks_work_and_budget_tables_in_Swedish()
    {
        var (status, html) = await app.GetPageAsync($"/projects/{await DemoIdAsync()}/plan?lang=sv");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"sv\"", html);
        // Risks table: the column of the computed score.
        Assert.Contains(">Risktal (beräknat)</th>", html);
        Assert.DoesNotContain("Riskiluku (laskettu)", html);
        // Work tables: the caption of each part's actions and the action column.
        Assert.Contains(">Åtgärder: ", html);
        Assert.DoesNotContain(">Toimenpiteet: ", html);
        Assert.DoesNotContain(">Toimenpide</th>", html);
        // Budget: the heading of the computed sums.
        Assert.Contains(">Beräknade summor</h3>", html);
        Assert.DoesNotContain("Laskennalliset summat", html);
    }

    [Fact]
    public async Task Page_is_Finnish_has_a_skip_link_one_h1_no_skipped_heading_levels_and_scoped_table_headers()
    {
        var (_, html) = await app.GetPageAsync($"/projects/{await DemoIdAsync()}/plan");

        Assert.Contains("<html lang=\"fi\"", html);
        Assert.Matches("<a class=\"skip-link\" href=\"#sisalto\">", html);
        Assert.Contains("<main id=\"sisalto\"", html);
        var levels = Regex.Matches(html, "<h([1-6])[ >]").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(1, levels.Count(l => l == 1));
        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Count; i++)
        {
            Assert.True(levels[i] <= levels[i - 1] + 1, $"heading h{levels[i]} follows h{levels[i - 1]} (heading #{i + 1})");
        }
        var headers = Regex.Matches(html, @"<th\b[^>]*>").Select(m => m.Value).ToList();
        Assert.NotEmpty(headers);
        Assert.All(headers, th => Assert.Contains("scope=\"", th));
    }

    [Fact]
    public async Task Pages_carry_security_headers_and_load_nothing_from_elsewhere()
    {
        using var response = await app.Http.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("script-src 'self';", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        // The only script is the app's own enhancement file; nothing inline.
        Assert.All(System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*>"), m => Assert.StartsWith("<script src=\"/static/", m.Value));
    }

    [Theory]
    // An id that fits the route but has no project: the page's own NotFound.
    [InlineData("/projects/999999")]
    // Not a number: the route constraint does not match at all.
    [InlineData("/projects/abc")]
    // Larger than an int: must not be an overflow error (500).
    [InlineData("/projects/99999999999999999999")]
    // A path nothing serves.
    [InlineData("/no/such/page")]
    public async Task Unknown_pages_and_projects_are_a_friendly_404(string path)
    {
        var (status, html) = await app.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Sivua ei löytynyt", html);
        Assert.Contains("<html lang=\"fi\"", html);
    }

    // The status page reached by its address answers with the code it names and says it in words. It
    // takes the code from the route only: reading anything else of a failed request can fail again.
    [Theory]
    [InlineData(404, "Sivua ei löytynyt")]
    [InlineData(413, "Tiedosto on liian suuri")]
    // A code with no words of its own is named as a number, never as 0.
    [InlineData(418, "Palvelin vastasi koodilla 418.")]
    public async Task The_status_page_names_the_code_of_its_address(int code, string expected)
    {
        var (status, html) = await app.GetPageAsync($"/status/{code}");

        Assert.Equal(code, (int)status);
        Assert.Contains(expected, html);
    }

    [Fact]
    public async Task Api_lists_projects_as_json()
    {
        using var response = await app.Http.GetAsync("/api/projects");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var project = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(await DemoIdAsync(), project.GetProperty("id").GetInt32());
        Assert.Equal(Demo.Project.Name, project.GetProperty("name").GetString());
        Assert.Equal(Demo.Project.ShortName, project.GetProperty("shortName").GetString());
        Assert.Equal("2026-01-01", project.GetProperty("periodStart").GetString());
        Assert.Equal(1, project.GetProperty("versions").GetInt32());
    }

    [Fact]
    public async Task Api_returns_the_stored_plan_json_byte_for_byte()
    {
        using var response = await app.Http.GetAsync($"/api/projects/{await DemoIdAsync()}/plan");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(PlanJson.Serialize(Demo), body);
        Assert.Equal(DemoPlan.Json, body);
    }

    [Fact]
    public async Task Api_plan_of_an_unknown_project_is_404_json()
    {
        using var response = await app.Http.GetAsync("/api/projects/999999/plan");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        // Every error of the API is a problem (RFC 9457, docs/api.md).
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("no project with id 999999", body);
    }
}
