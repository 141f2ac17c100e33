using Hankevahti.Limits;
using System.Net;
using System.Text.RegularExpressions;
using Hankevahti.Demo;
using Hankevahti.Json;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Web.Projects;

/// <summary>Posting the key facts form as a browser does: with the antiforgery token of the page and its cookie.</summary>
internal static class FactsForm
{
    public static Dictionary<string, string> DemoValues(int baseVersion = 1)
    {
        var p = DemoPlan.Load().Project;
        return new()
        {
            ["BaseVersion"] = baseVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Name"] = p.Name,
            ["Input.ShortName"] = p.ShortName!,
            ["Input.ProgrammeKey"] = p.Programme!.Key,
            ["Input.ProgrammeName"] = p.Programme.Name,
            ["Input.Call"] = p.Programme.Call!,
            ["Input.Regions"] = string.Join("\n", p.Regions),
            ["Input.PeriodStart"] = "1.1.2026",
            ["Input.PeriodEnd"] = "31.12.2027",
            ["Input.Status"] = "running",
            ["Input.CaseNumber"] = p.CaseNumber!,
        };
    }

    public static async Task<HttpResponseMessage> PostAsync(RunningApp app, int id, IDictionary<string, string> values, bool withToken = true)
    {
        using var page = await app.Http.GetAsync($"/projects/{id}/facts?edit=1");
        var html = await page.Content.ReadAsStringAsync();
        var facts = html[html.IndexOf("class=\"edit facts-form\"", StringComparison.Ordinal)..];
        var token = Regex.Match(facts, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var cookie = page.Headers.GetValues("Set-Cookie").First(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)).Split(';')[0];
        var form = new Dictionary<string, string>(values);
        if (withToken)
        {
            form["__RequestVerificationToken"] = token;
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/projects/{id}/facts") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("Cookie", cookie);
        return await app.Http.SendAsync(request);
    }

    public static async Task<int> VersionCountAsync(TempDataFolder data, int id)
    {
        await using var db = HankevahtiDb.Create(data.Settings);
        return await db.PlanVersions.CountAsync(v => v.ProjectId == id);
    }
}

/// <summary>The key facts form refuses what does not read, says why next to the field, and keeps what was typed.</summary>
public sealed class FactsValidationTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private const int DemoId = 1;

