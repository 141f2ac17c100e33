using System.Net;
using System.Text.RegularExpressions;
using Hankevahti.Demo;
using Hankevahti.Json;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Versions;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Web.Versions;

/// <summary>Viewing, comparing and restoring stored versions: the demo project with two more versions saved on it.</summary>
public sealed class VersionPagesTests
{
    /// <summary>The app on a fresh database: version 1 the demo, 2 a budget line moved from part 1.1 to 2.1, 3 a risk renamed.</summary>
    private static async Task<(TempDataFolder Data, RunningApp App, BudgetLine Moved)> StartAsync()
    {
        var data = new TempDataFolder();
        var app = await RunningApp.StartAsync(data.Settings);
        await using var db = HankevahtiDb.Create(data.Settings);
        var plan = (await db.LatestPlanAsync(1))!.Plan!;
        var moved = plan.Budget.Lines.First(l => l.PartCode == "1.1");
        var second = PlanIds.Copy(plan);
        second.Budget.Lines[second.Budget.Lines.FindIndex(l => l.Id == moved.Id)] = moved with { PartCode = "2.1" };
        await db.AddVersionAsync(1, second, "edit");
        var third = PlanIds.Copy(second);
        third.Risks[0] = third.Risks[0] with { Title = "Kuvitteellinen uusi otsikko" };
        await db.AddVersionAsync(1, third, "edit");
        return (data, app, moved);
    }

    [Fact]
    public async Task Compare_shows_the_changed_items_with_before_and_after_and_the_money_move()
    {
        var (data, app, moved) = await StartAsync();
        using var _ = data;
        await using var __ = app;

        var (status, page) = await app.GetPageAsync("/projects/1/versions/compare?from=1&to=3");
        var html = WebUtility.HtmlDecode(page);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Versio 1 → versio 3", html);
        // The risk's title before and after, in a table of fields.
        Assert.Contains("<code>title</code>", html);
        Assert.Contains("Kuvitteellinen uusi otsikko", html);
        Assert.Contains("<code>partCode</code>", html);
        // The money move with its amount, between the parts by their own words.
        var amount = moved.Amount.ToString("C2", System.Globalization.CultureInfo.GetCultureInfo("fi-FI"));
        Assert.Contains($"{amount} siirretty: Työpaketti 1.1 → Työpaketti 2.1", html);
        // The form has the versions chosen.
        Assert.Matches("<select id=\"vertaa-from\" name=\"from\">(?:(?!</select>).)*<option value=\"1\" selected=\"selected\">", html.ReplaceLineEndings(" "));
    }

    [Fact]
    public async Task Compare_without_a_choice_is_the_newest_against_the_one_before_and_equal_versions_have_no_changes()
    {
        var (data, app, _) = await StartAsync();
        using var d = data;
        await using var a = app;

        var newest = WebUtility.HtmlDecode((await app.GetPageAsync("/projects/1/versions/compare")).Html);
        var same = WebUtility.HtmlDecode((await app.GetPageAsync("/projects/1/versions/compare?from=2&to=2")).Html);
        var (missing, _) = await app.GetPageAsync("/projects/1/versions/compare?from=1&to=9");

        Assert.Contains("Versio 2 → versio 3", newest);
        Assert.DoesNotContain("<code>partCode</code>", newest);
        Assert.Contains("Versioissa ei ole eroja.", same);
        Assert.Equal(HttpStatusCode.NotFound, missing);
    }

    [Fact]
    public async Task An_old_version_is_shown_read_only_with_its_own_values_and_the_version_list_links_to_it()
    {
        var (data, app, _) = await StartAsync();
        using var d = data;
        await using var a = app;

        var (status, page) = await app.GetPageAsync("/projects/1/versions/1");
        var html = WebUtility.HtmlDecode(page);
        var (_, overview) = await app.GetPageAsync("/projects/1");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Tallennettu versio 1", html);
        Assert.Contains(DemoPlan.Load().Risks[0].Title, html);
        Assert.DoesNotContain("Kuvitteellinen uusi otsikko", html);
        Assert.Contains("href=\"/projects/1/versions/1\"", overview);
        Assert.Contains("href=\"/projects/1/versions/compare?from=2&to=3\"", overview);
        Assert.Equal(HttpStatusCode.NotFound, (await app.GetPageAsync("/projects/1/versions/9")).Status);
    }

