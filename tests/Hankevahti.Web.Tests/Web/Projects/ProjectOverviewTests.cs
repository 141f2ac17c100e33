using System.Net;
using System.Text.RegularExpressions;
using Hankevahti.Checks;
using Hankevahti.Demo;
using Hankevahti.Figures;
using Hankevahti.Json;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Plans;
using Hankevahti.Web.Projects;
using Hankevahti.Web.Shared;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Web.Projects;

/// <summary>The demo project's overview, findings page and JSON download, on an app of their own that nothing edits.</summary>
public sealed class ProjectOverviewTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private readonly RunningApp app = fixture.App;
    private static readonly Plan Demo = DemoPlan.Load();

    private async Task<int> DemoIdAsync()
    {
        await using var db = HankevahtiDb.Create(fixture.Data.Settings);
        return await db.Projects.Where(p => p.Name == Demo.Project.Name).Select(p => p.Id).SingleAsync();
    }

    private static string Section(string html, string headingId) =>
        Regex.Match(html, $"<section[^>]*aria-labelledby=\"{headingId}\">.*?</section>", RegexOptions.Singleline) is { Success: true } m
            ? m.Value
            : throw new Xunit.Sdk.XunitException($"no section labelled by {headingId}");

    [Fact]
    public async Task Overview_shows_the_key_facts()
    {
        var (status, html) = await app.GetPageAsync($"/projects/{await DemoIdAsync()}");
        var facts = Section(html, "tiedot-otsikko");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"<h1>{Demo.Project.Name}</h1>", html);
        foreach (var (term, value) in new[]
        {
            ("Lyhenne", Demo.Project.ShortName!),
            ("Rahoitusohjelma", Demo.Project.Programme!.Name),
            ("Haku", Demo.Project.Programme.Call!),
            ("Alueet", string.Join(", ", Demo.Project.Regions)),
            ("Tila", "Käynnissä"),
            ("Diaarinumero", Demo.Project.CaseNumber!),
            ("Toteutusaika", "1.1.2026–31.12.2027"),
        })
        {
            Assert.Matches($"<dt>{Regex.Escape(term)}</dt>\\s*<dd>{Regex.Escape(value)}</dd>", facts);
        }
    }

    // Planned, actual and forecast each with own funding and grant from the shares: the figures PlanFigures gives.
    [Fact]
    public async Task Overview_budget_totals_are_the_plans_figures_by_kind()
    {
        var (_, html) = await app.GetPageAsync($"/projects/{await DemoIdAsync()}");
        var budget = Section(html, "talous-otsikko");

        var kinds = Enum.GetValues<FigureKind>().Where(k => Demo.Budget.Lines.Any(l => l.Kind == k)).ToList();
        Assert.Equal([FigureKind.Planned, FigureKind.Actual, FigureKind.Forecast], kinds);
        foreach (var kind in kinds)
        {
            var row = Regex.Match(budget, $"<tr data-kind=\"{kind.ToString().ToLowerInvariant()}\">.*?</tr>", RegexOptions.Singleline).Value;
            var cells = Regex.Matches(row, "<td class=\"num\">([^<]*)</td>").Select(m => m.Groups[1].Value).ToList();
            Assert.Equal([Fi.Money(PlanFigures.Total(Demo.Budget, kind)), Fi.Money(PlanFigures.OwnFunding(Demo.Budget, kind)), Fi.Money(PlanFigures.Grant(Demo.Budget, kind))], cells);
        }
        // The planned figures written out, so that a change in the formats shows here too.
        Assert.Contains("1\u00A0336\u00A0000,00 €", budget);
        Assert.Contains("267\u00A0200,00 €", budget);
        Assert.Contains("1\u00A0068\u00A0800,00 €", budget);
        Assert.Contains("Omarahoitusosuus 20\u00A0%, valtionavustusosuus 80\u00A0%.", budget);
    }

    [Fact]
    public async Task Overview_counts_the_findings_by_severity_and_links_to_them()
    {
        var id = await DemoIdAsync();
        var (_, html) = await app.GetPageAsync($"/projects/{id}");
        var findings = Section(html, "havainnot-otsikko");
        var report = PlanChecker.Check(Demo);

        foreach (var (severity, count, label) in new[] { ("error", report.Errors, "Virheet"), ("warning", report.Warnings, "Varoitukset"), ("info", report.Infos, "Huomiot") })
        {
            Assert.Contains($"<a href=\"/projects/{id}/findings?severity={severity}\"><span class=\"count\">{count}</span> {label}</a>", findings);
        }
        Assert.Contains($"href=\"/projects/{id}/findings\"", findings);
    }

    [Fact]
    public async Task Overview_lists_organisations_with_roles_and_the_versions_with_the_current_one()
    {
        var id = await DemoIdAsync();
        var (_, html) = await app.GetPageAsync($"/projects/{id}");
        var organisations = Section(html, "organisaatiot-otsikko");
        var versions = Section(html, "versiot-otsikko");

        var lead = Demo.Organisations.First(o => o.Roles.Contains(OrganisationRole.LeadApplicant));
        Assert.Matches($"<strong>{Regex.Escape(lead.Name)}</strong>[^<]*Päähakija", organisations);
        Assert.Equal(Demo.Organisations.Count, Regex.Matches(organisations, "<li>").Count);
        Assert.Contains("Nykyinen versio 1, tallennettu ", versions);
        Assert.Matches("<th scope=\"row\" class=\"num\">1</th>\\s*<td>[^<]+</td>\\s*<td>esimerkkiaineisto</td>", versions);
        Assert.Contains($"<a class=\"button secondary\" href=\"/projects/{id}/plan.json\" download>", versions);
    }

    [Fact]
    public async Task Overview_links_every_part_page_and_marks_itself_current()
    {
        var id = await DemoIdAsync();
        var (_, html) = await app.GetPageAsync($"/projects/{id}");
        var nav = Regex.Match(html, "<nav class=\"parts\".*?</nav>", RegexOptions.Singleline).Value;

        Assert.All(PlanParts.All, part => Assert.Contains($"href=\"{part.Url(id)}\"", nav));
        Assert.Contains($"<a href=\"/projects/{id}\" aria-current=\"page\">Yleiskuva</a>", nav);
        Assert.Contains($"href=\"/projects/{id}/plan\"", nav);
        Assert.Contains($"href=\"/projects/{id}/findings\"", nav);
    }

    [Fact]
    public async Task Download_is_the_stored_json_as_an_attachment_named_by_the_short_name()
    {
        var id = await DemoIdAsync();
        using var response = await app.Http.GetAsync($"/projects/{id}/plan.json");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("SUPA-v1.json", disposition.FileName);
        var read = PlanJson.Deserialize(body);
        Assert.Null(read.Error);
        Assert.Equal(Demo.Project.Name, read.Plan!.Project.Name);
        // Byte for byte what is stored.
        Assert.Equal(DemoPlan.Json, body);
    }

    [Theory]
    // The overview.
    [InlineData("/projects/999999")]
    // The findings page.
    [InlineData("/projects/999999/findings")]
    // The key facts page.
    [InlineData("/projects/999999/facts")]
    // The whole plan.
    [InlineData("/projects/999999/plan")]
    // The download: the friendly page, not an empty file.
    [InlineData("/projects/999999/plan.json")]
    public async Task Pages_of_an_unknown_project_are_a_friendly_404(string path)
    {
        var (status, html) = await app.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Sivua ei löytynyt", html);
    }

    [Fact]
    public async Task Whole_plan_page_is_in_the_part_navigation_as_current_and_links_the_download()
    {
        var id = await DemoIdAsync();
        var (status, html) = await app.GetPageAsync($"/projects/{id}/plan");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"<a href=\"/projects/{id}/plan\" aria-current=\"page\">Koko suunnitelma</a>", html);
        Assert.Contains($"href=\"/projects/{id}/plan.json\" download>", html);
    }

    [Theory]
    // Finnish letters lose their dots; the space becomes a hyphen.
    [InlineData("Ääni Öljy", 5, 2, "Aani-Oljy-v2.json")]
    // No short name: the project's id.
    [InlineData(null, 7, 3, "hanke-7-v3.json")]
    // Nothing ASCII left: the id too.
    [InlineData("…", 8, 1, "hanke-8-v1.json")]
    // A path or quotes cannot get into the header or the file system.
    [InlineData("../etc/\"x\"", 1, 1, "etc-x-v1.json")]
    // Å and punctuation in the middle.
    [InlineData("Ålands/Hälsa 2026", 2, 4, "Alands-Halsa-2026-v4.json")]
    public void Download_file_names_are_plain_ascii(string? shortName, int id, int version, string expected) =>
        Assert.Equal(expected, PlanDownload.FileName(shortName, id, version));
}