    public static TheoryData<string, string, string, string> Invalid => new()
    {
        // The name is required.
        { "Input.Name", "", "Input_Name", "Kenttä ”Hankkeen nimi” on pakollinen." },
        // Spaces alone are no name either.
        { "Input.Name", "   ", "Input_Name", "Kenttä ”Hankkeen nimi” on pakollinen." },
        // A name longer than any real one is refused, not cut (a title: FieldLimits' Text.Title).
        { "Input.Name", new string('n', 501), "Input_Name", "Kenttä ”Hankkeen nimi” saa olla enintään 500 merkkiä." },
        // A short name is short (a code: Text.Code).
        { "Input.ShortName", new string('s', 51), "Input_ShortName", "Kenttä ”Lyhenne” saa olla enintään 50 merkkiä." },
        // A day that February does not have.
        { "Input.PeriodStart", "31.2.2026", "Input_PeriodStart", "Kentän ”Alkamispäivä” pitää olla päivämäärä muodossa p.k.vvvv" },
        // Words are not a date.
        { "Input.PeriodEnd", "ensi vuonna", "Input_PeriodEnd", "Kentän ”Päättymispäivä” pitää olla päivämäärä muodossa p.k.vvvv" },
        // The end before the start (1.1.2026 in the form).
        { "Input.PeriodEnd", "31.12.2025", "Input_PeriodEnd", "Päättymispäivä ei voi olla ennen alkamispäivää." },
        // A status the model does not have.
        { "Input.Status", "paused", "Input_Status", "Valitse tila luettelosta." },
        // A programme key with no profile (and not the plan's own).
        { "Input.ProgrammeKey", "no-such-programme", "Input_ProgrammeKey", "Valitse ohjelma luettelosta." },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task An_invalid_value_is_shown_back_with_its_message_next_to_the_field_and_nothing_is_saved(string field, string value, string id, string message)
    {
        var values = FactsForm.DemoValues();
        values[field] = value;

        using var response = await FactsForm.PostAsync(fixture.App, DemoId, values);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches($"id=\"{id}-error\"[^>]*>{Regex.Escape(message)}", html);
        Assert.Contains("Lomakkeessa on virheitä", html);
        var input = Regex.Match(html, $"<(input|select|textarea)[^>]*id=\"{id}\"[^>]*>").Value;
        Assert.Contains("aria-invalid=\"true\"", input);
        Assert.Contains($"{id}-error", Regex.Match(input, "aria-describedby=\"([^\"]*)\"").Groups[1].Value);
        if (input.StartsWith("<input", StringComparison.Ordinal))
        {
            // What was typed stays in the field, to be corrected rather than typed again.
            Assert.Contains($"value=\"{value}\"", input);
        }
        // The rest of the form keeps its values too.
        Assert.Contains($"value=\"{values["Input.CaseNumber"]}\"", html);
        Assert.Equal(1, await FactsForm.VersionCountAsync(fixture.Data, DemoId));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var response = await FactsForm.PostAsync(fixture.App, DemoId, FactsForm.DemoValues(), withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, await FactsForm.VersionCountAsync(fixture.Data, DemoId));
    }

    [Fact]
    public async Task The_page_reads_the_facts_and_the_edit_link_opens_the_form()
    {
        var (status, html) = await fixture.App.GetPageAsync($"/projects/{DemoId}/facts");
        var (_, form) = await fixture.App.GetPageAsync($"/projects/{DemoId}/facts?edit=1");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1>Perustiedot</h1>", html);
        Assert.Contains("<dd data-field=\"caseNumber\">VN/4821/2025</dd>", html);
        Assert.Contains($"href=\"/projects/{DemoId}/facts?edit=1#project\"", html);
        Assert.DoesNotContain("<form method=\"post\" action=\"/projects/1/facts", html);
        Assert.Contains($"<form method=\"post\" action=\"/projects/{DemoId}/facts#project\"", form);
        // The form carries its own antiforgery token (an explicit action gets none unless asked for).
        Assert.Matches("<form method=\"post\" action=\"/projects/1/facts#project\"(?:(?!</form>).)*name=\"__RequestVerificationToken\"", form.ReplaceLineEndings(" "));
        Assert.Contains("<option value=\"running\" selected=\"selected\">", form);
        Assert.Contains("<option value=\"rrf\">", form);
        Assert.Contains($"<a href=\"/projects/{DemoId}/facts\" aria-current=\"page\">Perustiedot</a>", form);
        // Every input has its label.
        foreach (var inputId in Regex.Matches(form, "<(?:input|select|textarea) [^>]*id=\"(Input_[A-Za-z]+)\"").Select(m => m.Groups[1].Value))
        {
            Assert.Contains($"<label for=\"{inputId}\">", form);
        }
    }
}

/// <summary>Saving the key facts makes the plan's next version; each test on a database of its own.</summary>
public sealed class FactsSaveTests
{
    private static async Task<Plan> LatestAsync(TempDataFolder data, int id)
    {
        await using var db = HankevahtiDb.Create(data.Settings);
        return (await db.LatestPlanAsync(id))!.Plan!;
    }

