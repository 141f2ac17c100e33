using System.Net;
using System.Text.RegularExpressions;
using Hankevahti.Demo;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Web.Projects;

/// <summary>
/// The plan pages keep what they read for as long as nothing is committed to the database (PlanCache
/// with the database's change stamp; the whole plan's HTML per version and language). These are the
/// changes that must still show on the very next request.
/// </summary>
public sealed class StoredPlanFreshnessTests
{
    private const string Rrf = "004_fa70939ff779b7af.txt";

    private static int VersionRows(string html) =>
        Regex.Matches(Regex.Match(html, "<table class=\"versions\">.*?</table>", RegexOptions.Singleline).Value, "<th scope=\"row\" class=\"num\">").Count;

    private static string Heading(string html) => Regex.Match(html, "<h1>(.*?)</h1>").Groups[1].Value;

    // The CLI writes through connections of its own, as it would from another process: the app learns of
    // it only through the database, not through anything it did itself.
    [Fact]
    public async Task A_version_saved_by_the_CLI_while_the_app_runs_shows_on_the_next_request()
    {
        using var data = new TempDataFolder();
        var demo = DemoPlan.Load();
        var id = await data.StoreAsync(demo);
        await using var app = await RunningApp.StartAsync(data.Settings);
        // Twice each, so that the second answer comes from what the app kept.
        foreach (var path in new[] { $"/projects/{id}", $"/projects/{id}/plan", $"/projects/{id}", $"/projects/{id}/plan" })
        {
            var (status, html) = await app.GetPageAsync(path);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(demo.Project.Name, Heading(html));
            Assert.Contains("Nykyinen versio 1,", html);
        }

        var saved = await CliRun.RunAsync("import", Path.Combine(SeedFiles.Folder, Rrf), "--save", "--project", id.ToString(), "--data", data.Path);
        Assert.Equal(0, saved.ExitCode);
        string name;
        await using (var db = HankevahtiDb.Create(data.Settings))
        {
            name = await db.Projects.Where(p => p.Id == id).Select(p => p.Name).SingleAsync();
        }
        Assert.NotEqual(demo.Project.Name, name);

        var (_, overview) = await app.GetPageAsync($"/projects/{id}");
        Assert.Equal(name, Heading(overview));
        Assert.Contains("Nykyinen versio 2,", overview);
        Assert.Equal(2, VersionRows(overview));

        var (_, whole) = await app.GetPageAsync($"/projects/{id}/plan");
        Assert.Equal(name, Heading(whole));
        Assert.Contains("Nykyinen versio 2,", whole);
        Assert.Equal(2, VersionRows(whole));
        // The demo plan's risks are gone from the body that was kept for version 1.
        Assert.DoesNotContain(demo.Risks[0].Title, whole);
    }

    // The whole plan's HTML is kept per version and language: one language's copy must never answer for another.
    [Fact]
    public async Task The_whole_plan_kept_in_one_language_is_not_shown_in_another()
    {
        using var data = new TempDataFolder();
        var id = await data.StoreAsync(DemoPlan.Load());
        await using var app = await RunningApp.StartAsync(data.Settings);

        foreach (var (lang, contents, risks) in new[]
        {
            ("fi", "Sisällys", "Riskit"), ("sv", "Innehåll", "Risker"), ("en", "Contents", "Risks"),
            ("fi", "Sisällys", "Riskit"), ("sv", "Innehåll", "Risker"),
        })
        {
            var (status, html) = await app.GetPageAsync($"/projects/{id}/plan?lang={lang}");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains($"<h2 id=\"sisallys\">{contents}</h2>", html);
            Assert.Contains($"<h2 id=\"riskit-otsikko\">{risks}</h2>", html);
        }
    }
}
