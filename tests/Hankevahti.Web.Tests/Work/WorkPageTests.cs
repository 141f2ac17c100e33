using System.Net;
using System.Text.RegularExpressions;
using Hankevahti.Demo;
using Hankevahti.Import;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Plans;
using Hankevahti.Web.Plans.Work;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Work;

/// <summary>
/// The work page over HTTP: the tree and the chart of the demo plan, the forms' messages with the
/// user's input kept, the confirm step of a delete, and real imported plans.
/// </summary>
public sealed partial class WorkPageTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private const string Page = "/projects/1/work";

    [Fact]
    public async Task The_demo_tree_shows_every_part_and_action_at_its_anchor_with_the_chart_and_its_table()
    {
        var (status, html) = await fixture.App.GetAsync(Page);

        Assert.Equal(HttpStatusCode.OK, status);
        var demo = DemoPlan.Load();
        foreach (var (place, part, _) in WorkTree.Walk(demo.Work))
        {
            Assert.Contains($"<li id=\"{PlanParts.Anchor(place.Path)}\" class=\"work-part\">", html);
            for (var i = 0; i < part.Actions.Count; i++)
            {
                Assert.Contains($"<li id=\"{PlanParts.Anchor(place.ActionPath(i))}\" class=\"work-action\">", html);
            }
        }
        // The chart is an image for screen readers with a title and a description, and every dated period is a bar with its own title.
        Assert.Contains("role=\"img\" aria-labelledby=\"gantt-title gantt-desc\"", html);
        Assert.Contains("<desc id=\"gantt-desc\">", html);
        var periods = WorkTree.Walk(demo.Work).SelectMany(p => p.Part.Actions).SelectMany(a => a.Schedule.Periods).Count(GanttChart.Drawable);
        Assert.Equal(periods, BarPattern().Matches(html).Count);
        // A two-year project is drawn in months unless asked otherwise.
        Assert.Contains("data-scale=\"months\"", html);
        Assert.Contains("<caption>Toimenpiteiden jaksot taulukkona</caption>", html);
        // The action whose schedule was lost is listed as unscheduled, linked to its place.
        Assert.Contains("Ajoittamattomat toimenpiteet (1)", html);
        Assert.Contains("href=\"#work-0-children-1-children-0-actions-1\"", html);
        // No style attributes (the Content-Security-Policy forbids them).
        Assert.DoesNotContain(" style=", html);
    }

    [Fact]
    public async Task The_scale_switch_draws_quarters()
    {
        var (_, html) = await fixture.App.GetAsync(Page + "?scale=quarters");

        Assert.Contains("data-scale=\"quarters\"", html);
        Assert.Contains(">Q3</text>", html);
        Assert.Contains("aria-current=\"true\">vuosineljänneksittäin</a>", html);
    }

    [Fact]
    public async Task Each_part_and_action_shows_its_own_findings()
    {
        var (_, html) = await fixture.App.GetAsync(Page);

        // The demo's lost schedule gives a finding about that action: it is shown inside the action's item.
        var item = Regex.Match(html, "<li id=\"work-0-children-1-children-0-actions-1\".*?</li>\\s*</ul>", RegexOptions.Singleline).Value;
        Assert.Contains("data-code=\"HV-SCHED-002\"", item);
    }

    [Fact]
    public async Task A_taken_code_is_refused_next_to_the_field_and_the_input_is_kept()
    {
        var form = await FormAsync(Page + "?edit=" + Uri.EscapeDataString("work[0].children[0]"));
        var versions = await VersionsAsync(fixture.Data);

        var (status, html) = await PostAsync(fixture.App, "EditPart", form,
            ("Input.Target", "work[0].children[0]"), ("Input.Code", "1.1"), ("Input.Kind", "Investment"),
            ("Input.Title", "Uusi <b>nimi</b>"), ("Input.Responsible", "Joku"), ("Input.Parent", "work[0]"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<span class=\"field-error\" id=\"part-code-error\">Tunnus ”1.1” on jo toisella osalla. Anna osalle oma tunnus.</span>", html);
        Assert.Contains("id=\"part-code\" name=\"Input.Code\" value=\"1.1\" aria-describedby=\"part-code-help part-code-error part-code-limit\" aria-invalid=\"true\"", html);
        // The rest of the input is kept as typed, as text.
        Assert.Contains("value=\"Uusi &lt;b&gt;nimi&lt;/b&gt;\"", html);
        Assert.Contains("value=\"Joku\"", html);
        Assert.Contains("class=\"error-summary\"", html);
        // The top of the page links to the field with the message.
        Assert.Contains("<li><a href=\"#part-code\">Tunnus ”1.1” on jo toisella osalla.", html);
        Assert.Equal(versions, await VersionsAsync(fixture.Data));
    }

    [Fact]
    public async Task An_empty_code_and_title_are_refused_when_adding_a_part()
    {
        var form = await FormAsync(Page + "?add=" + Uri.EscapeDataString("work[1]"));

        var (status, html) = await PostAsync(fixture.App, "AddPart", form,
            ("Input.Target", "work[1]"), ("Input.Code", "  "), ("Input.Kind", "WorkPackage"), ("Input.Title", ""), ("Input.Description", "Kuvaus jää"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("id=\"part-code-error\">Kenttä ”Tunnus” on pakollinen.</span>", html);
        Assert.Contains("id=\"part-title-error\">Kenttä ”Nimi” on pakollinen.</span>", html);
        Assert.Contains(">Kuvaus jää</textarea>", html);
        Assert.Contains("<option value=\"WorkPackage\" selected=\"selected\">", html);
    }

    [Fact]
    public async Task Bad_dates_and_an_end_before_the_start_are_refused_with_the_dates_kept()
    {
        var form = await FormAsync(Page + "?addAction=" + Uri.EscapeDataString("work[1]"));

        var (status, html) = await PostAsync(fixture.App, "AddAction", form,
            ("Act.Target", "work[1]"), ("Act.Code", "H.9"), ("Act.Title", "Testi"), ("Act.Status", "Known"),
            ("Act.Periods[0].Label", "kevät"), ("Act.Periods[0].Start", "31.2.2026"), ("Act.Periods[0].End", "1.3.2026"),
            ("Act.Periods[1].Start", "1.6.2026"), ("Act.Periods[1].End", "1.5.2026"),
            ("Act.Periods[2].Start", ""), ("Act.Periods[2].End", ""));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("id=\"period-0-start-error\">Kentän ”Jakso 1: Alkaa” pitää olla päivämäärä muodossa p.k.vvvv, esimerkiksi 21.6.2021.</span>", html);
        Assert.Contains("id=\"period-1-end-error\">Jakson 2 päättymispäivä on ennen alkamispäivää. Tarkista päivämäärät.</span>", html);
        Assert.Contains("value=\"31.2.2026\"", html);
        Assert.Contains("<a href=\"#period-0-start\">", html);
        Assert.Contains("<a href=\"#period-1-end\">", html);
        Assert.Contains("value=\"kevät\"", html);
        // The empty third row stays for a new period; no fourth appears.
        Assert.Contains("id=\"period-2-start\"", html);
        Assert.DoesNotContain("id=\"period-3-start\"", html);
    }

    [Fact]
    public async Task A_part_cannot_be_moved_under_its_own_sub_part()
    {
        var form = await FormAsync(Page + "?edit=" + Uri.EscapeDataString("work[0]"));
        // The form offers no such place ...
        Assert.DoesNotContain("<option value=\"work[0].children[0]\"", form.Html);
        Assert.Contains("<option value=\"work[1]\"", form.Html);

        // ... and a crafted post is refused with a message at the field.
        var (status, html) = await PostAsync(fixture.App, "EditPart", form,
            ("Input.Target", "work[0]"), ("Input.Code", "P4"), ("Input.Kind", "Pillar"), ("Input.Title", "Pilari"), ("Input.Parent", "work[0].children[0]"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("id=\"part-parent-error\">Osaa ei voi siirtää itsensä tai omien alaosiensa alle. Valitse toinen paikka.</span>", html);
    }

    [Fact]
    public async Task Saving_adds_a_version_and_deleting_a_part_with_content_asks_first()
    {
        using var data = new TempDataFolder();
        await using var app = await RunningApp.StartAsync(data.Settings);

        // A new top-level part is saved as version 2 and the page returns to it.
        var form = await FormAsync(Page + "?add=work", app);
        using (var saved = await PostRawAsync(app, "AddPart", form, ("Input.Target", "work"), ("Input.Code", "X1"), ("Input.Kind", "Part"), ("Input.Title", "Uusi osa")))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Equal(Page + "#work-2", saved.Headers.Location?.OriginalString);
        }
        var (_, html) = await app.GetAsync(Page);
        Assert.Contains("Versio 2", html);
        Assert.Contains("<li id=\"work-2\" class=\"work-part\">", html);

        // The part H has an action and a sub-part: the first delete only asks.
        form = await FormAsync(Page, app);
        using (var asked = await PostRawAsync(app, "DeletePart", form, ("path", "work[1]")))
        {
            Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
            Assert.Equal(Page + "?delete=work%5B1%5D#work-1", asked.Headers.Location?.OriginalString);
        }
        form = await FormAsync(Page + "?delete=work%5B1%5D", app);
        Assert.Contains("Poistetaanko osa H Hankkeen hallinnointi ja arviointi?", form.Html);
        Assert.Contains("Osan mukana poistuvat sen alaosat (1) ja toimenpiteet (2).", form.Html);
        Assert.Equal(2, await VersionsAsync(data));

        using (var deleted = await PostRawAsync(app, "DeletePart", form, ("path", "work[1]"), ("confirmed", "true")))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }
        (_, html) = await app.GetAsync(Page);
        Assert.Contains("Versio 3", html);
        Assert.DoesNotContain("Hankkeen hallinnointi ja arviointi", html);
        // The new part moved up into H's place.
        Assert.Contains("<li id=\"work-1\" class=\"work-part\">\n            <h3 class=\"part-title\"><span class=\"code\">X1</span>", html.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_form_made_on_an_older_version_is_not_applied()
    {
        using var data = new TempDataFolder();
        await using var app = await RunningApp.StartAsync(data.Settings);
        var old = await FormAsync(Page, app);
        using (var first = await PostRawAsync(app, "MovePart", old, ("path", "work[1]"), ("direction", "up")))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        // The same move again on the version the form was made on: refused with the conflict message.
        var (status, html) = await PostAsync(app, "MovePart", old, ("path", "work[1]"), ("direction", "up"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Suunnitelmaa on muutettu sillä välin (nyt versio 2).", html);
        Assert.Equal(2, await VersionsAsync(data));
    }

    public static TheoryData<string> Seeds => new() { "001_6d6c3ec0957ecc99.txt", "004_fa70939ff779b7af.txt" };

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task An_imported_real_plan_shows_its_whole_tree(string seed)
    {
        var plan = PlanImporter.ImportFile(Path.Combine(SeedFiles.Folder, seed)).Plan!;
        using var data = new TempDataFolder();
        var id = await data.StoreAsync(plan);
        await using var app = await RunningApp.StartAsync(data.Settings);

        var (status, html) = await app.GetPageAsync($"/projects/{id}/work");

        Assert.Equal(HttpStatusCode.OK, status);
        var parts = WorkTree.Walk(plan.Work).ToList();
        Assert.NotEmpty(parts);
        foreach (var (place, part, _) in parts)
        {
            Assert.Contains($"<li id=\"{PlanParts.Anchor(place.Path)}\" class=\"work-part\">", html);
            Assert.Contains($"<span class=\"code\">{part.Code}</span>", html);
        }
        var actions = parts.Sum(p => p.Part.Actions.Count);
        Assert.Contains($"Osia {parts.Count}, toimenpiteitä {actions}.", html);
        // These plans give no dated periods: nothing is drawn, and every action is listed as unscheduled.
        var chart = GanttChart.Build(plan, DateOnly.FromDateTime(DateTime.Today));
        Assert.True(chart.IsEmpty);
        Assert.Contains("Yhdelläkään toimenpiteellä ei ole jaksoa", html);
        Assert.Contains($"Ajoittamattomat toimenpiteet ({actions})", html);
    }

    // --- Posting forms as a browser does: the antiforgery cookie and token from the page, and the version the form was made on.

    private sealed record Form(string Html, string Token, string Cookie, string Version);

    private Task<Form> FormAsync(string path) => FormAsync(path, fixture.App);

    private static async Task<Form> FormAsync(string path, RunningApp app)
    {
        using var response = await app.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var cookie = response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        var token = TokenPattern().Match(html).Groups[1].Value;
        var version = VersionPattern().Match(html).Groups[1].Value;
        return new Form(WebUtility.HtmlDecode(html), token, cookie, version);
    }

    private static async Task<HttpResponseMessage> PostRawAsync(RunningApp app, string handler, Form form, params (string Name, string Value)[] fields)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Page}?handler={handler}")
        {
            Content = new FormUrlEncodedContent(
                [new("__RequestVerificationToken", form.Token), new("BaseVersion", form.Version), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]),
        };
        request.Headers.Add("Cookie", form.Cookie);
        return await app.Http.SendAsync(request);
    }

    private static async Task<(HttpStatusCode Status, string Html)> PostAsync(RunningApp app, string handler, Form form, params (string Name, string Value)[] fields)
    {
        using var response = await PostRawAsync(app, handler, form, fields);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<int> VersionsAsync(TempDataFolder data)
    {
        await using var db = HankevahtiDb.Create(data.Settings);
        return await db.PlanVersions.CountAsync(v => v.ProjectId == 1);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"BaseVersion\" value=\"(\\d+)\"")]
    private static partial Regex VersionPattern();

    [GeneratedRegex("<rect class=\"bar\" [^>]*><title>")]
    private static partial Regex BarPattern();
}