    [Fact]
    public async Task A_valid_save_makes_the_next_version_with_the_new_facts_and_leaves_the_rest_of_the_plan()
    {
        using var data = new TempDataFolder();
        await using var app = await RunningApp.StartAsync(data.Settings);
        var values = FactsForm.DemoValues();
        values["Input.Name"] = "Uusi nimi";
        values["Input.ShortName"] = "UN";
        values["Input.ProgrammeKey"] = "rrf";
        values["Input.ProgrammeName"] = "";
        values["Input.Call"] = "";
        values["Input.Regions"] = "Pohjola, Etelämaa\nItämaa\n\nPohjola";
        values["Input.PeriodStart"] = "2026-02-01";
        values["Input.PeriodEnd"] = " 30.6.2028 ";
        // Not "approved": that comes only from the approval of versions (ApprovalBrowserTests).
        values["Input.Status"] = "closed";
        values["Input.CaseNumber"] = "";

        using var response = await FactsForm.PostAsync(app, 1, values);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/projects/1/facts#project", response.Headers.Location!.OriginalString);
        var plan = await LatestAsync(data, 1);
        var p = plan.Project;
        Assert.Equal("Uusi nimi", p.Name);
        Assert.Equal("UN", p.ShortName);
        // A profile chosen with no name of its own takes the profile's name.
        Assert.Equal("rrf", p.Programme!.Key);
        Assert.Equal("Suomen kestävän kasvun ohjelma (RRF)", p.Programme.Name);
        Assert.Null(p.Programme.Call);
        // What else the programme had is kept.
        Assert.Equal(DemoPlan.Load().Project.Programme!.Funder, p.Programme.Funder);
        Assert.Equal(["Pohjola", "Etelämaa", "Itämaa"], p.Regions);
        Assert.Equal(new DateOnly(2026, 2, 1), p.Period!.Start);
        Assert.Equal(new DateOnly(2028, 6, 30), p.Period.End);
        // The plan's own wording described the old dates.
        Assert.Null(p.Period.Text);
        Assert.Equal(ProjectStatus.Closed, p.Status);
        Assert.Null(p.CaseNumber);
        var demo = DemoPlan.Load();
        Assert.Equal(PlanJson.Serialize(demo with { Project = p }), PlanJson.Serialize(plan));

        await using var db = HankevahtiDb.Create(data.Settings);
        var version = await db.LatestVersionAsync(1);
        Assert.Equal(2, version!.Number);
        Assert.Equal("edit", version.Origin);
        Assert.Equal("Perustietoja muokattu", version.Note);
        // The list's columns follow.
        var row = await db.Projects.SingleAsync(r => r.Id == 1);
        Assert.Equal("closed", row.Status);
        Assert.Equal(["Pohjola", "Etelämaa", "Itämaa"], row.RegionList());
        var (_, list) = await app.GetPageAsync("/?status=closed&region=It%C3%A4maa");
        Assert.Contains("<a href=\"/projects/1\">Uusi nimi</a>", list);
    }

    [Fact]
    public async Task Unchanged_dates_keep_the_plans_wording_and_a_free_programme_name_needs_no_profile()
    {
        using var data = new TempDataFolder();
        await using var app = await RunningApp.StartAsync(data.Settings);
        var values = FactsForm.DemoValues();
        values["Input.ProgrammeKey"] = "";
        values["Input.ProgrammeName"] = "Oma ohjelma";

        using var response = await FactsForm.PostAsync(app, 1, values);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var p = (await LatestAsync(data, 1)).Project;
        Assert.Equal("1.1.2026–31.12.2027", p.Period!.Text);
        Assert.Equal("", p.Programme!.Key);
        Assert.Equal("Oma ohjelma", p.Programme.Name);
    }

    // Someone saved in between: the form made on version 1 must not overwrite version 2.
    [Fact]
    public async Task A_save_on_an_old_version_is_refused_with_the_input_kept()
    {
        using var data = new TempDataFolder();
        await using var app = await RunningApp.StartAsync(data.Settings);
        var first = FactsForm.DemoValues();
        first["Input.CaseNumber"] = "ENSIN/1";
        using (var saved = await FactsForm.PostAsync(app, 1, first))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        var second = FactsForm.DemoValues(baseVersion: 1);
        second["Input.CaseNumber"] = "TOINEN/2";

        using var response = await FactsForm.PostAsync(app, 1, second);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Suunnitelmaa on muutettu sillä välin (nyt versio 2)", html);
        // What the other save changed, as the diff of the versions: the case number, before and after.
        var meanwhile = html[html.IndexOf("Muutokset, jotka tehtiin sillä välin (versiosta 1 versioon 2)", StringComparison.Ordinal)..];
        meanwhile = meanwhile[..meanwhile.IndexOf("</details>", StringComparison.Ordinal)];
        Assert.Contains("<code>caseNumber</code>", meanwhile);
        Assert.Contains("ENSIN/1", meanwhile);
        Assert.Contains("value=\"TOINEN/2\"", html);
        // The next save is made on the version now shown.
        Assert.Contains("name=\"BaseVersion\" value=\"2\"", html);
        Assert.Equal(2, await FactsForm.VersionCountAsync(data, 1));
        Assert.Equal("ENSIN/1", (await LatestAsync(data, 1)).Project.CaseNumber);
    }
}