    [Fact]
    public async Task Restore_stores_the_old_plan_as_a_new_version_and_keeps_every_old_one()
    {
        var (data, app, _) = await StartAsync();
        using var d = data;
        await using var a = app;
        string[] before;
        await using (var db = HankevahtiDb.Create(data.Settings))
        {
            before = await db.PlanVersions.Where(v => v.ProjectId == 1).OrderBy(v => v.Number).Select(v => v.PlanJson).ToArrayAsync();
        }

        using var response = await RestoreAsync(app, 1, baseVersion: 3);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/projects/1/versions/4", response.Headers.Location!.OriginalString);
        await using (var db = HankevahtiDb.Create(data.Settings))
        {
            var versions = await db.PlanVersions.Where(v => v.ProjectId == 1).OrderBy(v => v.Number).ToListAsync();
            Assert.Equal([1, 2, 3, 4], versions.Select(v => v.Number));
            Assert.Equal(before, versions.Take(3).Select(v => v.PlanJson));
            Assert.Equal(before[0], versions[3].PlanJson);
            Assert.Equal(("restore", "palautettu versiosta 1"), (versions[3].Origin, versions[3].Note));
        }
        var restored = WebUtility.HtmlDecode((await app.GetPageAsync("/projects/1/versions/4")).Html);
        Assert.Contains("Uusin versio 4", restored);
        Assert.Contains("palautus", restored);
        // The newest plan is the restored one everywhere.
        var plan = WebUtility.HtmlDecode((await app.GetPageAsync("/projects/1/plan")).Html);
        Assert.DoesNotContain("Kuvitteellinen uusi otsikko", plan);
    }

    [Fact]
    public async Task Restore_on_a_version_that_is_no_longer_the_newest_is_refused_and_stores_nothing()
    {
        var (data, app, _) = await StartAsync();
        using var d = data;
        await using var a = app;

        // The page was made when version 2 was the newest; version 3 was saved since.
        using var response = await RestoreAsync(app, 1, baseVersion: 2);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("sillä välin tallennettiin versio 3", html);
        // The form now carries the newest version, for a restore the user makes knowingly.
        Assert.Contains("name=\"BaseVersion\" value=\"3\"", html);
        await using var db = HankevahtiDb.Create(data.Settings);
        Assert.Equal(3, await db.PlanVersions.CountAsync(v => v.ProjectId == 1));
    }

    [Fact]
    public async Task Restore_without_the_antiforgery_token_is_refused()
    {
        var (data, app, _) = await StartAsync();
        using var d = data;
        await using var a = app;

        using var response = await RestoreAsync(app, 1, baseVersion: 3, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = HankevahtiDb.Create(data.Settings);
        Assert.Equal(3, await db.PlanVersions.CountAsync(v => v.ProjectId == 1));
    }

    /// <summary>Posts the version page's restore form as a browser does: with the page's antiforgery token and cookie.</summary>
    private static async Task<HttpResponseMessage> RestoreAsync(RunningApp app, int number, int baseVersion, bool withToken = true)
    {
        using var page = await app.Http.GetAsync($"/projects/1/versions/{number}");
        var html = await page.Content.ReadAsStringAsync();
        var token = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var cookie = page.Headers.GetValues("Set-Cookie").First(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)).Split(';')[0];
        var form = new Dictionary<string, string> { ["BaseVersion"] = baseVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (withToken)
        {
            form["__RequestVerificationToken"] = token;
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/projects/1/versions/{number}?handler=restore") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("Cookie", cookie);
        return await app.Http.SendAsync(request);
    }
}
